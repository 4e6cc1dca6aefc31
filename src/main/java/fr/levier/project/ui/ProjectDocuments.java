package fr.levier.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.levier.project.DocumentContent;
import fr.levier.project.DocumentSummary;
import fr.levier.project.ProjectService;
import fr.levier.security.Role;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The project's documents: upload (size- and type-checked by the service), download, delete. */
class ProjectDocuments extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ProjectService projects;
    private final long projectId;
    private final Grid<DocumentSummary> grid = new Grid<>();

    ProjectDocuments(ProjectService projects, long projectId) {
        this.projects = projects;
        this.projectId = projectId;
        setPadding(false);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                projects.attach(projectId, meta.fileName(), meta.contentType(), bytes);
                Notifications.success(getTranslation("documents.uploaded", meta.fileName()));
            } catch (BusinessRuleException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        })));
        upload.setMaxFileSize(ProjectService.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(
                ".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".doc", ".xls");
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("documents.rejected", e.getErrorMessage())));
        upload.setVisible(Access.hasRole(Role.OFFICER_NAME));
        upload.setId("project-upload");

        grid.addComponentColumn(d -> new Anchor(
                        DownloadHandler.fromInputStream(ev -> {
                            DocumentContent c = projects.document(d.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(c.content()),
                                    c.fileName(),
                                    c.contentType(),
                                    c.content().length);
                        }),
                        d.fileName()))
                .setHeader(getTranslation("documents.file"))
                .setFlexGrow(3);
        grid.addColumn(d -> FrenchFormats.count(Math.max(1, d.sizeBytes() / 1024), getLocale()) + " Ko")
                .setHeader(getTranslation("documents.size"));
        grid.addColumn(DocumentSummary::uploadedBy).setHeader(getTranslation("documents.by"));
        grid.addColumn(d -> WHEN.format(d.uploadedAt())).setHeader(getTranslation("documents.at"));
        if (Access.hasRole(Role.OFFICER_NAME)) {
            grid.addComponentColumn(d -> {
                        Button b = new Button(VaadinIcon.TRASH.create(), e -> {
                            projects.removeDocument(d.id());
                            refresh();
                        });
                        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        b.setAriaLabel(getTranslation("documents.delete"));
                        return b;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("project-documents");
        add(new Paragraph(getTranslation("documents.help")), upload, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(projects.documents(projectId));
    }
}
