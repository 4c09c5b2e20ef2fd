package app.dateline.engine.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example sentence a rule must tag, written in the rule file as
 * {@code "[dct 2022-08-16] issued a statement [last week] on Telegram => 2022-W32"}: the bracketed phrase is
 * the expected extent, the text after {@code =>} the expected value (and optionally {@code mod=END}).
 */
public record RuleExample(String sentence, int begin, int end, String value, String mod, LocalDate documentDate) {

    /** The article date examples are resolved against unless they name one: a Tuesday. */
    public static final LocalDate DEFAULT_DOCUMENT_DATE = LocalDate.of(2024, 3, 5);

    private static final Pattern FORM = Pattern.compile(
            "^(?:\\[dct (\\d{4}-\\d{2}-\\d{2})\\]\\s*)?(?!\\[dct )(.*?)\\[(.+?)\\](.*?)\\s*=>\\s*(\\S+)(?:\\s+mod=(\\w+))?\\s*$");

    public static RuleExample parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("example is not of the form 'text [phrase] text => VALUE': " + text);
        }
        LocalDate dct = m.group(1) == null ? DEFAULT_DOCUMENT_DATE : LocalDate.parse(m.group(1));
        String before = m.group(2);
        String phrase = m.group(3);
        String sentence = before + phrase + m.group(4);
        String value = m.group(5);
        return new RuleExample(sentence, before.length(), before.length() + phrase.length(),
                value.equals("none") ? null : value, m.group(6), dct);
    }

    public String phrase() {
        return sentence.substring(begin, end);
    }
}
