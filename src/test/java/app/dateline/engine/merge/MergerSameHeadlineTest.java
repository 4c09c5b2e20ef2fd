package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty-second round: one thing told on one day by several articles in sentences that name no one, whose labels agree
 * or one opens the other ("The well was capped", "The well was finally capped": the BBC's 15 July was five marks beside
 * the cap's own event), is one event; labels that open on "a", go on differently, or agree only on a verb of saying,
 * are not; nor are labels of dates longer than a day (TimeBank's five companies that "earned" in one quarter).
 */
class MergerSameHeadlineTest {

    @TempDir
    Path dir;

    private List<MergedEvent> onDay(String day) {
        return new Merger().merge(Corpora.read(dir)).stream()
                .filter(m -> m.date().from() != null && m.date().from().toString().equals(day)).toList();
    }

    @Test
    void labelsThatAgreeUpToTheTriggerAreOneEventThoughTheyNameNoOne() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2010-07-16", "Oil no longer flows from the leaking well into the sea.\n"
                + "The well was capped on Thursday after weeks of failed attempts.\n");
        WrittenArticles.write(dir, "a2.txt", "2010-07-17", "Engineers are watching the pressure in the leaking well.\n"
                + "The well was finally capped on 15 July, stopping the flow of oil into the sea.\n");
        List<MergedEvent> capped = onDay("2010-07-15");
        assertThat(capped).singleElement().satisfies(m -> assertThat(m.sources()).hasSize(2));
    }

    @Test
    void indefiniteSubjectsAndVerbsOfSayingStayApart() throws IOException {
        // two men died that day, as far as the words go
        WrittenArticles.write(dir, "a1.txt", "2009-05-02", "Hospitals are busy.\nA man died on Friday after a short illness.\n");
        WrittenArticles.write(dir, "a2.txt", "2009-05-02", "Schools are closed.\nA man died on Friday after falling ill.\n");
        assertThat(onDay("2009-05-01")).hasSize(2);
    }

    @Test
    void labelsThatGoOnDifferentlyStayApart() throws IOException {
        // two companies' results of one day: "the company earned" is the start of both, but neither label opens the other
        WrittenArticles.write(dir, "a1.txt", "1989-10-27", "Shares of the maker of farm equipment rose.\n"
                + "The company earned $461 million on Thursday, up from a year earlier.\n");
        WrittenArticles.write(dir, "a2.txt", "1989-10-27", "Shares of the maker of kitchen equipment fell.\n"
                + "The company earned $20.6 million on Thursday, down from a year earlier.\n");
        assertThat(onDay("1989-10-26")).hasSize(2);
    }

    @Test
    void theSameSpeakerSayingTwoThingsStaysTwoEvents() throws IOException {
        WrittenArticles.write(dir, "a1.txt", "2010-07-16", "Shares rose.\nThe company said on Thursday that it would pay"
                + " for the clean-up of the coast.\n");
        WrittenArticles.write(dir, "a2.txt", "2010-07-16", "Shares fell.\nThe company said on Thursday that its profits"
                + " had fallen by half.\n");
        assertThat(onDay("2010-07-15")).hasSize(2);
    }
}
