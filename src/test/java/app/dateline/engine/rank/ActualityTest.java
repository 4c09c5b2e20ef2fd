package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actuality table: every kind finds its own example, a plain report is a happening, and only words near the date count. */
class ActualityTest {

    private final Actuality actuality = Actuality.english();

    @Test
    void everyKindFindsItsExample() {
        assertThat(actuality.kinds()).extracting(Actuality.Kind::name)
                .contains("plan", "hypothesis", "trend", "generic", "speech", "milestone");
        for (Actuality.Kind k : actuality.kinds()) {
            assertThat(actuality.kindsIn(k.example())).as(k.example()).contains(k);
            assertThat(actuality.factor(k.example())).as(k.example()).isNotEqualTo(1.0);
        }
    }

    @Test
    void aPlainReportOfWhatHappenedIsAHappening() {
        assertThat(actuality.factor("Police arrested the man at the station on Tuesday.")).isEqualTo(1.0);
        assertThat(actuality.factor("Xi Jinping accepted the credentials of the new ambassador in late January.")).isEqualTo(1.0);
    }

    @Test
    void phrasesAreWholeWords() {
        // "may" the month-like word inside "Mayor", "will" inside "Willis": no plan, no hypothesis
        assertThat(actuality.factor("Mayor Bruce Willis opened the bridge on Monday.")).isEqualTo(1.0);
        assertThat(actuality.factor("The vote will be held on Monday.")).isLessThan(1.0);
    }

    @Test
    void aPlanIsWorthLessThanAHappeningAndATurningPointMore() {
        assertThat(actuality.factor("The ministers will meet in Geneva on Friday."))
                .isLessThan(actuality.factor("The ministers met in Geneva on Friday."));
        assertThat(actuality.factor("March 2022 proved to be a turning point."))
                .isGreaterThan(actuality.factor("March 2022 proved to be a hard month."));
    }

    @Test
    void onlyTheWordsAroundTheDateCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "---\npublished: 2022-08-16\n---\nRelations between the two took another blow when "
                + "Biden announced last month he had ordered a strike killing the leader, despite promises by the group that "
                + "it would never again let the country be used as a base for attacks.\n");
        Event e = Corpora.read(dir).events().stream().filter(x -> x.mention().text().equals("last month")).findFirst().orElseThrow();
        String around = Actuality.around(e);
        assertThat(around).contains("last month").contains("ordered a strike").doesNotContain("would");
        assertThat(actuality.factor(around)).isEqualTo(1.0);
        assertThat(actuality.factor(e.sentence())).isLessThan(1.0);
    }
}
