package app.dateline.engine.tagger;

import static app.dateline.engine.tagger.TaggerFixture.only;
import static app.dateline.engine.tagger.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    @Test
    void offsetsAreUtf16IndicesIntoTheBody() {
        String text = "Intro 🙂 line.\n“In April,” Russia accepted their ambassadors.";
        Mention m = only(text, "2022-08-16");
        assertThat(text.substring(m.begin(), m.end())).isEqualTo("April").isEqualTo(m.text());
        assertThat(m.sentence()).isEqualTo(1);
        assertThat(m.paragraph()).isEqualTo(1);
    }

    @Test
    void relativeDatesInAnArticleWithoutDateAreUnanchored() {
        List<Mention> mentions = tag("Last week the envoys met. In April they met again. On September 11, 2001 it began.", null);
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("XXXX-WXX", "XXXX-04", "2001-09-11");
        assertThat(mentions.get(0).anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        assertThat(mentions.get(0).timex().from()).isNull();
        assertThat(mentions.get(2).anchor().kind()).isEqualTo(AnchorKind.EXPLICIT);
    }

    @Test
    void impossibleDatesAreNotReported() {
        assertThat(tag("It happened on February 30, 2021 and on 32 March 2020.", "2024-03-05"))
                .noneMatch(m -> m.text().contains("February 30")).noneMatch(m -> m.text().contains("32"));
    }

    @Test
    void aYearLaterCountsFromTheDateBeforeAndKeepsItsGranularity() {
        List<Mention> mentions = tag("The Taliban took Kabul in August 2021. A year later, girls were still barred.", "2024-03-05");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("2021-08", "2022-08");
        assertThat(mentions.get(1).anchor().kind()).isEqualTo(AnchorKind.PREVIOUS_DATE);
    }

    @Test
    void futureTenseResolvesForward() {
        assertThat(only("The envoys will meet in January.", "2024-03-05").timex().value()).isEqualTo("2025-01");
        assertThat(only("The envoys met in January.", "2024-03-05").timex().value()).isEqualTo("2024-01");
    }
}
