package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * What {@link TriggerCandidates} knows of each word of one sentence, whatever the date: its phrase, whether it is a
 * verb head or an event noun, its lemma (verbs only), lower-cased form, candidate class, and its candidate kind when it is the
 * predicate of "be" or an "-ing" noun. Computed once a sentence, not once a date: a sentence's dates share it.
 * Immutable.
 */
final class SentenceClasses {

    final ParsedSentence sentence;
    /** Each token's phrase (index into the sentence's chunks), or -1. */
    final int[] chunk;
    final boolean[] verbs;
    final boolean[] nouns;
    final String[] lemma;
    final String[] lower;
    /** The candidate class TriggerRanker weighs ("V_VBD", "N", "O_JJ"...) and its feature name ("cls=V_VBD"). */
    final String[] cls;
    final String[] clsFeature;
    final boolean[] comma;
    /** The bits of TriggerCandidates.BETWEEN each word sets between a candidate and its date. */
    final int[] between;
    /** "pred" or "ing" (TriggerCandidates' kinds that do not depend on the date), else null. */
    final String[] kinds;

    SentenceClasses(ParsedSentence p, TriggerFinder finder, Lemmatizer lemmatizer, Set<String> particles,
            java.util.function.ToIntBiFunction<Token, String> betweenMarks) {
        sentence = p;
        List<Token> t = p.tokens();
        int n = t.size();
        chunk = new int[n];
        java.util.Arrays.fill(chunk, -1);
        List<Chunk> chunks = p.chunks();
        // the first phrase holding each token, as ParsedSentence.chunkOf finds it
        for (int c = chunks.size() - 1; c >= 0; c--) {
            for (int k = Math.max(0, chunks.get(c).first()); k <= chunks.get(c).last() && k < n; k++) {
                chunk[k] = c;
            }
        }
        verbs = new boolean[n];
        nouns = new boolean[n];
        lemma = new String[n];
        lower = new String[n];
        kinds = new String[n];
        cls = new String[n];
        clsFeature = new String[n];
        comma = new boolean[n];
        between = new int[n];
        for (int i = 0; i < n; i++) {
            Token w = t.get(i);
            int c = chunk[i];
            // a verb head is the head of its phrase (TriggerFinder.isVerbHead asks that first)
            verbs[i] = c >= 0 && chunks.get(c).head() == i && finder.isVerbHead(p, i);
            nouns[i] = finder.isEventNoun(w);
            // only a verb's lemma is asked for (its classes, "be")
            lemma[i] = w.isVerb() ? lemmatizer.lemma(w) : null;
            lower[i] = w.lower();
            String[] names = CLASS_NAMES.computeIfAbsent(w.tag(), SentenceClasses::classNames);
            int k = verbs[i] ? 0 : nouns[i] ? 2 : 4;
            cls[i] = names[k];
            clsFeature[i] = names[k + 1];
            comma[i] = w.text().equals(",");
            between[i] = betweenMarks.applyAsInt(w, lower[i]);
        }
        for (int i = 0; i < n; i++) {
            Token w = t.get(i);
            if (verbs[i] && lemma[i].equals("be")) {
                int j = i + 1;
                while (j < n && (t.get(j).tag().startsWith("RB") && !particles.contains(lower[j]))) {
                    j++;
                }
                if (j + 1 < n && t.get(j).tag().startsWith("JJ") && t.get(j + 1).tag().equals("VBN")) {
                    kinds[j + 1] = "pred"; // "was last seen", "was first reported": the participle (tagged after a JJ)
                } else if (j < n && t.get(j).tag().equals("VBN") && !verbs[j]) {
                    kinds[j] = "pred"; // "to be completed by Dec. 15": the participle the phrase's head "be" carries
                } else if (j < n && (t.get(j).tag().startsWith("JJ") || particles.contains(lower[j]))) {
                    kinds[j] = "pred";
                } else if (j < n && chunk[j] >= 0 && chunks.get(chunk[j]).isNounPhrase()) {
                    int h = chunks.get(chunk[j]).head();
                    kinds[h] = commonNoun(t.get(h)) ? "pred" : kinds[h];
                }
            }
            if (commonNoun(w) && lower[i].endsWith("ing") && lower[i].length() > 5 && Character.isLetter(w.text().charAt(0))) {
                kinds[i] = kinds[i] == null ? "ing" : kinds[i];
            }
        }
    }

    /** A tag's candidate class as a verb head, an event noun and anything else, each followed by its feature name. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CLASS_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] classNames(String tag) {
        String verb = "V_" + (tag.equals("VBZ") || tag.equals("VBP") ? "VBPZ" : tag);
        String other = "O_" + tag.substring(0, Math.min(2, tag.length()));
        return new String[] {verb, "cls=" + verb, "N", "cls=N", other, "cls=" + other};
    }

    static boolean commonNoun(Token w) {
        return w.isNoun() && !w.isProperNoun();
    }
}
