package app.dateline.engine.syntax;

import java.util.Arrays;
import java.util.Set;

/**
 * A sentence's main clause without a verb with a tense, where the model, reading left to right, took its verb for
 * another word: "The city police on Friday foiled[JJ] the gang's plan", "The council plans[NNS] to close the
 * library", "Mayors from five states urge[NN] members of Congress". Then the word that may have a tense and gives
 * the most probable tagging with it (the words after it tagged again) is the verb, when that tagging is at least
 * {@link #LEAST_ODDS} as probable as the model's. A sentence has a main clause short of a verb when it holds no more
 * verbs with a tense than clause openers ("who", "where", "that") and none before the first opener, where the word is
 * sought (not a noun before a name, which is the name's title: "soprano Lisa Milne", nor a word after a comma, which
 * opens an insert: "The leak, set off by an explosion that killed 11 workers, will not be stopped"). An
 * imperative ("Pack the boxes and let them go"), a fronted phrase before its comma ("In the case of the flu outbreak,
 * ...") and a headline without a verb ("Stocks to watch at the close") are left as the model reads them.
 */
final class MissingVerb {

    private static final Set<String> FINITE = GreedyDecoder.FINITE;
    /**
     * The tags the model gives a verb it misreads: an adjective or participle ("foiled"), a noun ("plans", "urge"); not a
     * name's word ("the JP Morgan Asset Management Round the Island Race" has no verb "Round").
     */
    private static final Set<String> MISREAD = Set.of("NN", "NNS", "JJ", "VBN", "VB");
    /** How much less probable than the model's tagging the tagging with a verb may be (e^-3: about 1 in 20). */
    static final double LEAST_ODDS = Math.exp(-3);
    /** Below this a word's probability of a tense is no reading worth trying. */
    private static final double LEAST_FINITE = 0.001;

    private MissingVerb() {
    }

    /**
     * Whether the word may take {@code tag} by the model's tag dictionary ({@code allowed}, null: any tag); a regular
     * verb's past tense is its participle ("arrested" is known as a participle only).
     */
    static boolean mayBe(String word, String[] allowed, String tag) {
        if (allowed == null || Arrays.asList(allowed).contains(tag)) {
            return true;
        }
        return tag.equals("VBD") && word.endsWith("ed") && Arrays.asList(allowed).contains("VBN");
    }

    /**
     * Whether the word at {@code i} opens an insert between commas before the main clause's verb: "The leak, [set] off by
     * an explosion that killed 11 workers, will not be stopped" (after the closing comma a verb has its tense).
     */
    private static boolean opensInsert(String[] words, String[] tags, int i) {
        if (!words[i - 1].equals(",")) {
            return false;
        }
        int comma = i + 1;
        while (comma < words.length && !words[comma].equals(",")) {
            comma++;
        }
        for (int k = comma + 1; k < tags.length; k++) {
            if (FINITE.contains(tags[k])) {
                return true;
            }
        }
        return false;
    }

    /** The tags with the main clause's verb, or null when the sentence has its verb or no reading gives it one. */
    static String[] repair(String[] words, String[] tags, GreedyDecoder decoder) {
        int finites = 0;
        int openers = 0;
        int firstOpener = tags.length;
        int beforeOpener = 0; // tenses before the first opener: the main clause's own
        for (int i = 0; i < tags.length; i++) {
            finites += FINITE.contains(tags[i]) ? 1 : 0;
            beforeOpener += FINITE.contains(tags[i]) && openers == 0 ? 1 : 0;
            if (tags[i].startsWith("W") || words[i].equalsIgnoreCase("that")) {
                openers++;
                firstOpener = Math.min(firstOpener, i);
            }
        }
        int first = 0;
        while (first < tags.length && tags[first].equals("RB")) {
            first++;
        }
        if (finites > openers || beforeOpener > 0 || first >= tags.length || tags[first].equals("VB")) {
            return null; // a verb for each clause, or an imperative ("Now consider that ...")
        }
        int from = 1;
        if (tags[first].equals("IN") && !(first + 1 < tags.length && tags[first + 1].equals("CD"))) {
            // (not a number's bound: "Between 3 and 5 million people experience[NN] severe illness")
            from = first;
            while (from < firstOpener && !words[from].equals(",")) {
                from++; // a fronted phrase: the verb comes after its comma
            }
            from++;
        }
        GreedyDecoder.Decoding decoding = decoder.decoded(words); // the same tags, with their probabilities
        double model = decoding.logProbability(0, tags.length);
        String[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = from; i < firstOpener; i++) {
            if (!MISREAD.contains(tags[i]) || decoding.finite[i] < LEAST_FINITE
                    || tags[i].equals("NN") && i + 1 < tags.length && tags[i + 1].startsWith("NNP") || opensInsert(words, tags, i)) {
                // (a noun before a name is its title: "soprano Lisa Milne")
                continue;
            }
            String[] tried = tags.clone();
            tried[i] = decoding.finiteTag[i];
            GreedyDecoder.Decoding rest = new GreedyDecoder.Decoding(tags.length);
            decoder.decode(words, tried, i + 1, rest);
            double score = decoding.logProbability(0, i) + Math.log(decoding.finite[i]) + rest.logProbability(i + 1, tags.length);
            if (score > bestScore) {
                bestScore = score;
                best = tried;
            }
        }
        return best != null && bestScore - model >= Math.log(LEAST_ODDS) ? best : null;
    }
}
