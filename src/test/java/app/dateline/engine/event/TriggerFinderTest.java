package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/** Triggers on sentences of the seed corpus and of TimeBank (where the TimeML annotators linked the same word). */
class TriggerFinderTest {

    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder finder = new TriggerFinder();

    private Trigger trigger(String sentence, String date) {
        int at = sentence.indexOf(date);
        assertThat(at).as(date).isGreaterThanOrEqualTo(0);
        ParsedSentence p = parser.parse(sentence, 1000);
        return finder.find(p, at, at + date.length());
    }

    private String word(String sentence, String date) {
        Trigger t = trigger(sentence, date);
        return t == null ? null : t.text();
    }

    @Test
    void theVerbBeforeADateAfterIt() {
        assertThat(word("He met with ministers from the four other permanent Security Council members on Wednesday evening.",
                "Wednesday evening")).isEqualTo("met");
        assertThat(word("The thrifts agreed to the transaction in August 1988.", "August 1988")).isEqualTo("agreed");
    }

    @Test
    void theVerbOfTheClauseTheDateIsIn() {
        String s = "Blinken met with his counterpart from Pakistan, the main ally of the Taliban regime that was deposed"
                + " by US troops in 2001, on the sidelines of the UN General Assembly on Thursday.";
        assertThat(word(s, "2001")).isEqualTo("deposed");
    }

    @Test
    void aDateThatOpensTheSentenceDatesItsFirstVerb() {
        assertThat(word("In late January, Chinese President Xi Jinping accepted the credentials of the ambassador.",
                "late January")).isEqualTo("accepted");
    }

    @Test
    void aDateInTheSubjectDatesItsVerb() {
        assertThat(word("N.V. DSM said net income in the third quarter jumped 63%.", "the third quarter")).isEqualTo("jumped");
    }

    @Test
    void eventNounsNextToTheDate() {
        assertThat(word("The Taliban were not invited to last year’s summit.", "last year")).isEqualTo("summit");
        assertThat(word("The world watched the takeover in August 2021.", "August 2021")).isEqualTo("takeover");
        assertThat(word("Xi's January ceremony sent a powerful message.", "January")).isEqualTo("ceremony");
    }

    @Test
    void offsetsAreInTheBodyAndTheLemmaIsTheDictionaryForm() {
        String s = "The Taliban took power in Kabul in August 2021.";
        Trigger t = trigger(s, "August 2021");
        assertThat(t.text()).isEqualTo("took");
        assertThat(t.begin()).isEqualTo(1000 + s.indexOf("took"));
        assertThat(t.end()).isEqualTo(t.begin() + 4);
        assertThat(t.lemma()).isEqualTo("take");
    }

    @Test
    void noEventNoTrigger() {
        assertThat(trigger("April 2023.", "April 2023")).isNull();
    }
}
