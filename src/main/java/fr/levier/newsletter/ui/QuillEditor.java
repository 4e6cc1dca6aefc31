package fr.levier.newsletter.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * A WYSIWYG editor for newsletters: Quill (free, BSD) from its webjar, loaded as a plain script, so no
 * frontend bundle is built. The HTML it produces is sanitised again by the service before it is stored.
 * Works as a field: bind it with a {@code Binder} like any other. Each time the content reaches the server,
 * the server writes {@code String.hashCode()} of it into the {@code data-synced} attribute.
 */
@Tag("div")
@JavaScript("context://webjars/quill/1.3.7/dist/quill.min.js")
@StyleSheet("context://webjars/quill/1.3.7/dist/quill.snow.css")
public class QuillEditor extends AbstractSinglePropertyField<QuillEditor, String> implements HasSize {

    private static final String INIT = """
            const host = $0;
            if (host._quill) { return; }
            const area = document.createElement('div');
            area.style.minHeight = '320px';
            host.appendChild(area);
            const q = new Quill(area, {theme: 'snow', modules: {toolbar: [
              [{header: [1, 2, 3, false]}], ['bold', 'italic', 'underline'], ['link', 'blockquote'],
              [{list: 'ordered'}, {list: 'bullet'}], [{align: []}], ['clean']]}});
            q.clipboard.dangerouslyPasteHTML($1 || '');
            host._quill = q;
            q.on('text-change', () => {
              clearTimeout(host._t);
              host._t = setTimeout(() => host.$server.changed(q.root.innerHTML), 250);
            });
            q.root.addEventListener('blur', () => host.$server.changed(q.root.innerHTML));
            """;

    /** A new, empty editor. */
    public QuillEditor() {
        super("data-html", "", false);
        addClassName("levier-quill");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(INIT, getElement(), getValue());
    }

    @ClientCallable
    private void changed(String html) {
        String value = html == null ? "" : html;
        setModelValue(value, true);
        // the server's acknowledgement: the Java hash of the content it now holds, which a test (or a
        // script) compares with the same hash of the editor's content to know the server is in step
        getElement().setAttribute("data-synced", Integer.toString(value.hashCode()));
    }

    @Override
    protected void setPresentationValue(String html) {
        getElement()
                .executeJs(
                        "if ($0._quill && $0._quill.root.innerHTML !== $1) { $0._quill.clipboard.dangerouslyPasteHTML($1 || ''); }",
                        getElement(),
                        html);
    }

    /** Inserts text (a merge field) where the cursor is. */
    public void insertAtCursor(String text) {
        getElement()
                .executeJs(
                        "const q = $0._quill; if (q) { const r = q.getSelection(true); q.insertText(r ? r.index : q.getLength() - 1, $1, 'user'); }",
                        getElement(),
                        text);
    }

    /** Inserts an image by URL where the cursor is. */
    public void insertImage(String url) {
        getElement()
                .executeJs(
                        "const q = $0._quill; if (q) { const r = q.getSelection(true); q.insertEmbed(r ? r.index : q.getLength() - 1, 'image', $1, 'user'); }",
                        getElement(),
                        url);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getElement().executeJs("if ($0._quill) { $0._quill.enable(!$1); }", getElement(), readOnly);
    }
}
