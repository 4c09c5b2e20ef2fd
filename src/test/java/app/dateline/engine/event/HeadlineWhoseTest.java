package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fifty-third round: a dated clause opened by "whose" tells of the owner's thing, named with a possessive. The
 * comment says what the label was before.
 */
class HeadlineWhoseTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theOwnerBeforeACommaNamesTheSubject() {
        // was "Whose firm collapsed"
        assertThat(labels.label("Madoff, whose firm collapsed in December 2008, was jailed for 150 years.",
                "December 2008")).isEqualTo("Madoff's firm collapsed");
        // was "Whose shares have fallen by half"
        assertThat(labels.label("BP, whose shares have fallen by half since April 20, will pay no dividend.", "April 20"))
                .startsWith("BP's shares have fallen by half");
        // was "La Mirada's death was reported"
        assertThat(labels.label("A 33-year-old woman from La Mirada, whose death was reported on April 27, had been ill.",
                "April 27")).startsWith("A 33-year-old woman's death was reported");
    }

    @Test
    void theOwnerInsideThePhraseNamesTheSubjectAndTheMainVerbIsLeftOut() {
        // was "Shares blew out": the walk back went past "in the company"
        assertThat(labels.label("Investors sold shares in the company whose well blew out on April 20.", "April 20"))
                .isEqualTo("The company's well blew out");
        // was "The man whose wife died has remarried"
        assertThat(labels.label("The man whose wife died in 2009 has remarried.", "2009")).isEqualTo("The man's wife died");
    }
}
