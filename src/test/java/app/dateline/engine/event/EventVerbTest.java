package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class EventVerbTest {

    private final SentenceParser parser = new SentenceParser();
    private final EventVerb verbs = new EventVerb();

    private String main(String sentence) {
        ParsedSentence s = parser.parse(sentence, 0);
        int v = verbs.main(s, -1, new boolean[s.tokens().size()]);
        return v < 0 ? null : s.tokens().get(v).text();
    }

    @Test
    void theMainVerbComesAfterALeadInClause() {
        assertThat(main("At a ceremony held in Charlotte, Pitt defensive tackle Aaron Donald won the trophy.")).isEqualTo("won");
        assertThat(main("Five people have been taken to hospital with minor injuries.")).isEqualTo("taken");
    }

    @Test
    void aRelativeClauseVerbIsNotTheMainOne() {
        assertThat(main("A man who was shot in the head knew his life was in danger.")).isEqualTo("knew");
    }

    @Test
    void aReportingVerbGivesWayToTheVerbOfWhatWasReported() {
        String sentence = "An RTI activist has alleged that the Rajasthan Government was misusing public funds.";
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] none = new boolean[s.tokens().size()];
        int alleged = verbs.main(s, -1, none);
        assertThat(s.tokens().get(alleged).text()).isEqualTo("alleged");
        assertThat(verbs.reports(s, alleged)).isTrue();
        assertThat(s.tokens().get(verbs.reported(s, alleged, none)).text()).isEqualTo("misusing");
    }

    @Test
    void aSentenceWithoutAVerbHasNone() {
        assertThat(main("The 2013 Bronko Nagurski Trophy for the best defensive player.")).isNull();
    }

    @Test
    void aTrailingAttributionOpensAtItsComma() {
        String sentence = "The Israeli navy arrested two young Gaza fishermen while they were in their boat, a human rights"
                + " group said Thursday.";
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf("Thursday");
        boolean[] skip = DateWords.mark(s, at, at + "Thursday".length());
        int said = s.tokenAt(sentence.indexOf("said"));
        assertThat(s.tokens().get(verbs.attribution(s, said, skip)).text()).isEqualTo(",");
        String own = "Vodafone said Tuesday it was seeking regulatory approval.";
        ParsedSentence v = parser.parse(own, 0);
        assertThat(verbs.attribution(v, v.tokenAt(own.indexOf("said")), new boolean[v.tokens().size()])).isEqualTo(-1);
    }

    @Test
    void aCaptionsAsClauseGivesWayToTheMainClause() {
        String sentence = "John Kirby speaks as Karine Jean-Pierre listens during a daily news briefing.";
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] none = new boolean[s.tokens().size()];
        int main = verbs.circumstance(s, s.tokenAt(sentence.indexOf("listens")), none);
        assertThat(s.tokens().get(main).text()).isEqualTo("speaks");
        assertThat(verbs.circumstance(s, main, none)).isEqualTo(-1);
    }

    @Test
    void aHyphenatedParticipleIsNoVerb() {
        String sentence = "The Taliban overthrew the U.S.-backed government.";
        ParsedSentence s = parser.parse(sentence, 0);
        assertThat(EventVerb.hyphenated(s, s.tokenAt(sentence.indexOf("backed")))).isTrue();
        assertThat(EventVerb.hyphenated(s, s.tokenAt(sentence.indexOf("overthrew")))).isFalse();
    }

    @Test
    void aVerbThatTellsSomeoneReportsTheClauseAfterItsThat() {
        String told = "Clement told the House of Commons that contracting out government services reduces costs.";
        ParsedSentence s = parser.parse(told, 0);
        boolean[] none = new boolean[s.tokens().size()];
        assertThat(s.tokens().get(verbs.reported(s, s.tokenAt(told.indexOf("told")), none)).text()).isEqualTo("reduces");
        // "reported sales growth that beat estimates": a relative clause of the object, not what was reported.
        String relative = "Danone reported sales growth that beat estimates.";
        ParsedSentence r = parser.parse(relative, 0);
        int reported = r.tokenAt(relative.indexOf("reported"));
        assertThat(verbs.reported(r, reported, new boolean[r.tokens().size()])).isEqualTo(reported);
    }
}
