package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TaggingWarnings;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.Segmenter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule's examples, as HeidelTime's EXAMPLE lines: the phrase is found with its value and nothing else. */
class RuleExamplesTest {

    private static final RuleSet RULES = RuleSet.english();
    private static final TemporalTagger TAGGER = new TemporalTagger(RULES, true);

    @TestFactory
    Stream<DynamicTest> everyRuleExampleIsTaggedAsWritten() {
        return RULES.rules().stream().flatMap(rule -> rule.examples().stream().map(example ->
                DynamicTest.dynamicTest(rule.file() + " " + rule.name() + ": " + example.sentence(), () -> check(example, rule.postsOnly()))));
    }

    @Test
    void everyRuleHasAnExample() {
        assertThat(RULES.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.examples()).isNotEmpty());
    }

    /** @param post whether to read the example as a social post (the examples of rules for posts) or as news */
    private static void check(RuleExample example, boolean post) {
        Article article = new Article("example", null, null, example.documentDate(), DateOrigin.GIVEN, example.sentence(), List.of());
        List<Mention> mentions = TAGGER.tag(article, new Segmenter().segment(example.sentence()), TaggingWarnings.NONE, post);
        List<Mention> overlapping = mentions.stream()
                .filter(m -> m.begin() < example.end() && example.begin() < m.end()).toList();
        if (example.value() == null) {
            assertThat(overlapping).as("nothing should be tagged in '%s'", example.phrase()).isEmpty();
            return;
        }
        assertThat(overlapping).as("mentions over '%s' in: %s", example.phrase(), example.sentence()).hasSize(1);
        Mention m = overlapping.get(0);
        assertThat(m.text()).as("extent").isEqualTo(example.phrase());
        assertThat(m.timex().value()).as("value of '%s'", m.text()).isEqualTo(example.value());
        if (example.mod() != null) {
            assertThat(m.timex().mod()).as("mod").isNotNull();
            assertThat(m.timex().mod().name()).as("mod").isEqualTo(example.mod());
        }
    }
}
