package fr.levier.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.levier.partner.ExportFormat;
import java.io.ByteArrayInputStream;
import java.util.function.Function;

/** Export links: the file is built when clicked, from the filter shown at that moment. */
final class Downloads {

    private Downloads() {}

    static Anchor link(String text, String baseName, ExportFormat format, Function<ExportFormat, byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(format);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    baseName + "." + format.extension(),
                    format.contentType(),
                    bytes.length);
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD.create());
        a.add(" " + text);
        a.setId("export-" + baseName + "-" + format.extension());
        return a;
    }
}
