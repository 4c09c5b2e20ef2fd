package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.timex.TimexMod;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed corpus as the user gave it: the three events the user named must be there, each with its source. */
class CorpusEndToEndTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static CorpusExtraction result;

    @BeforeAll
    static void extract() {
        result = new Extractor().extract(List.of(CORPUS));
    }

    @Test
    void allFiveArticlesAreReadWithTheirDates() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(5).allSatisfy(a -> assertThat(a.article().published()).isNotNull());
    }

    @Test
    void theAugust2021TakeoverIsThere() {
        List<Event> takeover = result.events().stream().filter(e -> e.timex().value().equals("2021-08")).toList();
        assertThat(takeover).hasSizeGreaterThanOrEqualTo(3);
        assertThat(takeover).anySatisfy(e -> assertThat(e.excerpt()).contains("return to power"));
        assertThat(takeover).anySatisfy(e -> assertThat(e.excerpt()).contains("completed a withdrawal"));
    }

    @Test
    void theMarch2022SchoolBanIsThereWithTheBanInItsExcerpt() {
        Event ban = single("2022-03", "March 2022");
        assertThat(ban.excerpt()).contains("extended the ban indefinitely").contains("secondary schools for girls");
        assertThat(ban.article().publisher()).isEqualTo("Foreign Affairs");
    }

    @Test
    void theLateJanuary2024BeijingCeremonyIsThere() {
        Event ceremony = single("2024-01", "late January");
        assertThat(ceremony.timex().mod()).isEqualTo(TimexMod.END);
        assertThat(ceremony.sentence()).contains("Great Hall of the People in Beijing").contains("credentials");
        assertThat(ceremony.mention().anchor().explanation()).contains("2024-03-05");
        assertThat(ceremony.article().title()).isEqualTo("America Can’t Isolate the Taliban");
    }

    @Test
    void everyEventPointsBackToItsTextExactly() {
        for (ArticleExtraction a : result.articles()) {
            for (Event e : a.events()) {
                String body = a.article().body();
                assertThat(body.substring(e.mention().begin(), e.mention().end())).isEqualTo(e.mention().text());
                assertThat(e.excerpt().substring(e.excerptMentionBegin(), e.excerptMentionEnd())).isEqualTo(e.mention().text());
                assertThat(e.sentence()).contains(e.mention().text());
                assertThat(e.label()).isNotBlank();
            }
        }
    }

    @Test
    void theArticlesOwnDateLinesAreKeptButNotPlotted() {
        List<Event> dateLines = result.events().stream().filter(Event::isArticleDateLine).toList();
        assertThat(dateLines).extracting(e -> e.mention().text()).containsExactlyInAnyOrder("April 11, 2023", "08/16/22, 5:04 p.m. ET");
        assertThat(dateLines).noneMatch(Event::isPlottable);
        assertThat(result.events()).filteredOn(e -> e.mention().text().equals("April 6, 2023")).allMatch(Event::isPlottable);
    }

    private static Event single(String value, String text) {
        List<Event> found = result.events().stream()
                .filter(e -> e.timex().value().equals(value) && e.mention().text().equals(text)).toList();
        assertThat(found).as("%s (%s)", text, value).hasSize(1);
        return found.get(0);
    }
}
