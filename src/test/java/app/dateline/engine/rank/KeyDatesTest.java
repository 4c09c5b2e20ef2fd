package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.TimelineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key dates on a small story: a storm told by several articles, a later decision, days without news. */
class KeyDatesTest {

    @TempDir
    static Path dir;
    private static CorpusExtraction corpus;
    private static List<MergedEvent> story;

    private static void article(String name, String published, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + String.join("\n", lines) + "\n");
    }

    @BeforeAll
    static void read() throws IOException {
        article("a1.txt", "2024-03-01", "Storm Ana hit the northern coast on March 1, 2024, cutting power to thousands of homes.",
                "Wind speeds reached 150 km/h near the harbour.");
        article("a2.txt", "2024-03-02", "Storm Ana cut power to forty thousand homes on the northern coast on March 1, 2024.",
                "Repair crews worked through the night to restore the lines.");
        article("a3.txt", "2024-03-02", "Thousands of homes on the northern coast were still without power after Storm Ana.",
                "The storm hit the coast on March 1, 2024, with winds of 150 km/h.");
        article("a4.txt", "2024-03-04", "The government declared a state of emergency on the northern coast on March 4, 2024.",
                "The prime minister promised help for the families who lost their homes.");
        article("a5.txt", "2024-03-09", "Insurers counted the cost of Storm Ana, which hit the northern coast on March 1, 2024.",
                "The state of emergency declared on March 4, 2024, was lifted.");
        corpus = Corpora.read(dir);
        story = new TimelineBuilder().build(corpus, Project.of(List.of(dir.toString()))).events();
    }

    private static List<KeyDate> select(int n, int k, String from, String to) {
        return new KeyDates().select(corpus.articles(), story, n, k, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void theDaysTheArticlesKeepReferringToComeFirstEarliestFirst() {
        assertThat(select(2, 2, null, null)).extracting(k -> k.date().toString()).containsExactly("2024-03-01", "2024-03-04");
        assertThat(select(1, 2, null, null)).extracting(k -> k.date().toString()).containsExactly("2024-03-01");
    }

    @Test
    void aWindowKeepsTheDaysInsideIt() {
        List<KeyDate> inside = select(3, 2, "2024-03-02", "2024-03-09");
        assertThat(inside).isNotEmpty().allSatisfy(k -> assertThat(k.date()).isBetween(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-09")));
        assertThat(inside).extracting(k -> k.date().toString()).contains("2024-03-04");
    }

    @Test
    void sentencesAreVerbatimAtMostKADayAndNeverTwice() {
        List<KeyDate> dates = select(4, 2, null, null);
        Set<String> seen = new HashSet<>();
        List<String> bodies = corpus.articles().stream().map(a -> a.article().body()).toList();
        for (KeyDate k : dates) {
            assertThat(k.sentences()).as(dates.toString()).hasSizeLessThanOrEqualTo(2);
            if (k.date().equals(LocalDate.parse("2024-03-01")) || k.date().equals(LocalDate.parse("2024-03-04"))) {
                assertThat(k.sentences()).hasSize(2);
            }
            for (String s : k.sentences()) {
                assertThat(bodies).anySatisfy(b -> assertThat(b).contains(s));
                assertThat(seen.add(s)).as("twice: " + s).isTrue();
            }
        }
        assertThat(dates.get(0).sentences()).allSatisfy(s -> assertThat(s).contains("Storm Ana").containsAnyOf("hit", "power"));
    }

    @Test
    void aDaysEventsAreTheMergedEventsDatedToItAndHoldEveryMentionOfIt() {
        KeyDate storm = select(1, 1, null, null).get(0);
        List<String> dated = new ArrayList<>();
        for (ArticleExtraction a : corpus.articles()) {
            for (Event e : a.events()) {
                if (e.timex().value().equals("2024-03-01")) {
                    dated.add(e.id());
                }
            }
        }
        List<MergedEvent> listed = story.stream().filter(m -> storm.events().contains(m.id())).toList();
        assertThat(listed).hasSameSizeAs(storm.events()).allSatisfy(m -> assertThat(m.date().value()).isEqualTo("2024-03-01"));
        assertThat(listed.stream().flatMap(m -> m.sources().stream()).map(Event::id)).containsExactlyInAnyOrderElementsOf(dated).hasSize(4);
        assertThat(listed.size()).as("the storm told four times is one event").isLessThan(4);
    }

    @Test
    void aReadersCommentStampedWithTheDayDoesNotTellIt(@TempDir Path own) throws IOException {
        String comment = "At 12:19 1st March 2024, stormwatcher wrote: Storm Ana hit the northern coast and cut power to thousands of homes.";
        Files.writeString(own.resolve("news.txt"), "---\npublished: 2024-03-01\n---\n"
                + "Storm Ana hit the northern coast on March 1, 2024, cutting power to thousands of homes.\n");
        Files.writeString(own.resolve("blog.txt"), "---\npublished: 2024-03-06\n---\n"
                + "Readers wrote to us about the storm season and the cost of the repairs.\n" + comment + "\n"
                + "The northern coast counts the cost of Storm Ana, which hit it on March 1, 2024, and cut power to homes.\n");
        CorpusExtraction read = Corpora.read(own);
        List<MergedEvent> events = new TimelineBuilder().build(read, Project.of(List.of(own.toString()))).events();
        assertThat(read.events()).filteredOn(e -> e.sentence().equals(comment)).isNotEmpty()
                .allSatisfy(e -> assertThat(Stamps.isStamp(e)).isTrue());
        KeyDate day = new KeyDates().select(read.articles(), events, 1, 3, null, null).get(0);
        assertThat(day.date()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(day.sentences()).isNotEmpty().doesNotContain(comment)
                .allSatisfy(s -> assertThat(s).contains("Storm Ana"));
    }

    @Test
    void theSameCorpusGivesTheSameKeyDates() {
        assertThat(select(3, 2, null, null)).isEqualTo(select(3, 2, null, null));
    }
}
