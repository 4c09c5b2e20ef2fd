package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
import org.junit.jupiter.api.Test;

/**
 * The earnings-report shapes, each first as the rule's own answer on a parsed sentence, then as the trigger
 * {@link TriggerFinder} gives with it (sentences written for these tests in the shapes TimeBank links).
 */
class FinancialRulesTest {

    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder finder = new TriggerFinder();

    private String word(String sentence, String date) {
        int at = sentence.indexOf(date);
        assertThat(at).as(date).isGreaterThanOrEqualTo(0);
        Trigger t = finder.find(parser.parse(sentence, 0), at, at + date.length());
        return t == null ? null : t.text();
    }

    /** The index of the {@code n}-th (from 0) token whose text is {@code text}. */
    private static int token(ParsedSentence s, String text, int n) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).text().equals(text) && n-- == 0) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + s.tokens());
    }

    @Test
    void aPerShareAmountOpensAtItsComma() {
        ParsedSentence s = parser.parse("Acme reported a net loss of $8 million, or 50 cents a share, for the third quarter.", 0);
        int closing = token(s, ",", 1);
        assertThat(FinancialRules.perShareOpening(s, closing)).isEqualTo(token(s, ",", 0));
        // the first comma closes no per-share amount, and a word that is no comma closes nothing
        assertThat(FinancialRules.perShareOpening(s, token(s, ",", 0))).isEqualTo(-1);
        assertThat(FinancialRules.perShareOpening(s, token(s, "share", 0))).isEqualTo(-1);
        ParsedSentence list = parser.parse("Acme sold shares, bonds, and notes, all at a discount, last year.", 0);
        assertThat(FinancialRules.perShareOpening(list, token(list, ",", 3))).isEqualTo(-1);
    }

    @Test
    void aPerShareAmountIsPassedToWhatItMeasures() {
        assertThat(word("Acme reported a net loss of $8 million, or 50 cents a share, for the third quarter.", "the third quarter"))
                .isEqualTo("loss");
        assertThat(word("Beta earned $2 billion, or $8 a share, up 18% from $1.6 billion, or $7 a share, a year earlier.",
                "a year earlier")).isEqualTo("earned");
    }

    @Test
    void thePeriodEndedOnADateIsOneDate() {
        ParsedSentence s = parser.parse("Acme reported a net loss of $4 million for the quarter ended Sept. 30.", 0);
        int quarter = token(s, "quarter", 0);
        assertThat(FinancialRules.periodEnded(s, quarter)).isEqualTo(token(s, "30", 0));
        // a period not followed by "ended" and a word that is no period stay where they are
        ParsedSentence plain = parser.parse("Acme earned $5 million in the quarter, its best.", 0);
        assertThat(FinancialRules.periodEnded(plain, token(plain, "quarter", 0))).isEqualTo(token(plain, "quarter", 0));
        ParsedSentence talks = parser.parse("The talks ended Sept. 30.", 0);
        assertThat(FinancialRules.periodEnded(talks, token(talks, "talks", 0))).isEqualTo(token(talks, "talks", 0));
    }

    @Test
    void theQuarterEndedOnADateDatesWhatIsSaidOfIt() {
        String s = "Acme reported a net loss of $4 million for the quarter ended Sept. 30.";
        assertThat(word(s, "the quarter")).isEqualTo("loss");
        assertThat(word(s, "Sept. 30")).isEqualTo("ended");
        assertThat(word("Acme earned $5 million in the quarter ended Sept. 30.", "Sept. 30")).isEqualTo("ended");
    }

    @Test
    void haveIsTheLightVerb() {
        Lemmatizer lemmatizer = new Lemmatizer();
        assertThat(FinancialRules.lightVerb(lemmatizer, new Token("had", 0, 3, "VBD"))).isTrue();
        assertThat(FinancialRules.lightVerb(lemmatizer, new Token("reported", 0, 8, "VBD"))).isFalse();
    }

    @Test
    void haveWithAnEventNounIsTheEvent() {
        assertThat(word("The bank had a loss of $5 million, or 9 cents a share, a year ago.", "a year ago")).isEqualTo("had");
    }

    @Test
    void measuresAreTheListedNouns() {
        assertThat(FinancialRules.isMeasure(new Token("earnings", 0, 8, "NNS"))).isTrue();
        assertThat(FinancialRules.isMeasure(new Token("income", 0, 6, "NN"))).isTrue();
        assertThat(FinancialRules.isMeasure(new Token("loss", 0, 4, "NN"))).isFalse();
        // a word of the list that is tagged as no noun is no measure
        assertThat(FinancialRules.isMeasure(new Token("profit", 0, 6, "VB"))).isFalse();
    }

    @Test
    void aMeasureSetAgainstTheDatesPeriod() {
        ParsedSentence s = parser.parse("Acme reported a loss, compared with year-earlier profit of $3 million.", 0);
        assertThat(FinancialRules.comparedMeasure(s, token(s, "profit", 0))).isTrue();
        ParsedSentence versus = parser.parse("Acme posted a loss of $2 million, versus net income of $5 million.", 0);
        assertThat(FinancialRules.comparedMeasure(versus, token(versus, "income", 0))).isTrue();
        ParsedSentence reported = parser.parse("Acme reported third-quarter earnings of $9 million.", 0);
        assertThat(FinancialRules.comparedMeasure(reported, token(reported, "earnings", 0))).isFalse();
    }

    @Test
    void aMeasureIsTheEventWhenNoVerbSaysWhatHappenedToIt() {
        assertThat(word("Acme reported third-quarter earnings of $9 million.", "third-quarter")).isEqualTo("earnings");
        assertThat(word("Acme reported a loss, compared with year-earlier profit of $3 million.", "year-earlier")).isEqualTo("profit");
        assertThat(word("Acme posted a loss of $2 million, versus net income of $5 million, or $1 a share, a year earlier.",
                "a year earlier")).isEqualTo("income");
        assertThat(word("Acme's third-quarter profit jumped 16% to a record.", "third-quarter")).isEqualTo("jumped");
        // "sale" is an event noun too, but "sales" after a date is the measure
        assertThat(word("Third-quarter sales dropped 11% to $1.2 billion.", "Third-quarter")).isEqualTo("dropped");
    }

    @Test
    void aMeasureGivenItsAmountByBe() {
        assertThat(word("A year earlier, net income was $2 million.", "A year earlier")).isEqualTo("income");
    }
}
