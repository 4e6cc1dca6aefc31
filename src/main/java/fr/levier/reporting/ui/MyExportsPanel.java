package fr.levier.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.levier.reporting.ExportStatus;
import fr.levier.reporting.ExportSummary;
import fr.levier.reporting.ReportExports;
import fr.levier.shared.FrenchFormats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * "Mes exports": the current user's exports kept on the server (running, ready or failed), with
 * their size, expiry and a download link, so a long export can be fetched after leaving the page.
 */
class MyExportsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ReportExports exports;
    private final Grid<ExportSummary> grid = new Grid<>();

    MyExportsPanel(ReportExports exports) {
        this.exports = exports;
        setPadding(false);
        setId("my-exports");
        grid.setId("my-exports-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> WHEN.format(e.createdAt().atZone(PARIS)))
                .setHeader(getTranslation("report.exports.asked"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("report." + e.report().slug() + ".title") + " · " + e.format())
                .setHeader(getTranslation("report.exports.report"))
                .setAutoWidth(true);
        grid.addColumn(ExportSummary::filters)
                .setHeader(getTranslation("report.exports.filters"))
                .setFlexGrow(1);
        grid.addColumn(this::status)
                .setHeader(getTranslation("report.exports.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.sizeBytes() == null ? "" : size(e.sizeBytes(), getLocale()))
                .setHeader(getTranslation("report.exports.size"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> WHEN.format(e.expiresAt().atZone(PARIS)))
                .setHeader(getTranslation("report.exports.expires"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(new H3(getTranslation("report.exports.title")), grid);
        refresh();
    }

    /** Reads the list again; @return whether one of my exports is still running */
    boolean refresh() {
        List<ExportSummary> mine = exports.mine();
        grid.setItems(mine);
        setVisible(!mine.isEmpty());
        return mine.stream().anyMatch(e -> e.status() == ExportStatus.RUNNING);
    }

    private String status(ExportSummary e) {
        return switch (e.status()) {
            case RUNNING -> getTranslation("report.exports.running", Math.round(e.progress() * 100));
            case READY -> getTranslation("report.exports.ready");
            case FAILED -> getTranslation("report.exports.failed") + (e.error() == null ? "" : " " + e.error());
        };
    }

    private Component actions(ExportSummary e) {
        if (e.status() == ExportStatus.RUNNING) {
            return new Span();
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            exports.delete(e.id());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("report.exports.delete"));
        if (e.status() == ExportStatus.FAILED) {
            return delete;
        }
        Anchor link = download(exports, e);
        link.setId("my-export-" + e.id());
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(link, delete);
    }

    /** A download link to a ready export (read from the server's copy when clicked). */
    static Anchor download(ReportExports exports, ExportSummary e) {
        long id = e.id();
        return new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    ReportExports.ExportFile f = exports.open(id);
                    return new DownloadResponse(f.content(), f.fileName(), f.mediaType(), f.size());
                }),
                AttachmentType.DOWNLOAD,
                e.fileName());
    }

    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " o";
        }
        if (bytes < 1024 * 1024) {
            return FrenchFormats.count(Math.round(bytes / 1024.0), locale) + " ko";
        }
        return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }
}
