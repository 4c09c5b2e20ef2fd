package app.dateline.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.TimelineBuilder;
import app.dateline.engine.timex.Granularity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day's evidence comes from the merged events: an article that tells the day's event by its month counts for the
 * day; a stamp or a year merged into it does not.
 */
class DayEvidenceTest {

    @TempDir
    static Path dir;
    private static CorpusExtraction corpus;

    private static void article(String name, String published, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    @BeforeAll
    static void read() throws IOException {
        article("b1.txt", "2024-03-02", "Storm Ana hit the northern coast of Portugal on March 1, 2024, cutting power to thousands of homes.");
        article("b2.txt", "2024-04-15", "Storm Ana hit the northern coast of Portugal in March 2024, cutting power to thousands of homes.");
        corpus = Corpora.read(dir);
    }

    private static List<MergedEvent> story(TimelineBuilder builder) {
        return builder.build(corpus, Project.of(List.of(dir.toString()))).events();
    }

    @Test
    void anArticleTellingTheDaysEventByItsMonthCountsForTheDay() {
        LocalDate day = LocalDate.parse("2024-03-01");
        List<MergedEvent> merged = story(new TimelineBuilder());
        assertThat(merged).as("the storm told by day and by month is one event of that day")
                .anySatisfy(m -> assertThat(m.sourceCount()).isEqualTo(2));
        DayEvidence evidence = new DayEvidence(corpus.articles(), merged, null, null);
        assertThat(evidence.references(day)).isEqualTo(2);
        assertThat(evidence.laterDays(day)).as("April 15 still refers to it").isEqualTo(1);
        assertThat(evidence.mentions(day)).hasSize(2);

        DayEvidence apart = new DayEvidence(corpus.articles(), story(new TimelineBuilder(Merger.none())), null, null);
        assertThat(apart.references(day)).as("unmerged, a month is no evidence for one of its days").isEqualTo(1);
        assertThat(apart.laterDays(day)).isZero();
    }

    @Test
    void aStampOrAYearMergedIntoTheDaysEventIsNoEvidenceForTheDay(@TempDir Path own) throws IOException {
        Files.writeString(own.resolve("c1.txt"), "---\npublished: 2024-03-02\n---\n"
                + "Storm Ana hit the northern coast of Portugal on March 1, 2024, cutting power to thousands of homes.\n");
        Files.writeString(own.resolve("c2.txt"), "---\npublished: 2024-03-20\n---\n"
                + "At 12:19 1st March 2024, stormwatcher wrote: Storm Ana hit the northern coast and cut power to thousands of homes.\n");
        Files.writeString(own.resolve("c3.txt"), "---\npublished: 2024-04-15\n---\n"
                + "In 2024, Storm Ana hit the northern coast of Portugal and cut power to thousands of homes.\n");
        Files.writeString(own.resolve("c4.txt"), "---\npublished: 2024-04-20\n---\n"
                + "Storm Ana hit the northern coast of Portugal in March 2024 and cut power to thousands of homes.\n");
        CorpusExtraction read = Corpora.read(own);
        Event day = MergedEvents.in(read, "c1.txt", "on March 1");
        Event stamp = MergedEvents.in(read, "c2.txt", "wrote");
        Event year = MergedEvents.in(read, "c3.txt", "In 2024");
        Event month = MergedEvents.in(read, "c4.txt", "in March");
        assertThat(Stamps.isStamp(stamp)).isTrue();
        assertThat(year.timex().granularity()).isEqualTo(Granularity.YEAR);
        LocalDate march1 = LocalDate.parse("2024-03-01");

        DayEvidence evidence = new DayEvidence(read.articles(), List.of(MergedEvents.merged(day, stamp, year, month)), null, null);
        assertThat(evidence.references(march1)).as("the day and the month count, the stamp and the year do not").isEqualTo(2);
        assertThat(evidence.laterDays(march1)).as("only April 20's month still refers to it").isEqualTo(1);
        assertThat(evidence.mentions(march1)).containsExactly(day, month);
    }

    @Test
    void theLastDayOfPublicationIsNotRankedDownForTheNextDaysArticlesTheCorpusCannotHaveYet(@TempDir Path own) throws IOException {
        String storm = "Storm Ana hit the northern coast of Portugal on %s, cutting power to thousands of homes.\n";
        String vote = "Parliament voted on %s to send the army to the northern coast of Portugal after the storm.\n";
        int n = 0;
        for (String[] a : new String[][] {{"2024-03-01", storm, "March 1, 2024"}, {"2024-03-02", storm, "March 1, 2024"},
                {"2024-03-02", storm, "March 1, 2024"}, {"2024-03-08", vote, "March 8, 2024"},
                {"2024-03-08", vote, "March 8, 2024"}, {"2024-03-08", vote, "March 8, 2024"}}) {
            Files.writeString(own.resolve("d" + n++ + ".txt"), "---\npublished: " + a[0] + "\n---\n" + a[1].formatted(a[2]));
        }
        CorpusExtraction read = Corpora.read(own);
        DayEvidence evidence = new DayEvidence(read.articles(),
                new TimelineBuilder().build(read, Project.of(List.of(own.toString()))).events(), null, null);
        LocalDate storm1 = LocalDate.parse("2024-03-01");
        LocalDate vote8 = LocalDate.parse("2024-03-08");
        assertThat(evidence.references(storm1)).isEqualTo(3);
        assertThat(evidence.references(vote8)).isEqualTo(3);
        assertThat(evidence.publishedNext(storm1)).isEqualTo(2);
        assertThat(evidence.published(vote8.plusDays(1))).isZero();
        assertThat(evidence.publishedNext(vote8)).as("the last day: its own articles stand in for the next day's").isEqualTo(3);
        assertThat(evidence.score(vote8, RankWeights.DEFAULT)).as("told as often as the storm, and all its articles on the day")
                .isGreaterThan(evidence.score(storm1, RankWeights.DEFAULT));
    }

    @Test
    void aWindowLeavesOutTheDaysOutsideIt() {
        DayEvidence evidence = new DayEvidence(corpus.articles(), story(new TimelineBuilder()), LocalDate.parse("2024-03-02"), null);
        assertThat(evidence.references(LocalDate.parse("2024-03-01"))).isZero();
        assertThat(evidence.published(LocalDate.parse("2024-03-02"))).isEqualTo(1);
    }
}
