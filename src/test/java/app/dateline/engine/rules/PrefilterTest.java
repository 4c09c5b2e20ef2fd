package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefilterTest {

    private static final RuleSet RULES = RuleSet.english();

    @Test
    void everyShippedRuleNamesWordsItNeedsSoNoneRunsOnEverySentence() {
        assertThat(RULES.rules()).allSatisfy(r ->
                assertThat(Prefilter.required(r.pattern().pattern())).as(r.file() + " " + r.name()).isNotNull().isNotEmpty());
    }

    @Test
    void readsTheMandatoryPartsOfAPattern() {
        assertThat(Prefilter.required("quarters?")).containsExactly("quarter");
        assertThat(Prefilter.required("(?:the )?(?:first|second) half")).containsExactly("half");
        assertThat(Prefilter.required("(?<m>\\QJan.\\E|\\QMarch\\E)\\s+\\d{1,2}")).containsExactlyInAnyOrder("jan.", "march");
        assertThat(Prefilter.required("(?<y>1[89]\\d\\d|20\\d\\d)")).contains(Prefilter.DIGIT);
        assertThat(Prefilter.required("(?-i:Jan|Feb) (?-i:[A-Z][a-z]+)")).containsExactlyInAnyOrder("jan", "feb");
    }

    @Test
    void givesNoRequirementWhenABranchOrTheWholePatternIsOptional() {
        assertThat(Prefilter.required("(?:next )?")).isNull();
        assertThat(Prefilter.required("now|\\w+")).isNull();
        assertThat(Prefilter.required("[a-z]+")).isNull();
    }

    @Test
    void anAtomicGroupIsReadButAFreeSpacingGroupIsNot() {
        assertThat(Prefilter.required("(?>ab)c")).containsExactly("ab");
        // with (?x) the space is no character of the match ("a b" matches "ab"): no requirement can be named
        assertThat(Prefilter.required("(?x:a b)")).isNull();
    }

    @Test
    void lookAroundsDoNotCountAsPartOfTheMatch() {
        assertThat(Prefilter.required("the(?<=\\bin\\sthe) future")).containsExactly("future");
    }

    @Test
    void aSentenceWithoutTheWordsOfARuleSkipsIt() {
        Prefilter filter = new Prefilter(RULES.rules());
        boolean[] plain = filter.admitted("The minister spoke to reporters outside the building.");
        boolean[] dated = filter.admitted("The minister spoke to reporters on Friday, March 1, 2024.");
        int plainCount = count(plain);
        assertThat(plainCount).as("rules tried on a sentence with no date words").isLessThan(RULES.rules().size() / 4);
        assertThat(count(dated)).isGreaterThan(plainCount);
        List<Rule> rules = RULES.rules();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).name().equals("weekday-month-day-year")) {
                assertThat(dated[r]).isTrue();
                assertThat(plain[r]).isFalse();
            }
        }
    }

    @Test
    void neverSkipsARuleWhoseRegexMatchesTheSentence() {
        // every example sentence of every rule, against every rule: the filter must let through all real matches
        Prefilter filter = new Prefilter(RULES.rules());
        List<Rule> rules = RULES.rules();
        List<String> sentences = rules.stream().flatMap(r -> r.examples().stream()).map(RuleExample::sentence).toList();
        for (String sentence : sentences) {
            boolean[] admitted = filter.admitted(sentence);
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).pattern().matcher(sentence).find()) {
                    assertThat(admitted[r]).as(rules.get(r).name() + " on: " + sentence).isTrue();
                }
            }
        }
    }

    @Test
    void skipsARuleExactlyWhenTheSentenceHoldsNoneOfItsWords() {
        // the answer, rule by rule, is the plain search for the rule's words in the lower-cased sentence
        Prefilter filter = new Prefilter(RULES.rules());
        List<Rule> rules = RULES.rules();
        List<String> sentences = new java.util.ArrayList<>(rules.stream().flatMap(r -> r.examples().stream())
                .map(RuleExample::sentence).toList());
        sentences.addAll(List.of("", "Zzz.", "The quake struck at 9 p.m. in Xinjiang", "NO DATE HERE", "Ünïcödé wörds ßtraße"));
        for (String sentence : sentences) {
            boolean[] admitted = filter.admitted(sentence);
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            for (int r = 0; r < rules.size(); r++) {
                java.util.Set<String> req = Prefilter.required(rules.get(r).pattern().pattern());
                boolean expected = req == null || req.stream().anyMatch(w -> w.equals(Prefilter.DIGIT)
                        ? lower.chars().anyMatch(Character::isDigit) : lower.contains(w));
                assertThat(admitted[r]).as(rules.get(r).name() + " on: " + sentence).isEqualTo(expected);
            }
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
