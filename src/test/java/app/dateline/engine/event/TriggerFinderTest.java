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
        // past the commas, the relative clause's verb is skipped: the meeting was on Thursday
        assertThat(word(s, "Thursday")).isEqualTo("met");
    }

    @Test
    void theVerbAfterAnInsertBetweenWireDashes() {
        // AP's "_" dashes are dashes: the verb after the insert is a verb head of its own
        assertThat(word("About 40 workers _ engineers and their families _ left the island today.", "today")).isEqualTo("left");
    }

    @Test
    void aDateThatOpensTheSentenceDatesItsFirstVerb() {
        assertThat(word("In late January, Chinese President Xi Jinping accepted the credentials of the ambassador.",
                "late January")).isEqualTo("accepted");
    }

    @Test
    void aDateOpeningTheSecondOfTwoJoinedPredicatesDatesTheVerbAfterIt() {
        String s = "Even India, the regional power that has been most wary of the Taliban takeover, reopened its embassy in Kabul"
                + " in 2022 and in 2023 allowed the Taliban to take control of the Afghan embassy in New Delhi.";
        assertThat(word(s, "2022")).isEqualTo("reopened");
        assertThat(word(s, "2023")).isEqualTo("allowed");
        // a date after the "and" that the verb before it governs stays with that verb
        assertThat(word("The ministers met in Doha and in Oslo last week.", "last week")).isEqualTo("met");
        assertThat(word("The page was created a week ago and as of Thursday had more than 54,000 followers.", "Thursday"))
                .isEqualTo("had");
        // a number after "and" is the second day of one date, or a subject
        assertThat(word("A member of the group that traveled to Mexico April 16 and 17 came down with flu.", "17")).isEqualTo("traveled");
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

    // The classes below were fixed against the TimeML links of TimeBank and AQUAINT (README, "Events: triggers and
    // headlines"); the sentences are written for these tests in the same shapes.

    @Test
    void aDeterminerAfterTheDateOpensTheReportedClause() {
        assertThat(word("Clinton said Friday the agency did the right thing.", "Friday")).isEqualTo("said");
    }

    @Test
    void theAdjectiveTheDateCompletes() {
        assertThat(word("The company will redeem its notes due March 1, 2011.", "March 1, 2011")).isEqualTo("due");
    }

    @Test
    void aDateBeforeAPlainNounDatesWhatHappensToIt() {
        assertThat(word("Acme's third-quarter net income rose 11%.", "third-quarter")).isEqualTo("rose");
        assertThat(word("Acme's third-quarter profit jumped 16% to a record.", "third-quarter")).isEqualTo("jumped");
        assertThat(word("The plant was closed because of current market conditions.", "current")).isEqualTo("conditions");
    }

    @Test
    void tradingIsAnEventUnlessItNamesTheCompositeTape() {
        assertThat(word("In early trading yesterday, Acme shares fell 20 cents.", "yesterday")).isEqualTo("trading");
        assertThat(word("In composite trading yesterday, Acme shares rose 50 cents.", "yesterday")).isEqualTo("rose");
    }

    @Test
    void anObjectDatedRightAfterItLeavesTheEventToItsVerb() {
        assertThat(word("The ambassadors issued a joint statement Friday.", "Friday")).isEqualTo("issued");
        assertThat(word("The governor attended a rally Thursday.", "Thursday")).isEqualTo("attended");
        assertThat(word("The suspect was charged with murder Thursday.", "Thursday")).isEqualTo("charged");
        assertThat(word("The Taliban were not invited to last year’s summit.", "last year")).isEqualTo("summit");
    }

    @Test
    void theVerbThatGovernsAnInfinitiveUnlessItOnlyIntends() {
        assertThat(word("The court refused to order a hearing Thursday.", "Thursday")).isEqualTo("refused");
        assertThat(word("The offer is scheduled to expire at midnight Friday.", "midnight Friday")).isEqualTo("expire");
        assertThat(word("Acme still plans to announce new products on Nov. 6.", "Nov. 6")).isEqualTo("announce");
    }

    @Test
    void aParticipleAfterAnEventNounLeavesTheDateToTheNoun() {
        assertThat(word("The issue will dominate a summit set for Washington in April.", "April")).isEqualTo("summit");
        assertThat(word("The court will hear the injunction issued Thursday.", "Thursday")).isEqualTo("issued");
    }

    @Test
    void eventNounsOfNewsConferences() {
        assertThat(word("The spokesman said at a regular news briefing today that talks would resume.", "today"))
                .isEqualTo("briefing");
    }

    @Test
    void anEventNounSubjectKeepsItsDate() {
        assertThat(word("The attacks on Aug. 7 killed 200 people.", "Aug. 7")).isEqualTo("attacks");
        assertThat(word("N.V. DSM said net income in the third quarter jumped 63%.", "the third quarter")).isEqualTo("jumped");
    }

    @Test
    void theChainOfPhrasesBeforeTheDateReachesNineWordsInsideAClause() {
        assertThat(word("Police arrested a man in connection with the bombing of two embassies in East Africa last month.",
                "last month")).isEqualTo("bombing");
        assertThat(word("Police arrested a man in connection with the bombings of embassies in Kenya and Tanzania last year.",
                "last year")).isEqualTo("bombings");
        // a sentence that opens with a long phrase is about its main verb
        assertThat(word("At a ceremony at the Great Hall of the People in Beijing in late January, Xi Jinping accepted the"
                + " credentials of the ambassador.", "late January")).isEqualTo("accepted");
    }

    @Test
    void anAdverbOfTimeRightBeforeAVerbDatesIt() {
        assertThat(word("Police departments are now beginning to report such crimes.", "now")).isEqualTo("beginning");
        assertThat(word("A school now located in the city will move.", "now")).isEqualTo("located");
    }

    @Test
    void aWhenClauseAfterTheDateAndItsComma() {
        assertThat(word("The banks will keep their names until early 1990, when each will adopt the new name.", "early 1990"))
                .isEqualTo("adopt");
    }

    @Test
    void relativeClausesArePassedLookingForTheMainVerb() {
        assertThat(word("Earlier this month, Acme, which is among the largest makers, completed the purchase.", "Earlier this month"))
                .isEqualTo("completed");
        assertThat(word("In January, officers who had been searching for him concluded he was dead.", "January"))
                .isEqualTo("concluded");
    }

    @Test
    void aPossessiveDateDatesTheVerbItsPhraseIsTheSubjectOf() {
        assertThat(word("Traders said Friday's focus on the biggest stocks signalled heavy selling.", "Friday"))
                .isEqualTo("signalled");
        // a day word right after a verb is no premodifier of the noun after it
        assertThat(word("The ministry said today conditions in the city appear to be improving.", "today")).isEqualTo("said");
    }

    @Test
    void theDatesOwnNounIsNoTrigger() {
        // "future" ends like an event noun ("-ure") but names a time (not-event-nouns.txt)
        assertThat(word("Whether this would prove useful to the city in the future is yet to be seen.", "the future"))
                .isNotEqualTo("future");
    }

    @Test
    void publicationsAreNoEvents() {
        assertThat(word("The offer, advertised in today's editions of the paper, expires next month.", "today"))
                .isEqualTo("advertised");
    }

    @Test
    void aParticipleThatOnlyDescribesItsNounIsNoEvent() {
        assertThat(word("The rifle was unearthed during a search of a heavily wooded, four-acre area Thursday.", "Thursday"))
                .isEqualTo("unearthed");
        assertThat(word("Acme agreed to acquire the Ohio bank holding company in January.", "January")).isEqualTo("acquire");
        assertThat(word("Acme may buy back some of its subordinated convertible debentures next year.", "next year"))
                .isEqualTo("buy");
    }

    @Test
    void followingAndPendingArePrepositions() {
        assertThat(word("Talks broke down following the March 2 ceasefire.", "March 2")).isNotEqualTo("following");
        assertThat(word("Adams kept his party out pending meetings with Clinton last week.", "last week")).isNotEqualTo("pending");
    }
}
