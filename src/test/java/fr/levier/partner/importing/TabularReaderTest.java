package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.partner.*;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TabularReaderTest {

    private static final String SAMPLE =
            "Raison sociale;Ville;Cotisation\r\nTannerie Drôme Sud;Romans-sur-Isère;1 234,50 €\r\n";

    @Test
    void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
        TabularFile f = TabularReader.read("export.csv", SAMPLE.getBytes(TabularReader.WINDOWS_1252));
        assertThat(f.encoding()).isEqualTo("windows-1252");
        assertThat(f.rows().get(0)).containsExactly("Tannerie Drôme Sud", "Romans-sur-Isère", "1 234,50 €");
    }

    @Test
    void utf8WithAndWithoutBomIsRead() {
        TabularFile plain = TabularReader.read("export.csv", SAMPLE.getBytes(StandardCharsets.UTF_8));
        TabularFile bom = TabularReader.read("export.csv", ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_8));
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(bom.encoding()).isEqualTo("UTF-8");
        assertThat(bom.headers()).containsExactly("Raison sociale", "Ville", "Cotisation");
        assertThat(plain.rows()).isEqualTo(bom.rows());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a;b;c | ;",
                "a,b,c | ,",
                "a\tb\tc | '\t'",
                "\"x,y\";b;c | ;",
                "\"x;y\",b,c | ,",
            })
    void theSeparatorIsTheMostFrequentOnTheHeaderLine(String header, char expected) {
        assertThat(TabularReader.detectSeparator(header + "\n1;2,3")).isEqualTo(expected);
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        String csv = "Nom,Notes\n\"Dupont, Fils\",\"dit \"\"le grand\"\"\nsur deux lignes\"\nSecond,\n";
        TabularFile f = TabularReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(f.separator()).isEqualTo(',');
        assertThat(f.rows())
                .containsExactly(List.of("Dupont, Fils", "dit \"le grand\"\nsur deux lignes"), List.of("Second", ""));
    }

    @Test
    void trailingEmptyLinesAreDropped() {
        TabularFile f = TabularReader.read("x.csv", "a;b\n1;2\n\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.rows()).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> TabularReader.read("x.csv", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TabularReader.read("x.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xlsxCellsAreReadAsTextDatesAsIsoAndFormulasAsTheirText() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Export");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("Nom");
            h.createCell(1).setCellValue("SIRET");
            h.createCell(2).setCellValue("Cotisation");
            h.createCell(3).setCellValue("Membre depuis");
            h.createCell(4).setCellValue("Notes");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("Atelier Orion");
            r.createCell(1).setCellValue(73282932000074d);
            r.createCell(2).setCellValue(1234.5);
            var date = r.createCell(3);
            date.setCellValue(LocalDate.of(2024, 3, 15));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            r.createCell(4).setCellFormula("1+1");
            wb.write(out);
            bytes = out.toByteArray();
        }
        TabularFile f = TabularReader.read("export.xlsx", bytes);
        assertThat(f.format()).isEqualTo("XLSX");
        assertThat(f.headers()).containsExactly("Nom", "SIRET", "Cotisation", "Membre depuis", "Notes");
        assertThat(f.rows().get(0)).containsExactly("Atelier Orion", "73282932000074", "1234.5", "2024-03-15", "=1+1");
    }
}
