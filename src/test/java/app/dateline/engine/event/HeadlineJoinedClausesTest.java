package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fiftieth round: "and" right after a verb's object joins two clauses, so the noun phrases before it are no part of the
 * second clause's subject ("A new virus has killed up to 149 people in Mexico and the World Health Organisation moved
 * closer on Monday" was "Up to 149 people moved closer"). Sentences written for the rule; the comment says what the
 * label was.
 */
class HeadlineJoinedClausesTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theSubjectAfterAndThatFollowsAnObjectIsThePhraseAfterIt() {
        // was "Up to 40 homes voted to open two shelters"
        assertThat(labels.label("The storm has cut power to up to 40 homes in Leeds and the city council voted on Tuesday to "
                + "open two shelters.", "on Tuesday")).isEqualTo("The city council voted to open two shelters");
        // was "Two boats and the harbour must stay closed" (a passive's object)
        assertThat(labels.label("The storm damaged two boats and the harbour must stay closed until Friday.", "until Friday"))
                .startsWith("The harbour must stay closed");
        // two bare nouns after it are one phrase (was "Gas stopped flowing" in a first version)
        assertThat(labels.label("Crews cleaned the beaches and the oil and gas stopped flowing on Thursday.", "on Thursday"))
                .startsWith("The oil and gas stopped flowing");
    }

    @Test
    void whatAReportingVerbSaysOrAQuestionAsksStaysOneSubject() {
        // after a reporting verb, the names open what was said
        assertThat(labels.label("Officials said Spain and Portugal closed their borders on Monday.", "on Monday"))
                .startsWith("Spain and Portugal closed");
        // with no verb before, one subject
        assertThat(labels.label("The talks between the union and the company ended on Monday.", "on Monday"))
                .isEqualTo("The talks between the union and the company ended");
        // a question's modal is no verb with an object
        assertThat(labels.label("Could the sandbags and the booms stop the oil on Friday?", "on Friday"))
                .doesNotStartWith("The booms");
    }
}
