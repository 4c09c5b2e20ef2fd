package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

    private static final int CASE_BLIND = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void aTextWithoutThePatternsWordsCannotMatchAndOneWithThemMay() {
        RequiredText posted = RequiredText.of("\\bposted by: ?[^|\\n]{1,40}? ?\\||(?-i:Posted) by [^\\s|]{1,30}");
        assertThat(posted.filters()).isTrue();
        assertThat(posted.mayMatch(RequiredText.fold("The coast will never be the same. Posted by: gulfwatcher |"))).isTrue();
        assertThat(posted.mayMatch(RequiredText.fold("The coast will never be the same. Sent by: gulfwatcher |"))).isFalse();
    }

    @Test
    void whereverTheCaseBlindPatternFindsAMatchTheFoldedTextHoldsItsWords() {
        List<String> patterns = List.of("\\blast (?:updated|modified)", "posted by", "\\bavailable until \\d{1,2}",
                "k\\d+");
        // "ſ" is an "s" and the Kelvin sign a "k" to a case-blind Unicode pattern
        List<String> texts = List.of("Page LAST UPDATED at noon", "Poſted by: reader", "AVAILABLE UNTIL 9 pm",
                "\u212A9 reactor", "last modified", "available until noon", "k-9");
        for (String p : patterns) {
            RequiredText required = RequiredText.of(p);
            assertThat(required.filters()).as(p).isTrue();
            for (String t : texts) {
                if (Pattern.compile(p, CASE_BLIND).matcher(t).find()) {
                    assertThat(required.mayMatch(RequiredText.fold(t))).as(p + " in " + t).isTrue();
                }
            }
        }
        assertThat(RequiredText.fold("Poſted \u212Aelvin ÉTÉ")).isEqualTo("posted kelvin été");
    }

    @Test
    void escapesWhoseCharactersArePartOfACodeNameNothing() {
        assertThat(RequiredText.of("\\x41bc").filters()).isFalse();
        // read as literals, "41" and "<w>" would be asked of every match
        assertThat(RequiredText.of("(?<w>ab)\\k<w>").filters()).isFalse();
        assertThat(RequiredText.of("(ab)\\1").mayMatch("xyz")).isTrue();
        assertThat(RequiredText.of("[a-z]+").filters()).isFalse();
        assertThat(RequiredText.of("[a-z]+").mayMatch("")).isTrue();
    }
}
