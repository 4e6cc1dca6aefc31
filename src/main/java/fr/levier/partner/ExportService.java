package fr.levier.partner;

import fr.levier.shared.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of filtered lists to CSV and XLSX. Safe against formula injection: XLSX cells are written
 * as strings, CSV cells that a spreadsheet would run get a leading apostrophe.
 */
@Service
public class ExportService {

    private static final int PAGE = 1000;

    private final PartnerService partners;
    private final ContactService contacts;

    ExportService(PartnerService partners, ContactService contacts) {
        this.partners = partners;
        this.contacts = contacts;
    }

    /**
     * @param filter partners to export
     * @param format CSV or XLSX
     * @param locale language of headers and labels
     * @return the file's bytes
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public byte[] partners(PartnerFilter filter, ExportFormat format, Locale locale) {
        List<String> headers = List.of(
                t("partners.name", locale),
                t("partners.type", locale),
                t("partner.siret", locale),
                t("partners.town", locale),
                t("partners.status", locale),
                t("partners.officer", locale),
                t("partner.investInRomans", locale));
        List<List<String>> rows = new ArrayList<>();
        collect(
                p -> partners.find(filter, p),
                s -> List.of(
                        s.name(),
                        t("partnerType." + s.type().name(), locale),
                        nz(s.siret()),
                        nz(s.town()),
                        t("relationship." + s.status().name(), locale),
                        nz(s.officerUsername()),
                        s.investInRomans() ? t("common.yes", locale) : t("common.no", locale)),
                rows,
                Sort.by("name"));
        return write(format, t("partners.title", locale), headers, rows);
    }

    /**
     * @param filter contacts to export
     * @param format CSV or XLSX
     * @param locale language of headers and labels
     * @return the file's bytes
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public byte[] contacts(ContactFilter filter, ExportFormat format, Locale locale) {
        List<String> headers = List.of(
                t("contact.firstName", locale),
                t("contact.lastName", locale),
                t("contact.jobTitle", locale),
                t("contact.email", locale),
                t("contact.phone", locale),
                t("contact.consent", locale),
                t("contact.doNotContact", locale));
        List<List<String>> rows = new ArrayList<>();
        collect(
                p -> contacts.find(filter, p),
                c -> List.of(
                        nz(c.firstName()),
                        c.lastName(),
                        nz(c.jobTitle()),
                        nz(c.email()),
                        PhoneNumbers.display(c.phone()),
                        t("consent." + c.consent().name(), locale),
                        c.doNotContact() ? t("common.yes", locale) : t("common.no", locale)),
                rows,
                Sort.by("lastName", "firstName"));
        return write(format, t("contacts.title", locale), headers, rows);
    }

    private static <T> void collect(
            Function<PageRequest, Page<T>> source,
            Function<T, List<String>> toRow,
            List<List<String>> rows,
            Sort sort) {
        Page<T> page;
        int n = 0;
        do {
            page = source.apply(PageRequest.of(n++, PAGE, sort));
            page.forEach(item -> rows.add(toRow.apply(item)));
        } while (page.hasNext());
    }

    /** Writes rows as CSV or XLSX. */
    static byte[] write(ExportFormat format, String sheetName, List<String> headers, List<List<String>> rows) {
        return format == ExportFormat.CSV ? csv(headers, rows) : xlsx(sheetName, headers, rows);
    }

    static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, headers);
        rows.forEach(r -> line(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            String v = SpreadsheetSafety.neutralize(cells.get(i));
            if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            sb.append(v);
        }
        sb.append("\r\n");
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    // setCellValue(String) makes a string cell: never a formula, whatever the text
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Locale locale) {
        return Messages.get(locale, key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
