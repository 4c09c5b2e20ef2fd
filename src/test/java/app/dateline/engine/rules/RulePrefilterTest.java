package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.AdversarialText;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Skipping the rules a sentence cannot match must change nothing: the same matches, only sooner. */
class RulePrefilterTest {

    private static final RuleSet RULES = RuleSet.english();

    @Test
    void theCorpusAndEveryRuleExampleGetTheSameMatchesWithAndWithoutThePrefilter() throws Exception {
        List<String> sentences = new ArrayList<>();
        Segmenter segmenter = new Segmenter();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("dateline.corpus", "corpus")))) {
            for (Path f : files.toList()) {
                SegmentedText t = segmenter.segment(new ArticleReader().read(f).body());
                t.sentences().forEach(s -> sentences.add(t.text(s)));
            }
        }
        RULES.rules().forEach(r -> r.examples().forEach(e -> sentences.add(e.sentence())));
        assertThat(sentences).hasSizeGreaterThan(300);
        for (String s : sentences) {
            assertThat(RULES.match(s, true)).as(s).isEqualTo(RULES.match(s, false));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return AdversarialText.text();
    }

    @Property(tries = 100)
    void randomTextGetsTheSameMatchesWithAndWithoutThePrefilter(@ForAll("texts") String text) {
        assertThat(RULES.match(text, true)).isEqualTo(RULES.match(text, false));
    }

    @Test
    void requirementsAreReadFromTheRegex() {
        assertThat(RulePrefilter.of("(?<![\\p{L}\\p{N}])(?:(?<n>\\d+) years? ago)(?![\\p{L}\\p{N}])").requirements())
                .containsExactly(Set.of(RulePrefilter.DIGIT), Set.of(" year"), Set.of(" ago"));
        assertThat(RulePrefilter.of("(?:\\QJan.\\E|\\QJanuary\\E|\\QFeb\\E)\\s+\\d").requirements())
                .containsExactly(Set.of("jan.", "january", "feb"), Set.of(RulePrefilter.DIGIT));
        // What it cannot be sure of requires nothing: optional parts, letter classes, negative look-arounds.
        assertThat(RulePrefilter.of("(?:the )?[a-z]+(?!ago)").requirements()).isEmpty();
        assertThat(RulePrefilter.of("x|y?").requirements()).isEmpty();
        assertThat(RulePrefilter.of("[Ff]or (?=later)").requirements()).containsExactly(Set.of("for "), Set.of("later"));
    }

    @Test
    void aSentenceMeetsARequirementCaseInsensitively() {
        RulePrefilter.Shared shared = new RulePrefilter.Shared();
        RulePrefilter months = RulePrefilter.of("(?:jan|feb)\\s\\d", shared);
        RulePrefilter alsoMonths = RulePrefilter.of("(?:feb|jan)\\s+(?:of\\s+)?\\d", shared);
        assertThat(shared.size()).isEqualTo(2); // the month set and the digit, each once
        assertThat(months.mayMatch(shared.fold("On JAN 5 they met"))).isTrue();
        assertThat(alsoMonths.mayMatch(shared.fold("On JAN 5 they met"))).isTrue();
        assertThat(months.mayMatch(shared.fold("On Jan five they met"))).isFalse();
        assertThat(months.mayMatch(shared.fold("On March 5 they met"))).isFalse();
        assertThat(months.mayMatch(shared.fold("Auguſt ſhall come, on JAN 5"))).isTrue();
    }
}
