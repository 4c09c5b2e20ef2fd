package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-seventh round: a sentence that names no one, run word for word by two articles, is one event (the BBC's "A new
 * cap was used on Thursday to stop the flow for the first time since 20 April" was two marks, the second article's
 * paragraph having no name to share); and one date told in two phrases side by side in one sentence, of one word, is
 * one event ("Antiviral drugs were issued to year seven students this afternoon (Friday)" was two marks).
 */
class MergerRetoldTest {

    @TempDir
    Path dir;

    private static final String CAP = "A new cap was used on Thursday to stop the flow for the first time since the leak began.";

    /** a1.txt and a2.txt: {@link #CAP} word for word between sentences of their own. */
    private void writeTwoArticlesRunningTheCapSentence() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2010-07-16", "BP says its new cap is holding on the Gulf of Mexico well.\n"
                + CAP + "\nEngineers at BP are watching the pressure readings of the well.\n");
        WrittenArticles.write(dir, "a2.txt", "2010-07-16", "BP's new cap on the Gulf of Mexico well is holding, the company says.\n"
                + CAP + "\nThe pressure readings of the well are watched by BP engineers.\n");
    }

    @Test
    void theSameSentenceInTwoArticlesIsOneEventThoughItNamesNoOne() throws IOException {
        writeTwoArticlesRunningTheCapSentence();
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        MergedEvent cap = merged.stream().filter(m -> m.sources().get(0).sentence().equals(CAP)
                && m.date().value().equals("2010-07-15")).findFirst().orElseThrow();
        assertThat(cap.sources()).hasSize(2).extracting(e -> e.article().source().replaceAll(".*/", ""))
                .containsExactlyInAnyOrder("a1.txt", "a2.txt");
    }

    @Test
    void aThirdArticleWithTheSameSentenceJoinsTheEventTheFirstTwoMade() throws IOException {
        // forty-ninth round: the pair passed the names test as a pair, but the group the first two made had no name for
        // the third copy to share (the BBC's "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday",
        // run by five articles, was four marks)
        writeTwoArticlesRunningTheCapSentence();
        WrittenArticles.write(dir, "a3.txt", "2010-07-17", "Shares in BP rose in London as traders welcomed the news from the Gulf.\n"
                + CAP + "\nThe US government wants a further series of tests before the well is declared sealed.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.sources().get(0).sentence().equals(CAP)
                && m.date().value().equals("2010-07-15"))).singleElement()
                .satisfies(m -> assertThat(m.sources()).hasSize(3));
    }

    @Test
    void twoSentencesTheSameUpToTheirDateAreOneEvent() throws IOException {
        // forty-ninth round: "The well was finally capped on 15 July, after ..." run by two articles that end it
        // differently ("and fully sealed last month", "... in September") was two marks
        String told = "The leaking well was finally capped on 15 July, after millions of barrels had leaked into the sea";
        WrittenArticles.write(dir, "a1.txt", "2010-10-29", "Shares in the oil company rose again.\n" + told
                + ", and fully sealed last month.\nThe clean-up goes on along the coast.\n");
        WrittenArticles.write(dir, "a2.txt", "2010-11-02", "The oil company gave its results.\n" + told
                + ", and fully sealed in September.\nFishing grounds have reopened.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.date().value().equals("2010-07-15"))).singleElement()
                .satisfies(m -> assertThat(m.sources()).hasSize(2));
        // fewer than five words before the date tell nothing of their own: two sentences of one day stay apart
        WrittenArticles.write(dir, "a3.txt", "2010-07-16", "Shares rose.\nThe company said on Thursday it would pay for the"
                + " clean-up of the coast.\n");
        WrittenArticles.write(dir, "a4.txt", "2010-07-16", "Shares fell.\nThe company said on Thursday that its profits had"
                + " fallen by half.\n");
        assertThat(new Merger().merge(Corpora.read(dir)).stream().filter(m -> m.date().value().equals("2010-07-15")
                && m.sources().stream().anyMatch(e -> e.sentence().contains("said on Thursday")))).hasSize(2);
    }

    @Test
    void twoSentencesThatNameNoOneStayApart() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2010-07-16", "BP says its new cap is holding on the Gulf of Mexico well.\n"
                + CAP + "\n");
        WrittenArticles.write(dir, "a2.txt", "2010-07-16", "BP's new cap on the Gulf of Mexico well is holding, the company says.\n"
                + "Fishing grounds were reopened on Thursday after the leak was stopped.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.date().value().equals("2010-07-15"))).hasSize(2);
    }

    @Test
    void oneDateInTwoPhrasesSideBySideIsOneEvent() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2009-05-01", "A pupil at the school has swine flu.\n"
                + "Antiviral drugs were issued to year seven students this afternoon (Friday) to reduce any spread of infection.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.date().from() != null && m.date().from().toString().equals("2009-05-01")))
                .singleElement().satisfies(m -> assertThat(m.sources()).extracting(Event::mention)
                        .extracting(mention -> mention.text()).containsExactlyInAnyOrder("this afternoon", "Friday"));
    }

    @Test
    void twoDatesOfOneSentenceApartOrOfTwoWordsStayTwoEvents() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2009-05-04", "The school closed on Friday and reopened on Monday.\n"
                + "The head teacher said on Monday that the school, closed on Friday, had been cleaned.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.sources().size() > 1 && m.sources().stream()
                .map(Event::sentence).distinct().count() == 1)).isEmpty();
    }

    @Test
    void aClockTimeToldAgainInBracketsInAnotherZoneIsTheSameEventAndDate() throws IOException {
        // fiftieth round: "This was completed at 1930 CDT on 1 June (0030 GMT 2 June)", run by thirteen BBC articles, was
        // one event of 1 June and thirteen of 2 June: the bracketed date's own clause held no word to share, one
        // sentence's two dates a day apart were two things, and two groups holding one sentence from one article each
        // first were no retelling
        String done = "The valve was closed at 2130 CDT on 3 June (0230 GMT 4 June).";
        WrittenArticles.write(dir, "a1.txt", "2010-06-05", "Engineers worked through the night on the well.\n" + done + "\n");
        WrittenArticles.write(dir, "a2.txt", "2010-06-06", "The company gave an update on its work at the well.\n" + done + "\n");
        WrittenArticles.write(dir, "a3.txt", "2010-06-07", "Shares in the company rose in London.\n" + done + "\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        assertThat(merged.stream().filter(m -> m.sources().get(0).sentence().equals(done))).singleElement().satisfies(m -> {
            assertThat(m.sources()).hasSize(6);
            // the time told first speaks for both: no disagreement between the zones
            assertThat(m.date().value()).isEqualTo("2010-06-03T21:30");
            assertThat(m.disagreement()).isNull();
        });
    }
}
