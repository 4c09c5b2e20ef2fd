package app.dateline.engine.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula are neutralised by OWASP's rule: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote before it, so
 * Excel, LibreOffice and Google Sheets show it as text. A plain number ({@code -753}, a year before Christ)
 * is not a formula and stays as it is.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The row with every text cell neutralised; numbers, truth values and nulls as they are. */
    public static <K> Map<K, Object> neutralise(Map<K, ?> row) {
        Map<K, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v instanceof String s ? neutralise(s) : v));
        return out;
    }
}
