package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/**
 * Fifty-first round: a label that opens with a bare "It" names nothing ("It carried out routine inspections", nine BBC
 * sources of the BP spill; "It collected 10,500 barrels of oil"). Sentences of the shared pools' articles.
 */
class HeadlineItTest {

    private final SentenceParser parser = new SentenceParser();
    private final EventBuilder events = new EventBuilder();

    @Test
    void anOrganisationThatSaysItDidSomethingIsNamedWhenKeepingItsSayingCostsTheClause() {
        assertThat(label("BP said it collected 10,500 barrels of oil on Saturday and 11,100 barrels on Sunday, with 27,700"
                + " barrels of oil collected between June 3, when the operation began, and June 6.", "on Saturday"))
                .startsWith("BP collected 10,500 barrels of oil");
        assertThat(label("The National Oceanic and Atmospheric Administration said on Monday it had begun work to survey a new"
                + " ship anchorage site off the coast.", "on Monday"))
                .startsWith("The National Oceanic and Atmospheric Administration had begun work");
    }

    @Test
    void aPersonOrAnEmptyItIsNotTakenForTheOrganisation() {
        // a person's name may not be what "it" stands for
        assertThat(label("Obama said on Tuesday it sent the wrong message to the oil companies of the whole Gulf coast.", "on Tuesday"))
                .doesNotStartWith("Obama sent");
        // "it is" says nothing BP did
        assertThat(label("BP said on Tuesday it is likely that the well will be killed by the relief wells in the middle of August.",
                "on Tuesday")).doesNotStartWith("BP is likely");
    }

    @Test
    void sinceOpensAClauseWhoseItIsTheMainSubject() {
        assertThat(label("The Gulf Coast Claims Facility administered by Feinberg has paid $1.45 billion in claims since it took"
                + " over the claims process from the company on August 23.", "on August 23"))
                .isEqualTo("The Gulf Coast Claims Facility took over the claims process");
        assertThat(label("The system has collected 149,900 barrels since it was installed on June 3.", "on June 3"))
                .isEqualTo("The system was installed");
    }

    @Test
    void aMainClauseAfterButStillOpensTheSentence() {
        assertThat(label("But the US Mineral Management Services found no violations on the Deepwater Horizon rig when it"
                + " carried out routine inspections in February.", "in February"))
                .startsWith("The US Mineral Management Services carried out");
    }

    private String label(String sentence, String date) {
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf(date);
        return events.label(s, at, at + date.length(), java.util.List.of()); // the trigger found as the export finds it
    }
}
