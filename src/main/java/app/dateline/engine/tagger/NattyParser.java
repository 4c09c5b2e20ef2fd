package app.dateline.engine.tagger;

import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.rules.WordTable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.runtime.tree.Tree;
import org.natty.DateGroup;
import org.natty.Parser;

/**
 * The layer around the Natty date parser. Natty is called per sentence (trailing white space trimmed, since
 * it can make Natty return nothing) and everything it throws is caught. Its dates are not used as they
 * are: granularity and direction are read from its parse tree, and groups Natty gets wrong are dropped:
 * ranges and durations ("for two years"), lower-case "may", "march" and "sun", and bare numbers.
 */
public final class NattyParser {

    private static final Pattern NUMERALS = Pattern.compile("[\\d\\s.,:/-]*");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern UNIT = Pattern.compile("day|week|month|year");
    private static final Pattern UPPER = Pattern.compile("[A-Z_]+");

    /** Words Natty reads alone as a date that, written small, are mostly something else ("a second", "now"). */
    private static final Set<String> SMALL_WORDS_ALONE = Set.of("second", "now", "today");
    /** The tables whose words count only with a capital when their line says so ("may", "march", "sun"). */
    private static final List<WordTable> CAPITALISED_TABLES =
            Stream.of("month", "weekday", "weekdayshort").map(RuleSet::englishTable).toList();
    private static final WordTable SEASON_CODES = RuleSet.englishTable("season");

    private static final String HOLIDAY = "HOLIDAY";
    private static final Pattern LEADING_PREPOSITION =
            Pattern.compile("(?i)(?:at|on|by|from|until|till|in|before|after|since)\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}.']*");

    private final Parser parser = new Parser(TimeZone.getTimeZone(ZoneOffset.UTC));
    private final Predicate<String> knownWord;

    /** @param knownWord true for the words a date may hold; a Natty match with any other word is dropped */
    public NattyParser(Predicate<String> knownWord) {
        this.knownWord = knownWord;
    }

    /** Candidates in {@code sentence}, resolved later; an empty list when Natty fails or finds nothing. */
    public List<NattyCandidate> parse(String sentence, LocalDate reference) {
        String trimmed = sentence.stripTrailing();
        List<NattyCandidate> out = new ArrayList<>();
        List<DateGroup> groups;
        try {
            Date ref = Date.from((reference == null ? LocalDate.of(2000, 1, 1) : reference).atTime(12, 0).toInstant(ZoneOffset.UTC));
            groups = parser.parse(trimmed, ref);
        } catch (RuntimeException | StackOverflowError natty) {
            return out;
        }
        for (DateGroup g : groups) {
            NattyCandidate c = candidate(trimmed, g);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private NattyCandidate candidate(String sentence, DateGroup g) {
        String text = g.getText();
        int begin = g.getPosition() - 1;
        if (text == null || text.isBlank() || begin < 0 || begin + text.length() > sentence.length()
                || !sentence.startsWith(text, begin) || g.getDates().size() != 1 || g.isRecurring()) {
            return null;
        }
        Matcher lead = LEADING_PREPOSITION.matcher(text);
        if (lead.lookingAt() && lead.end() < text.length()) {
            // "at noon Thursday": TimeML leaves the preposition out of the expression
            begin += lead.end();
            text = text.substring(lead.end());
        }
        if (!wholeWords(sentence, begin, begin + text.length()) || !knownWords(text)) {
            return null;
        }
        if (smallWordAlone(text.strip())) {
            return null;
        }
        if (NUMERALS.matcher(text.strip()).matches() && !text.contains("/")) {
            return null;
        }
        String before = sentence.substring(Math.max(0, begin - 5), begin).toLowerCase(Locale.ROOT);
        if (before.endsWith("for ") || text.toLowerCase(Locale.ROOT).startsWith("for ")) {
            return null;
        }
        Tree tree = g.getSyntaxTree();
        String value = value(tree);
        if (value == null) {
            return null;
        }
        if (value.startsWith(HOLIDAY)) {
            value = holiday(text, g.getDates().get(0));
            if (value == null) {
                return null;
            }
        }
        return new NattyCandidate(begin, begin + text.length(), value, tree.toStringTree());
    }

    /**
     * Natty seeks a holiday forward from the reference date; the resolver must choose the year by tense, so
     * only holidays on the same day every year (Christmas Day, New Year's Day) are kept, as month and day.
     */
    private String holiday(String text, Date found) {
        LocalDate day = found.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        try {
            // Seek again from the last day of the year before last: the same holiday a year earlier.
            Date yearBefore = Date.from(LocalDate.of(day.getYear() - 2, 12, 31).atTime(12, 0).toInstant(ZoneOffset.UTC));
            List<DateGroup> again = parser.parse(text, yearBefore);
            if (again.isEmpty() || again.get(0).getDates().isEmpty()) {
                return null;
            }
            LocalDate other = again.get(0).getDates().get(0).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (other.getMonthValue() != day.getMonthValue() || other.getDayOfMonth() != day.getDayOfMonth()) {
                return null;
            }
        } catch (RuntimeException | StackOverflowError natty) {
            return null;
        }
        return String.format(Locale.ROOT, "UNDEF-year-%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    /** A lone word written small that is no date so: "may" the verb, "a second", "sun" (the tables' capital-only words). */
    private static boolean smallWordAlone(String word) {
        if (word.isEmpty() || Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return SMALL_WORDS_ALONE.contains(word.toLowerCase(Locale.ROOT))
                || CAPITALISED_TABLES.stream().anyMatch(table -> table.value(word) != null && !table.accepts(word));
    }

    private static boolean wholeWords(String sentence, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(sentence.charAt(begin - 1)))
                && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)));
    }

    private boolean knownWords(String text) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String w = words.group().toLowerCase(Locale.ROOT);
            if (!knownWord.test(w) && !knownWord.test(FINAL_DOT.matcher(w).replaceAll(""))) {
                return false;
            }
        }
        return true;
    }

    /** Our value form for a parse tree of one date, or null for trees we do not trust. */
    static String value(Tree tree) {
        Tree dateTime = find(tree, "DATE_TIME");
        if (dateTime == null) {
            return null;
        }
        String date = null;
        String time = "";
        for (int i = 0; i < dateTime.getChildCount(); i++) {
            Tree part = dateTime.getChild(i);
            switch (part.getText()) {
                case "EXPLICIT_DATE" -> date = explicitDate(part);
                case "RELATIVE_DATE" -> date = relativeDate(part);
                case "EXPLICIT_TIME" -> time = explicitTime(part);
                default -> {
                    return null;
                }
            }
        }
        if (date == null && time != null && !time.isEmpty()) {
            date = "UNDEF-REF-day"; // "at 10 p.m.": on the day under discussion
        }
        if (date == null || time == null) {
            return null;
        }
        return time.isEmpty() ? date : date + (date.startsWith("UNDEF") ? "+" : "") + time;
    }

    private static String explicitDate(Tree t) {
        String month = child(t, "MONTH_OF_YEAR");
        String day = child(t, "DAY_OF_MONTH");
        String year = child(t, "YEAR_OF");
        if (month == null || day == null || find(t, "DAY_OF_WEEK") != null && day == null) {
            return null;
        }
        String md = String.format(Locale.ROOT, "%02d-%02d", Integer.parseInt(month), Integer.parseInt(day));
        if (year == null) {
            return "UNDEF-year-" + md;
        }
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        return String.format(Locale.ROOT, "%04d-%s", y, md);
    }

    /** (RELATIVE_DATE (SEEK dir by_x n target)) where target is a month, a weekday or a unit. */
    private static String relativeDate(Tree t) {
        Tree seek = find(t, "SEEK");
        if (seek == null || seek.getChildCount() < 4) {
            return null;
        }
        String dir = seek.getChild(0).getText();
        int n = Integer.parseInt(seek.getChild(2).getText());
        Tree target = seek.getChild(3);
        String which = n == 0 ? null : dir.equals("<") ? "last" : "next";
        if (n > 1 && !UNIT.matcher(target.getText()).matches()) {
            return null;
        }
        switch (target.getText()) {
            case "MONTH_OF_YEAR" -> {
                String mm = String.format(Locale.ROOT, "%02d", Integer.parseInt(target.getChild(0).getText()));
                return which == null ? "UNDEF-year-" + mm : "UNDEF-" + which + "-" + mm;
            }
            case "DAY_OF_WEEK" -> {
                int natty = Integer.parseInt(target.getChild(0).getText());
                int iso = natty == 1 ? 7 : natty - 1;
                return which == null ? "UNDEF-weekday-" + iso : "UNDEF-" + which + "-weekday-" + iso;
            }
            case "MONTH_OF_YEAR_NONE" -> {
                return null;
            }
            case "day", "week", "month", "year" -> {
                return "UNDEF-this-" + target.getText() + (n == 0 ? "" : (dir.equals("<") ? "-MINUS-" : "-PLUS-") + n);
            }
            default -> {
                if (SEASON_CODES.value(target.getText()) != null) {
                    return "UNDEF-year-" + SEASON_CODES.value(target.getText()); // Natty's SUMMER, FALL
                }
                // A named holiday (CHRISTMAS, NEW_YEARS_DAY): its day is read off Natty's date by the caller.
                return target.getChildCount() == 0 && UPPER.matcher(target.getText()).matches() ? HOLIDAY : null;
            }
        }
    }

    private static String explicitTime(Tree t) {
        String hours = child(t, "HOURS_OF_DAY");
        String minutes = child(t, "MINUTES_OF_HOUR");
        if (hours == null) {
            return null;
        }
        int h = Integer.parseInt(hours);
        for (int i = 0; i < t.getChildCount(); i++) {
            String c = t.getChild(i).getText();
            if (c.equals("pm") && h < 12) {
                h += 12;
            } else if (c.equals("am") && h == 12) {
                h = 0;
            }
        }
        return String.format(Locale.ROOT, "T%02d:%02d", h, minutes == null ? 0 : Integer.parseInt(minutes));
    }

    private static String child(Tree t, String label) {
        Tree node = find(t, label);
        return node == null || node.getChildCount() == 0 ? null : node.getChild(0).getText();
    }

    private static Tree find(Tree t, String label) {
        if (t == null) {
            return null;
        }
        if (label.equals(t.getText())) {
            return t;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            Tree found = find(t.getChild(i), label);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
