package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-ninth round: "This was completed on 1 June" says only that something was done; the sentence before says what
 * (thirteen BBC articles ran "This was completed at 1930 CDT on 1 June" after the riser's cutting). Sentences written
 * for the rule.
 */
class HeadlineToldBeforeTest {

    private final SentenceParser parser = new SentenceParser();
    private final HeadlineMaker headlines = new HeadlineMaker();

    @Test
    void aLoneThisDoneInThePassiveTakesTheSentenceBefore() {
        String before = "Engineers cut the damaged riser pipe near the seabed with a remotely operated shear.";
        assertThat(label("This was completed on 1 June.", "1 June", before)).isEqualTo("Engineers cut the damaged riser pipe near the seabed");
        // with nothing before, the sentence's own words
        assertThat(label("This was completed on 1 June.", "1 June", null)).isEqualTo("This was completed");
    }

    @Test
    void whatElseASentenceSaysOfThisStaysItsOwn() {
        String before = "Engineers cut the damaged riser pipe near the seabed with a remotely operated shear.";
        // not a passive: "this" is what the sentence tells of
        assertThat(label("This is the worst spill in the history of the country, officials said on Monday.", "on Monday", before))
                .doesNotContain("riser");
        // a subject of more than "this"
        assertThat(label("This cut was completed on 1 June.", "1 June", before)).startsWith("This cut was completed");
    }

    private String label(String sentence, String date, String before) {
        ParsedSentence s = parser.parse(sentence, 0);
        ParsedSentence previous = before == null ? null : parser.parse(before, 0);
        HeadlineMaker.Context context = WrittenContexts.before(previous == null ? List.of() : List.of(previous));
        int at = sentence.indexOf(date);
        return headlines.label(s, at, at + date.length(), -1, context);
    }

    @Test
    void aThatInsideItsSentenceStandsForWhatThatSentenceTells() {
        // fifty-fourth round: "... lies in the drilling of a relief well and that won't be completed before August" took
        // the label of the sentence before
        String before = "BP's latest containment effort follows a series of earlier attempts.";
        String sentence = "But the solution lies in the drilling of a relief well and that won't be completed before August.";
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf("August");
        int completed = s.tokenAt(sentence.indexOf("completed"));
        assertThat(headlines.label(s, at, at + "August".length(), completed, WrittenContexts.before(List.of(parser.parse(before, 0)))))
                .isEqualTo("That won't be completed");
    }
}
