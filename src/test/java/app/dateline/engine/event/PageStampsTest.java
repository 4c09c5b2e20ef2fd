package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each pattern of page-stamps.txt takes its examples' dates and leaves its "not:" sentences' dates alone. */
class PageStampsTest {

    @Test
    void everyPatternTakesItsExamplesAndLeavesItsCounterExamples() {
        assertThat(PageStamps.rules()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(rule -> {
            assertThat(rule.examples()).as(rule.pattern()).isNotEmpty();
            for (String example : rule.examples()) {
                assertThat(PageStamps.before(before(example))).as(example).isTrue();
            }
            for (String counter : rule.not()) {
                assertThat(PageStamps.before(before(counter))).as(counter).isFalse();
            }
        });
    }

    @Test
    void everyPatternNamesWordsItNeedsSoItRunsOnlyWhereTheyAre() {
        // the examples above are taken with the words looked for first (case-blind, as the patterns read them)
        assertThat(PageStamps.rules()).allSatisfy(rule ->
                assertThat(rule.required().filters()).as(rule.pattern()).isTrue());
        assertThat(PageStamps.before("Readers wrote in. THIS ARTICLE WAS AMENDED ON ")).isTrue();
        assertThat(PageStamps.before("The ship was updated at the port on")).isFalse();
    }

    private static String before(String sentence) {
        return sentence.substring(0, sentence.indexOf('['));
    }

    @Test
    void aFooterAndACommentsSignatureAreStampsTheNewsIsNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2010-05-08
                ---
                The company said on Thursday that the dome had failed.
                The coast will never be the same. Posted by: gulfwatcher | May 7, 2010 2:11 PM
                This article was amended on 8 May 2010 to correct the size of the dome.
                """);
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).filteredOn(e -> e.mention().text().contains("2010")).hasSize(2).allSatisfy(e -> {
            assertThat(e.noEvent()).as(e.sentence()).isEqualTo(NoEvent.WRITTEN_TIME);
            assertThat(e.isPlottable()).isFalse();
        });
        assertThat(events).filteredOn(e -> e.mention().text().equals("Thursday")).singleElement()
                .satisfies(e -> assertThat(e.isPlottable()).isTrue());
    }
}
