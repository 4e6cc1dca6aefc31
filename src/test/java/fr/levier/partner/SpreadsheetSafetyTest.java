package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafetyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://x\") | '=HYPERLINK(\"http://x\")",
                "+33 4 75 | '+33 4 75",
                "-2+3 | '-2+3",
                "@SUM(A1) | '@SUM(A1)",
                "Tannerie | Tannerie",
                "a=b | a=b",
            })
    void cellsThatASpreadsheetWouldRunGetAnApostrophe(String value, String exported) {
        assertThat(SpreadsheetSafety.neutralize(value)).isEqualTo(exported);
    }

    @Test
    void csvExportQuotesSeparatorsAndNeutralisesFormulas() {
        byte[] csv = ExportService.csv(List.of("Nom", "Notes"), List.of(List.of("=1+1", "a;b \"c\"")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNom;Notes\r\n").contains("'=1+1;\"a;b \"\"c\"\"\"\r\n");
    }

    @Test
    void xlsxExportWritesFormulaLookingTextAsAStringCell() throws Exception {
        byte[] xlsx = ExportService.xlsx("Partenaires", List.of("Nom"), List.of(List.of("=cmd|' /C calc'!A0")));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = wb.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        }
    }
}
