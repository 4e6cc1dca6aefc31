package fr.levier.onboarding.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import fr.levier.onboarding.CityIdentityInput;
import fr.levier.onboarding.CityIdentityService;
import fr.levier.shared.identity.CityIdentity;
import java.util.Base64;

/**
 * The city's identity: name, SIREN, two colours and a logo (size-limited). Owns its binder and fires a
 * {@link SaveEvent} with what was entered; the screen saves it and shows the service's field errors.
 */
class CityIdentityForm extends VerticalLayout {

    /** The bound values. */
    static final class Values {
        String name;
        String siren;
    }

    final TextField name = new TextField();
    final TextField siren = new TextField();
    final Input primary = new Input();
    final Input accent = new Input();
    final Upload logoUpload = new Upload();
    private final Image logoPreview = new Image();
    private final Span logoInfo = new Span();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();
    private byte[] logo;
    private boolean removeLogo;

    CityIdentityForm(CityIdentity current) {
        setPadding(false);
        name.setLabel(getTranslation("identity.name"));
        name.setId("city-name-field");
        name.setWidthFull();
        siren.setLabel(getTranslation("identity.siren"));
        siren.setHelperText(getTranslation("identity.sirenHelp"));
        siren.setId("city-siren-field");
        binder.forField(name)
                .asRequired(getTranslation("identity.nameRequired"))
                .bind(v -> v.name, (v, x) -> v.name = x);
        binder.forField(siren).bind(v -> v.siren, (v, x) -> v.siren = x);
        values.name = current.name();
        values.siren = current.siren() == null ? "" : current.siren();
        binder.setBean(values);
        primary.setType("color");
        primary.setValue(current.primaryColor());
        primary.setId("city-primary");
        accent.setType("color");
        accent.setValue(current.accentColor());
        accent.setId("city-accent");
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif");
        logoUpload.setMaxFileSize(CityIdentityService.MAX_LOGO_BYTES);
        logoUpload.setMaxFiles(1);
        logoUpload.setId("city-logo-upload");
        logoUpload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = logoUpload.getUI().orElseThrow();
            ui.access(() -> {
                logo = bytes;
                removeLogo = false;
                preview(bytes, meta.fileName());
            });
        }));
        logoUpload.addFileRejectedListener(e ->
                logoInfo.setText(getTranslation("identity.logoTooLarge", CityIdentityService.MAX_LOGO_BYTES / 1024)));
        logoPreview.setHeight("48px");
        logoPreview.setVisible(false);
        if (current.hasLogo()) {
            preview(current.logoPng(), "");
        }
        Button dropLogo = new Button(getTranslation("identity.removeLogo"), e -> {
            logo = null;
            removeLogo = true;
            logoPreview.setVisible(false);
            logoInfo.setText("");
        });
        dropLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(name, siren, labelled("identity.primary", primary), labelled("identity.accent", accent));
        Div logoBlock = new Div(logoPreview, logoInfo, dropLogo);
        add(
                form,
                new NativeLabel(getTranslation("identity.logo", CityIdentityService.MAX_LOGO_BYTES / 1024)),
                logoUpload,
                logoBlock);
    }

    private Div labelled(String key, Input input) {
        NativeLabel label = new NativeLabel(getTranslation(key));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        input.getStyle().set("width", "4rem").set("height", "2.2rem");
        return new Div(label, input);
    }

    private void preview(byte[] bytes, String fileName) {
        logoPreview.setSrc("data:image;base64," + Base64.getEncoder().encodeToString(bytes));
        logoPreview.setVisible(true);
        logoInfo.setText(fileName.isEmpty() ? "" : " " + fileName + " (" + Math.max(1, bytes.length / 1024) + " Ko)");
    }

    /** Validates and fires a {@link SaveEvent}; returns whether the values were valid. */
    boolean save() {
        if (!binder.validate().isOk()) {
            return false;
        }
        fireEvent(new SaveEvent(
                this,
                new CityIdentityInput(
                        values.name, values.siren, primary.getValue(), accent.getValue(), logo, removeLogo)));
        return true;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The identity entered, to save. */
    static final class SaveEvent extends ComponentEvent<CityIdentityForm> {
        private final CityIdentityInput input;

        SaveEvent(CityIdentityForm source, CityIdentityInput input) {
            super(source, false);
            this.input = input;
        }

        CityIdentityInput input() {
            return input;
        }
    }
}
