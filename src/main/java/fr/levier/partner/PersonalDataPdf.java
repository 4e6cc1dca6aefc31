package fr.levier.partner;

import fr.levier.shared.FrenchFormats;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The right-of-access export as a readable PDF: one heading per section, one table per item. */
final class PersonalDataPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9);

    private PersonalDataPdf() {}

    static byte[] render(PersonalDataExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Données personnelles détenues sur " + export.displayName(), TITLE));
        doc.add(new Paragraph(
                "Contact n° " + export.contactId() + " — export du "
                        + FrenchFormats.date(
                                LocalDate.ofInstant(export.exportedAt(), java.time.ZoneId.of("Europe/Paris"))),
                VALUE));
        export.sections().forEach((name, content) -> {
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(name, HEADING));
            if (content instanceof Collection<?> items) {
                if (items.isEmpty()) {
                    doc.add(new Paragraph("—", VALUE));
                }
                items.forEach(item -> doc.add(table(item)));
            } else {
                doc.add(table(content));
            }
        });
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Object item) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {2, 5});
        t.setSpacingBefore(4);
        fields(item).forEach((k, v) -> {
            t.addCell(new PdfPCell(new Phrase(k, LABEL)));
            t.addCell(new PdfPCell(new Phrase(v == null ? "" : String.valueOf(v), VALUE)));
        });
        return t;
    }

    private static Map<String, Object> fields(Object item) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (item instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        } else if (item != null && item.getClass().isRecord()) {
            for (RecordComponent rc : item.getClass().getRecordComponents()) {
                try {
                    out.put(rc.getName(), rc.getAccessor().invoke(item));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.put("", item);
        }
        return out;
    }
}
