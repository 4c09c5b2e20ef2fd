package app.dateline.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10, item 5: CSV cells are not formulas (OWASP's rule). */
class CsvCellsTest {

    @Test
    void cellsStartingWithAFormulaCharacterGetAQuote() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void textAndPlainNumbersStayAsTheyAre() {
        assertThat(CsvCells.neutralise("Kabul fell = news")).isEqualTo("Kabul fell = news");
        assertThat(CsvCells.neutralise("-753")).isEqualTo("-753");
        assertThat(CsvCells.neutralise("2021-08-15")).isEqualTo("2021-08-15");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise((String) null)).isNull();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("begin", -1);
        row.put("text", "=1+1");
        row.put("mod", null);
        assertThat(CsvCells.neutralise(row)).containsEntry("begin", -1).containsEntry("text", "'=1+1").containsEntry("mod", null);
    }
}
