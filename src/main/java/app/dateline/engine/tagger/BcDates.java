package app.dateline.engine.tagger;

import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates before Christ inside the tagger. A mention keeps a value such as {@code BC0480-08} without a span (the
 * timeline places no such date), but a history of the Persian wars is told by them: "The following year",
 * "the summer", "September" after "In 480 BC" belong to 480 BC. So the story time may be a BC date, held on
 * the proleptic calendar (year 0 is 1 BC, year -479 is 480 BC), and the values resolved against it are
 * written back as BC values.
 */
final class BcDates {

    private static final Pattern BC = Pattern.compile("BC(\\d{4})(-.*)?");

    private BcDates() {
    }

    /**
     * A timex to read later dates against: {@code t} itself when it is on the calendar, its days on the
     * proleptic calendar when it is a BC year or finer ({@code BC0480}, {@code BC0480-08}), else {@code t}.
     */
    static Timex reference(Timex t) {
        if (t.isAnchoredPoint()) {
            return t;
        }
        Matcher m = BC.matcher(t.value());
        if (!m.matches() || !t.type().isPoint()) {
            return t;
        }
        int bc = Integer.parseInt(m.group(1));
        String rest = m.group(2) == null ? "" : m.group(2);
        TimexSpan ce = TimexValues.span(String.format(Locale.ROOT, "%04d%s", Math.max(bc, 1), rest));
        if (bc < 1 || ce == null) {
            return t;
        }
        int shift = (1 - bc) - ce.from().getYear();
        LocalDate from = ce.from().plusYears(shift);
        LocalDate to = ce.to().plusYears(shift);
        return new Timex(t.type(), t.value(), t.mod(), from, to, TimexValues.granularity(String.format(Locale.ROOT, "%04d%s", bc, rest)));
    }

    /** A year on the proleptic calendar as TIMEX3 writes it: 1945 is {@code 1945}, -479 is {@code BC0480}. */
    static String year(int year) {
        return year >= 1 ? String.format(Locale.ROOT, "%04d", year) : String.format(Locale.ROOT, "BC%04d", 1 - year);
    }

    /** A day as TIMEX3 writes it, before Christ too. */
    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%s-%02d-%02d", year(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A month as TIMEX3 writes it, before Christ too. */
    static String month(LocalDate d) {
        return String.format(Locale.ROOT, "%s-%02d", year(d.getYear()), d.getMonthValue());
    }

    /** A decade ({@code 194}, {@code BC048} for the 480s BC) {@code n} decades after the one holding {@code year}. */
    static String decade(int year, int n) {
        if (year >= 1) {
            return String.format(Locale.ROOT, "%03d", year / 10 + n);
        }
        return String.format(Locale.ROOT, "BC%03d", (1 - year) / 10 - n);
    }

    /** A century ({@code 19}, {@code BC04} for the 5th century BC) {@code n} centuries after the one holding {@code year}. */
    static String century(int year, int n) {
        if (year >= 1) {
            return String.format(Locale.ROOT, "%02d", year / 100 + n);
        }
        return String.format(Locale.ROOT, "BC%02d", (1 - year) / 100 - n);
    }
}
