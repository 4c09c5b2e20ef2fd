package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The trigger ranker on parsed sentences written in the shapes of TimeBank and AQUAINT, where TimeML's links name
 * the ranker's word and not the rules' (README, "The trigger ranker"), and its weights against the features
 * {@link TriggerCandidates} computes.
 */
class TriggerRankerTest {

    private static final List<String[]> SENTENCES = List.of(
            new String[] {"The port is the country's only outlet now that the blockade has tightened.", "now"},
            new String[] {"The bank said its review would continue past the March 1 deadline set in the agreement.", "March 1"},
            new String[] {"It was not until Monday that the mayor revealed that the plans had been shared with the state.", "Monday"},
            new String[] {"Blinken met with his counterpart from Pakistan on Thursday.", "Thursday"},
            new String[] {"In late January, Xi Jinping accepted the credentials of the ambassador.", "late January"},
            new String[] {"Xi's January ceremony sent a powerful message.", "January"},
            new String[] {"N.V. DSM said net income in the third quarter jumped 63%.", "the third quarter"},
            new String[] {"``Right now my evidence is thin,'' he said.", "now"},
            new String[] {"The company posted a net loss of $8 million, or 50 cents a share, for the third quarter.", "the third quarter"},
            new String[] {"In Tokyo at midday yesterday, the bank's shares were up 3 yen, at 410 yen.", "midday yesterday"},
            new String[] {"The airline's stock was down 40 cents to $12.10 in composite trading yesterday.", "yesterday"},
            new String[] {"And now for today's history quiz.", "today"});

    /** The feature names {@link TriggerCandidates} can make (a renamed feature would lose its weight). */
    private static final Pattern FEATURE = Pattern.compile("(rule&)?(cls=(V_\\w+|N|O_\\w+)|[LR]dist=(1|2|3-4|5-8|9-16|17\\+)"
            + "|left|right|commas=[012]|verbsBetween=[012]|prep=\\w+_[LR]|date(Opens|RB|AfterComma|BeforeComma|Ends)_[LR]"
            + "|bound|wh|quote|cc|subBetween|rule|evnoun|nearestVerbLeft|nearestVerbRight|nearestNounLeft|firstFinite"
            + "|reporting|intent|be|light|aspectual|measure|listedNoun|governsInf|infinitive|passive|adjacentPrep|possDate"
            + "|sameChunk|sameClause|relClause|ownDate|reportedClause|inFronted|afterFronted|inDatedRelative|afterDatedRelative|ruleLeft|ruleRight|ruleIsNoun|ruleIsOther|nearerThanRule|fartherThanRule|ruleNone"
            + "|kind=(pred|ing|dateNoun|attach)|dk=(quarter|now|day|month|year|other)&(V_\\w+|N|O_\\w+|L|R))");

    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder finder = new TriggerFinder();
    private final TriggerCandidates candidates = new TriggerCandidates(finder);

    private String[] ruleAndRanker(String sentence, String date) {
        int at = sentence.indexOf(date);
        ParsedSentence p = parser.parse(sentence, 0);
        int rule = finder.ruleIndex(p, at, at + date.length());
        int ranked = finder.index(p, at, at + date.length());
        return new String[] {rule < 0 ? null : p.tokens().get(rule).text(), ranked < 0 ? null : p.tokens().get(ranked).text()};
    }

    @Test
    void theRankerOverrulesTheRulesWhereTimeMLLinksAnotherWord() {
        // "now that" opens a clause: its verb is the event, not the copula before it
        assertThat(ruleAndRanker(SENTENCES.get(0)[0], "now")).containsExactly("is", "tightened");
        // a deadline passed by the verb of the sentence, not the participle that sets it
        assertThat(ruleAndRanker(SENTENCES.get(1)[0], "March 1")).containsExactly("set", "continue");
        // "It was not until Monday that ... revealed": the cleft's verb
        assertThat(ruleAndRanker(SENTENCES.get(2)[0], "Monday")).containsExactly("was", "revealed");
    }

    @Test
    void theRankerFindsWordsThatAreNeitherVerbHeadsNorListedEventNouns() {
        // the predicate of "be": the price "was up", not the copula or the trading
        assertThat(ruleAndRanker(SENTENCES.get(9)[0], "midday yesterday")[1]).isEqualTo("up");
        assertThat(ruleAndRanker(SENTENCES.get(10)[0], "yesterday")[1]).isEqualTo("down");
        // the noun the date's own noun phrase is about
        assertThat(ruleAndRanker(SENTENCES.get(11)[0], "today")[1]).isEqualTo("quiz");
    }

    @Test
    void aVerbWithItsOwnDateNearerThanTheDateIsMarked() {
        // "deposed" has "2001" between it and "Thursday", with no verb between: that is its date, not Thursday
        String s = "Blinken met with his counterpart from Pakistan, the main ally of the Taliban regime that was deposed"
                + " by US troops in 2001, on the sidelines of the UN General Assembly on Thursday.";
        int at = s.indexOf("Thursday");
        ParsedSentence p = parser.parse(s, 0);
        List<TriggerCandidates.Candidate> thursday = candidates.of(p, p.tokenAt(at), p.tokenAt(at), finder.ruleIndex(p, at, at + 8));
        assertThat(thursday).filteredOn(c -> c.features().contains("ownDate"))
                .extracting(c -> p.tokens().get(c.index()).text()).containsExactly("deposed");
        // "met" has "deposed" between it and 2001: 2001 is not its own date
        assertThat(thursday).filteredOn(c -> p.tokens().get(c.index()).text().equals("met"))
                .allMatch(c -> !c.features().contains("ownDate")).isNotEmpty();
        // for 2001 itself no other date stands between
        int y = s.indexOf("2001");
        assertThat(candidates.of(p, p.tokenAt(y), p.tokenAt(y), finder.ruleIndex(p, y, y + 4)))
                .noneMatch(c -> c.features().contains("ownDate"));
    }

    @Test
    void aWordInsideANameIsNoTriggerAndAParticipleAfterAnAdjectiveIsOne() {
        // "es" of "Dar es Salaam" is tagged a verb; between two proper nouns it is part of the name
        String touring = "After touring Tanzanian capital Dar es Salaam Thursday and meeting Kenyan police leaders Friday morning,"
                + " the FBI chief said he was very satisfied.";
        assertThat(ruleAndRanker(touring, "Thursday")).doesNotContain("es");
        // "was last seen": "last" is tagged an adjective, so the participle is the predicate of "was"
        String seen = "He was last seen Nov. 3, the day before authorities issued a warrant in the shooting.";
        int at = seen.indexOf("Nov. 3");
        ParsedSentence p = parser.parse(seen, 0);
        assertThat(candidates.of(p, p.tokenAt(at), p.tokenAt(at + 5), finder.ruleIndex(p, at, at + 6)))
                .anyMatch(c -> p.tokens().get(c.index()).text().equals("seen") && c.features().contains("kind=pred"));
        assertThat(ruleAndRanker(seen, "Nov. 3")[0]).isEqualTo("seen");
    }

    @Test
    void aReportingVerbWithASubordinatorBeforeTheDateIsMarked() {
        // "that" stands between "said" and "last week": the date is the reported clause's, not the saying's
        String s = "Intel said that last week a customer discovered two flaws in its chip.";
        int at = s.indexOf("last week");
        ParsedSentence p = parser.parse(s, 0);
        assertThat(candidates.of(p, p.tokenAt(at), p.tokenAt(at + 5), finder.ruleIndex(p, at, at + 9)))
                .filteredOn(c -> c.features().contains("reportedClause"))
                .extracting(c -> p.tokens().get(c.index()).text()).containsExactly("said");
        // and the trained weights count it against the reporting verb, the rules' choice or not
        assertThat(TriggerRanker.score(List.of("reportedClause"), false)).isNegative();
        assertThat(TriggerRanker.score(List.of("reportedClause"), true)).isNegative();
        // with no subordinator between, the date may be the saying's own
        String own = "Intel said last week that a customer discovered two flaws in its chip.";
        int w = own.indexOf("last week");
        ParsedSentence q = parser.parse(own, 0);
        assertThat(candidates.of(q, q.tokenAt(w), q.tokenAt(w + 5), finder.ruleIndex(q, w, w + 9)))
                .noneMatch(c -> c.features().contains("reportedClause"));
    }

    @Test
    void theParticipleAfterAHeadBeIsACandidate() {
        // "to be completed": the verb phrase's head is "be"; the participle is its predicate and the date's event
        String s = "They said they expect the transaction to be completed by Dec. 15.";
        int at = s.indexOf("Dec. 15");
        ParsedSentence p = parser.parse(s, 0);
        assertThat(candidates.of(p, p.tokenAt(at), p.tokenAt(at + 6), finder.ruleIndex(p, at, at + 7)))
                .anyMatch(c -> p.tokens().get(c.index()).text().equals("completed") && c.features().contains("kind=pred"));
        assertThat(ruleAndRanker(s, "Dec. 15")).containsExactly("transaction", "completed");
    }

    @Test
    void aDateThatClosesAFrontedPhraseBelongsToTheWordsInsideIt() {
        // TimeML anchors the return, not the main clause's verb the rules choose
        String s = "Since the conservative Islamist movement\u2019s return to power in August 2021, the world has struggled"
                + " to deal with a repressive regime that rules over 40 million Afghans in a strategically vital part of Eurasia.";
        assertThat(wordsWith(s, "August 2021", "inFronted")).containsExactly("movement", "return", "power");
        assertThat(wordsWith(s, "August 2021", "afterFronted")).containsExactly("struggled", "deal", "rules");
        assertThat(ruleAndRanker(s, "August 2021")).containsExactly("struggled", "return");
        // the same words with the date in the main clause: no fronted phrase
        String main = "The world has struggled since the movement\u2019s return to power in August 2021, and aid has slowed.";
        assertThat(wordsWith(main, "August 2021", "inFronted")).isEmpty();
        assertThat(wordsWith(main, "August 2021", "afterFronted")).isEmpty();
    }

    @Test
    void aDateThatClosesARelativeClauseInTheSubjectBelongsToTheClause() {
        // the date ends "that opened the plant last year", the subject of "will close": the opening is what it dates
        String s = "The company that opened the plant last year will close it in March.";
        assertThat(wordsWith(s, "last year", "inDatedRelative")).containsExactly("opened");
        assertThat(wordsWith(s, "last year", "afterDatedRelative")).containsExactly("close");
        assertThat(wordsWith(s, "in March", "inDatedRelative")).isEmpty();
        // a participle after a noun opens the clause too ("a list ... released by the ministry on Monday included")
        String reduced = "A list of names released by the ministry on Monday included two generals.";
        assertThat(wordsWith(reduced, "Monday", "inDatedRelative")).containsExactly("released", "ministry");
        assertThat(wordsWith(reduced, "Monday", "afterDatedRelative")).containsExactly("included");
        // a comma after the date ends the subject: no clause to belong to
        String comma = "The company that opened the plant last year, analysts said, will close it.";
        assertThat(wordsWith(comma, "last year", "afterDatedRelative")).isEmpty();
    }

    @Test
    void aWordWithNothingBetweenItAndTheDateIsInItsClause() {
        String s = "The company opened the plant last year and will close it in March.";
        assertThat(wordsWith(s, "last year", "sameClause")).containsExactly("opened");
        assertThat(wordsWith(s, "in March", "sameClause")).containsExactly("close");
    }

    /** The words among a date's candidates that carry a feature, in sentence order. */
    private List<String> wordsWith(String sentence, String date, String feature) {
        int at = sentence.indexOf(date);
        ParsedSentence p = parser.parse(sentence, 0);
        int end = at + date.length();
        return candidates.of(p, p.tokenAt(at), p.tokenAt(end - 1), finder.ruleIndex(p, at, end)).stream()
                .filter(c -> c.features().contains(feature)).map(c -> p.tokens().get(c.index()).text()).toList();
    }

    @Test
    void theRankerKeepsTheRulesWhereTheyAreRight() {
        assertThat(ruleAndRanker(SENTENCES.get(3)[0], "Thursday")).containsExactly("met", "met");
        assertThat(ruleAndRanker(SENTENCES.get(4)[0], "late January")).containsExactly("accepted", "accepted");
        assertThat(ruleAndRanker(SENTENCES.get(5)[0], "January")).containsExactly("ceremony", "ceremony");
        assertThat(ruleAndRanker(SENTENCES.get(6)[0], "the third quarter")).containsExactly("jumped", "jumped");
    }

    @Test
    void everyWeightIsAFeatureTheCodeMakes() {
        assertThat(TriggerRanker.features()).isNotEmpty().allMatch(f -> FEATURE.matcher(f).matches());
    }

    @Test
    void everyFeatureOfRealSentencesHasAWeight() {
        Set<String> computed = new TreeSet<>();
        for (String[] s : SENTENCES) {
            int at = s[0].indexOf(s[1]);
            ParsedSentence p = parser.parse(s[0], 0);
            int ds = p.tokenAt(at);
            int de = p.tokenAt(at + s[1].length() - 1);
            int rule = finder.ruleIndex(p, at, at + s[1].length());
            for (TriggerCandidates.Candidate c : candidates.of(p, ds, de, rule)) {
                computed.addAll(c.features());
            }
        }
        assertThat(computed).hasSizeGreaterThan(40).allMatch(f -> FEATURE.matcher(f).matches());
        assertThat(TriggerRanker.features()).containsAll(computed);
    }

    @Test
    void theRulesChoiceIsACandidateEvenWhenItIsNeitherVerbNorEventNoun() {
        String s = "Net sales for this year's third quarter were $14 million, down from $21.4 million last year.";
        int at = s.indexOf("last year");
        ParsedSentence p = parser.parse(s, 0);
        int rule = finder.ruleIndex(p, at, at + 9);
        assertThat(rule).isGreaterThanOrEqualTo(0);
        assertThat(candidates.of(p, p.tokenAt(at), p.tokenAt(at + 8), rule))
                .anyMatch(c -> c.index() == rule && c.features().contains("rule"));
    }
}
