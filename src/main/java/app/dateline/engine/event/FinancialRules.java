package app.dateline.engine.event;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of earnings reports that {@link TriggerFinder} reads apart from other sentences:
 * <ul>
 *   <li>a per-share amount set off by commas ("a net loss of $8 million, or 50 cents a share, for the quarter") is
 *       passed, so the date reaches what the amount measures;</li>
 *   <li>"the quarter ended Sept. 30" is one date for the "the quarter" half, which dates what the sentence says of
 *       the quarter;</li>
 *   <li>"had a loss of $5 million a year ago": "have" with an event noun names the event itself;</li>
 *   <li>a measure ({@code resources/dateline/syntax/measure-nouns.txt}: earnings, income, profit...) is the event
 *       when set against the date's period ("compared with year-earlier profit", "versus net income of $5
 *       million ... a year earlier") or given its amount by "be" ("net income was $2 million").</li>
 * </ul>
 * Thread-safe.
 */
final class FinancialRules {

    private static final Set<String> MEASURE_NOUNS = WordList.load("/dateline/syntax/measure-nouns.txt");
    private static final Set<String> COMPARISONS = Set.of("versus", "vs.", "vs");
    private static final Set<String> PERIOD_ENDS = Set.of("ended", "ending");
    private static final Pattern PERIOD = Pattern.compile("quarter|year|period|months|half|weeks");
    /** How far back from its closing comma a per-share amount may start. */
    private static final int PER_SHARE_REACH = 12;

    private FinancialRules() {
    }

    /**
     * "for the quarter ended Sept. 30": when the date at {@code de} is a period followed by "ended"/"ending", the
     * last token of the whole phrase (the period dates what the sentence says of it, not its end); else {@code de}.
     */
    static int periodEnded(ParsedSentence s, int de) {
        List<Token> tokens = s.tokens();
        if (de + 1 < tokens.size() && PERIOD_ENDS.contains(tokens.get(de + 1).lower()) && PERIOD.matcher(tokens.get(de).lower()).find()) {
            return periodEnd(s, de + 1);
        }
        return de;
    }

    /** The last token of "ended Sept. 30": from {@code ended} on, the numbers, names and commas of the date. */
    private static int periodEnd(ParsedSentence s, int ended) {
        List<Token> tokens = s.tokens();
        int last = ended;
        while (last + 1 < tokens.size() && (tokens.get(last + 1).tag().equals("CD") || tokens.get(last + 1).isProperNoun()
                || PERIOD.matcher(tokens.get(last + 1).lower()).find() || tokens.get(last + 1).tag().equals("DT")
                || tokens.get(last + 1).text().equals(",") && last + 2 < tokens.size() && tokens.get(last + 2).tag().equals("CD"))) {
            last++;
        }
        return last;
    }

    /**
     * The opening comma of a per-share amount set off before {@code comma} ("a loss of $8.1 million, or $2.14 a
     * share, for the quarter"): the date dates what the amount measures, so the amount is passed. -1 when the
     * words before {@code comma} are no such amount.
     */
    static int perShareOpening(ParsedSentence s, int comma) {
        List<Token> tokens = s.tokens();
        if (comma < 0 || !tokens.get(comma).text().equals(",")) {
            return -1;
        }
        boolean share = false;
        for (int i = comma - 1; i >= 0 && comma - i <= PER_SHARE_REACH; i--) {
            Token w = tokens.get(i);
            if (w.text().equals(",")) {
                return share && i + 1 < comma && tokens.get(i + 1).lower().equals("or") ? i : -1;
            }
            share |= w.lower().equals("share");
        }
        return -1;
    }

    /** "had a loss of $2.3 million ... a year ago": the verb before an event noun is "have", the light verb. */
    static boolean lightVerb(Lemmatizer lemmatizer, Token verb) {
        return lemmatizer.lemma(verb).equals("have");
    }

    /** A noun of {@code measure-nouns.txt}: earnings, income, profit, revenue, sales. */
    static boolean isMeasure(Token w) {
        return w.isNoun() && MEASURE_NOUNS.contains(w.lower());
    }

    /** "compared with net income of $5.3 million a year earlier": the measure heading {@code j}'s phrase is set against the date's. */
    static boolean comparedMeasure(ParsedSentence s, int j) {
        if (!isMeasure(s.tokens().get(j))) {
            return false;
        }
        int first = s.chunks().get(s.chunkOf(j)).first();
        if (COMPARISONS.contains(s.tokens().get(first).lower())) {
            return true;
        }
        String before = first >= 1 ? s.tokens().get(first - 1).lower() : "";
        return COMPARISONS.contains(before) || before.equals("with") && first >= 2 && s.tokens().get(first - 2).lower().equals("compared");
    }
}
