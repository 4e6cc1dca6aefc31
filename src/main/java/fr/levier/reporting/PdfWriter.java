package fr.levier.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * PDF (landscape A4): the city's logo and name, the title, the filters and the date, the table with its
 * header repeated on each page, the totals line, and "page n / N" at the foot of every page. The table is
 * written as it is fed ({@link PdfPTable#setComplete(boolean)}), so a long report is never held whole.
 */
final class PdfWriter {

    private static final Font SMALL = new Font(Font.HELVETICA, 7);
    private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 7, Font.BOLD);

    /** Lines held by the table before they are laid out on pages. */
    static final int FLUSH_EVERY = 500;

    private PdfWriter() {}

    static void write(ReportSheet sheet, ReportCells cells, Locale locale, String pageWord, OutputStream out) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(pageWord));
            doc.open();
            if (sheet.logoPng() != null && sheet.logoPng().length > 0) {
                Image logo = Image.getInstance(sheet.logoPng());
                logo.scaleToFit(120, 40);
                doc.add(logo);
            }
            doc.add(new Paragraph(sheet.cityName(), new Font(Font.HELVETICA, 10, Font.BOLD)));
            doc.add(new Paragraph(sheet.title(), new Font(Font.HELVETICA, 16, Font.BOLD)));
            doc.add(new Paragraph(sheet.filters(), new Font(Font.HELVETICA, 9)));
            doc.add(new Paragraph(sheet.generated(), new Font(Font.HELVETICA, 9)));
            doc.add(new Paragraph(" "));
            int n = sheet.headers().size();
            PdfPTable table = new PdfPTable(n);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            // a "large element": the rows laid out on pages are dropped at each add, so the table never
            // holds more than FLUSH_EVERY lines, whatever the report's length
            table.setComplete(false);
            for (String h : sheet.headers()) {
                PdfPCell c = new PdfPCell(new Phrase(h, SMALL_BOLD));
                c.setGrayFill(0.9f);
                table.addCell(c);
            }
            List<ReportLayout.Type> types = sheet.types();
            int[] pending = {0};
            sheet.lines().accept(values -> {
                for (int i = 0; i < n; i++) {
                    table.addCell(cell(cells.display(values.get(i), types.get(i), locale), types.get(i), SMALL));
                }
                if (++pending[0] == FLUSH_EVERY) {
                    doc.add(table);
                    pending[0] = 0;
                }
            });
            List<Object> totals = sheet.totals();
            for (int i = 0; i < n; i++) {
                String text = cells.display(totals.get(i), types.get(i), locale);
                if (i == 0) {
                    text = sheet.totalLabel() + (text.isEmpty() ? "" : " (" + text + ")");
                }
                PdfPCell c = cell(text, i == 0 ? ReportLayout.Type.TEXT : types.get(i), SMALL_BOLD);
                c.setBorder(Rectangle.TOP);
                table.addCell(c);
            }
            table.setComplete(true);
            doc.add(table);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String text, ReportLayout.Type type, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(ReportCells.numeric(type) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        c.setPadding(3);
        return c;
    }

    /** "Page n / N": N is written on a template once the document is closed. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final String word;
        private PdfTemplate total;
        private BaseFont font;

        PageNumbers(String word) {
            this.word = word;
        }

        @Override
        public void onOpenDocument(org.openpdf.text.pdf.PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = new Font(Font.HELVETICA, 8).getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(org.openpdf.text.pdf.PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String text = word + " " + writer.getPageNumber() + " / ";
            float x = document.right() - 60;
            float y = document.bottom() - 20;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + font.getWidthPoint(text, 8), y);
        }

        @Override
        public void onCloseDocument(org.openpdf.text.pdf.PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            // the writer has already moved to the next (empty) page when the document closes
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
