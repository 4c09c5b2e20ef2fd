package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/** "now" and "today" in attributed words date the saying (sentences written for these tests, in TimeBank's shapes). */
class QuotedPresentTest {

    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder finder = new TriggerFinder();

    private String word(String sentence, String date) {
        int at = sentence.indexOf(date);
        Trigger t = finder.find(parser.parse(sentence, 0), at, at + date.length());
        return t == null ? null : t.text();
    }

    @Test
    void thePresentOfAQuotationIsTheMomentItWasSaid() {
        assertThat(word("``Right now the evidence is thin, and I will not draw conclusions,'' the inspector said.", "now"))
                .isEqualTo("said");
        assertThat(word("\"I would have chosen the people who are now on the board,\" he said.", "now")).isEqualTo("said");
    }

    @Test
    void aDateRightBeforeItsVerbStaysTheVerbs() {
        assertThat(word("``It is here that we today accept the guarantee,'' the minister said.", "today")).isEqualTo("accept");
        assertThat(word("\"But now we are looking for bigger accounts,\" the banker said.", "now")).isEqualTo("looking");
    }

    @Test
    void noAttributionNoSaying() {
        // a second verb of the same subject is no attribution
        assertThat(word("The president today denounced the ``policies of war,'' and said the army is ready.", "today"))
                .isEqualTo("denounced");
        // other dates are not the quotation's present
        assertThat(word("``The talks ended on Friday,'' the envoy said.", "Friday")).isEqualTo("ended");
    }
}
