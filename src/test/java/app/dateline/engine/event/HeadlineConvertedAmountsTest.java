package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/**
 * Sixty-third round: an amount restated in brackets right after itself is left out, and the noun phrase it split goes on
 * (ConvertedAmounts). Each sentence is written for its rule (none is copied from the stories or the compression pairs);
 * the comment says what the label was before.
 */
class HeadlineConvertedAmountsTest {

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theNounAfterARestatedAmountStays() {
        // was "The mill reported a record $12bn": the object ended at the bracket
        assertThat(labels.label("Last week, the mill reported a record $12bn (£8bn) loss, having set aside $5bn for repairs.",
                "Last week")).isEqualTo("The mill reported a record $12bn loss");
        // was "The spring flowed at 9,000 litres": the rate after the bracket is the amount's too
        assertThat(labels.label("The spring flowed at 9,000 litres (2,400 gallons) per hour in May.", "in May"))
                .isEqualTo("The spring flowed at 9,000 litres per hour");
    }

    @Test
    void aBracketWithAVerbOrNoNumberIsNoRestatement() {
        String sentence = "The council approved a $3m (which the mayor opposed) budget and a $2m (Acme) grant on Monday.";
        ParsedSentence parsed = new SentenceParser().parse(sentence, 0);
        boolean[] skip = new boolean[parsed.tokens().size()];
        ConvertedAmounts.mark(parsed, skip);
        assertThat(skip).containsOnly(false);
        String converted = "The council approved a $3m (£2m) budget on Monday.";
        ParsedSentence both = new SentenceParser().parse(converted, 0);
        boolean[] marked = new boolean[both.tokens().size()];
        ConvertedAmounts.mark(both, marked);
        assertThat(marked[both.tokenAt(converted.indexOf("(£"))]).isTrue();
        assertThat(marked[both.tokenAt(converted.indexOf("budget"))]).isFalse();
    }
}
