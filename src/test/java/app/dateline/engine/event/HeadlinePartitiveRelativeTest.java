package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-fifth round: a dated clause opened by a part "of which" or "of whom" tells of that part of what the pronoun
 * stands for. Such labels in the shared stories read "Could be available", "Should be finished", "Were released by
 * NBC"; each sentence here is written for the rule.
 */
class HeadlinePartitiveRelativeTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void thePartIsNamedWithWhatThePronounStandsFor() {
        assertThat(labels.label("The ministry has bought vaccine, some doses of which could arrive by October.", "October"))
                .isEqualTo("Some doses of vaccine could arrive");
        assertThat(labels.label("Hope rests on two new tunnels, the first of which should be finished by mid-August.",
                "mid-August")).isEqualTo("The first of two new tunnels should be finished");
        // the noun that opens the sentence is not capitalised inside the label
        assertThat(labels.label("The film, clips of which were shown last night on TV, opens today.", "last night"))
                .isEqualTo("Clips of the film were shown on TV");
        assertThat(labels.label("Many bank chiefs, more than 200 of whom gathered at the summit this week, said so.", "this week"))
                .isEqualTo("More than 200 of many bank chiefs gathered at the summit");
    }

    @Test
    void aListOrAPlaceBeforeThePartLeavesThePartAlone() {
        // "both of Rigco" would say one company, "of Kuala Lumpur" a place; the part alone says no wrong word
        assertThat(labels.label("The firm billed Acme and Rigco, both of whom became partners in 2009.", "2009"))
                .isEqualTo("Both became partners");
        assertThat(labels.label("Bankers met in Kuala Lumpur, more than 200 of whom gathered at the summit this week.",
                "this week")).isEqualTo("More than 200 gathered at the summit");
    }
}
