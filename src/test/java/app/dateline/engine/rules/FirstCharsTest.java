package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static final RuleSet RULES = RuleSet.english();

    private static String chars(String regex) {
        BitSet set = FirstChars.of(regex);
        if (set == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        set.stream().forEach(c -> out.append((char) c));
        return out.toString();
    }

    @Test
    void readsTheFirstCharacterOfEachBranchInBothCases() {
        assertThat(chars("(?<m>\\QJan.\\E|\\QMarch\\E)\\s+\\d{1,2}")).isEqualTo("JMjm");
        assertThat(chars("(?-i:May)\\s+\\d")).isEqualTo("Mm");
        assertThat(chars("[$€]\\d")).isEqualTo("$€");
    }

    @Test
    void anOptionalPartLetsWhatFollowsItBeginAMatch() {
        assertThat(chars("(?:the )?(?<day>\\d{1,2}) of")).isEqualTo("0123456789Tt");
        assertThat(chars("a*b")).isEqualTo("ABab");
        assertThat(chars("(?:x{0,2}|y)z")).isEqualTo("XYZxyz");
    }

    @Test
    void lookAroundsAndBoundariesMatchNoCharacter() {
        assertThat(chars("(?<![\\p{L}\\p{N}])(?:today)(?![\\p{L}\\p{N}])")).isEqualTo("Tt");
        assertThat(chars("\\bthe(?<=\\bin\\sthe) future")).isEqualTo("Tt");
        assertThat(chars("(?=\\d)\\w+")).isEqualTo("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void givesNoSetWhenAMatchCanBeginWithAnythingOrBeEmpty() {
        assertThat(chars(".x")).isNull();
        assertThat(chars("\\p{L}+")).isNull();
        assertThat(chars("[^a]b")).isNull();
        assertThat(chars("\\S+")).isNull();
        assertThat(chars("(?:next )?")).isNull();
        assertThat(chars("a|")).isNull();
        assertThat(chars("(a)\\1")).isNull(); // a back-reference: not read
    }

    @Test
    void everyShippedRuleHasItsFirstCharacters() {
        for (int r = 0; r < RULES.rules().size(); r++) {
            assertThat(RULES.knowsFirstChars(r)).as(RULES.rules().get(r).name()).isTrue();
        }
    }

    /**
     * Trying a rule only where its first characters are gives what {@code find} from every position gives: the same
     * matches, groups and all, for every rule on every line of the seed corpus and every rule example.
     */
    @Test
    void theRulesMatchAsFindDoesOnTheSeedCorpusAndTheExamples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                texts.add(text);
                texts.addAll(text.lines().toList());
            }
        }
        RULES.rules().forEach(rule -> rule.examples().forEach(e -> texts.add(e.sentence())));
        int compared = 0;
        for (String text : texts) {
            for (int r = 0; r < RULES.rules().size(); r++) {
                List<String> byFind = new ArrayList<>();
                Matcher m = RULES.rules().get(r).pattern().matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    byFind.add(describe(m));
                    from = m.start() + 1;
                }
                List<String> got = new ArrayList<>();
                RULES.matches(r, text, match -> got.add(describe(match)));
                assertThat(got).as(RULES.rules().get(r).name() + " on " + text).isEqualTo(byFind);
                compared += byFind.size();
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static String describe(Matcher m) {
        StringBuilder out = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.append('|').append(m.group(g));
        }
        return out.toString();
    }
}
