package app.dateline.engine.syntax;

import app.dateline.engine.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Splits a sentence into the words a Penn Treebank tagger expects, with their offsets: punctuation apart,
 * "Xi's" as "Xi" + "'s", "don't" as "do" + "n't", but "U.S.", "p.m.", "Corp.", an initial before a name ("W."),
 * "$3.5", "1,000", "al-Qaida", "2021-08-15", "1990s" and "20th" whole, and the quotation marks of text already tokenised
 * for Penn Treebank ("``", "''") one word each, as {@link QuotationMarks} reads them.
 */
public final class WordSplitter {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}"                                        // U.S., p.m.
                    + "|(?:" + abbreviations() + ")\\.(?!$)"                   // Gov., Corp., Sept.
                    // the initial of "Thad W. Allen", "W. Brent LeGere" (not "plan B. British Petroleum")
                    + "|(?:(?<=\\p{Lu}\\p{Ll}{1,20}\\s)|^)\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})"
                    // $3.5, 1,000, 2021-08-15, 10:30, 5%; a decade or an ordinal whole ("in her 40s", "the 1990s", "20th")
                    // with the compound word a number opens ("a 47-year-old man" one word, as "five-year-old" is)
                    + "|\\p{Sc}\\d+(?:[.,:/]\\d+)*(?:-\\d+)*(?:%|(?:s|st|nd|rd|th)(?![\\p{L}\\d]))?"
                    + "|\\d+(?:[.,:/]\\d+)*(?:-\\d+)*(?:%|(?:s|st|nd|rd|th)(?![\\p{L}\\d]))?(?:[-\u2010\u2011]\\p{L}[\\p{L}\\d]*)*"
                    + "|(?i:n['\u2019]t)(?![\\p{L}])"                       // n't
                    + "|['\u2019](?i:s|re|ve|ll|d|m)(?![\\p{L}])"          // 's, 're ...
                    + "|[\\p{L}\\p{M}\\d]+(?:[-\u2010\u2011&'\u2019.][\\p{L}\\p{M}\\d]+)*?(?=(?i:n['\u2019]t)(?![\\p{L}]))"  // do|n't
                    + "|[\\p{L}\\p{M}\\d]+(?:[-\u2010\u2011&][\\p{L}\\p{M}\\d]+|['\u2019](?!(?i:s|re|ve|ll|d|m)(?![\\p{L}]))[\\p{L}\\p{M}]+|\\.(?=[\\p{L}\\d]))*"
                    + "|``|''"                                                   // Penn Treebank text's quotation marks
                    + "|--|\\.\\.\\.|\\S");

    /**
     * The words a stop abbreviates, as a regex alternation, longest first: those of {@code syntax/stop-abbreviations.txt}
     * and the months the date rules' month table writes with a stop ("Sept.").
     */
    private static String abbreviations() {
        Stream<String> months = RuleSet.englishTable("month").words().stream()
                .filter(w -> w.endsWith(".")).map(w -> w.substring(0, w.length() - 1));
        return Stream.concat(WordList.loadAsWritten("/dateline/syntax/stop-abbreviations.txt").stream(), months).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    public List<Token> split(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), ""));
        }
        return tokens;
    }
}
