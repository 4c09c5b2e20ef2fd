package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a candidate reads as a finished label: not longer than {@value #LONGEST} characters, and not stopped on a
 * verb that waits for what the sentence says after it ("A young puffin is doing [well]", "they say will be [as bad]",
 * "The drugmaker said [the vaccine is ready]", "Shares closed [lower]"). A verb may end a label when the sentence
 * ends there or goes on with a phrase of its own (a preposition, a conjunction, a relative word, a mark): "The man
 * died [in hospital]". Thread-safe.
 */
final class Readability {

    /** Past this many characters a label is a sentence, not a label. */
    static final int LONGEST = 100;

    private static final Set<String> WAITING = WordList.loadAll("/dateline/labels/complement-verbs.txt", "/dateline/syntax/reporting-verbs.txt");
    private static final Lemmatizer LEMMAS = new Lemmatizer();
    /** A verb and the preposition it cannot stand without ("rely on", "plan on"). */
    private static final Set<String> PREPOSITION_VERBS = WordList.load("/dateline/labels/preposition-verbs.txt");
    /** Tags of what may follow a verb the label ends on: another phrase starts there. */
    private static final Set<String> PHRASE_STARTS = Set.of("IN", "CC", "WDT", "WP", "WP$", "WRB", ".", ",", ":", "-LRB-", "-RRB-");

    private Readability() {
    }

    /** The candidates that read as finished labels; all of them when none does. */
    static List<Candidate> finished(CompressionInput in, List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (isFinished(in, c.keep())) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? candidates : kept;
    }

    static boolean isFinished(CompressionInput in, boolean[] keep) {
        return length(in.sentence(), keep) <= LONGEST && !endsWaiting(in, keep);
    }

    /** The label's length: its words, one space between each. */
    static int length(ParsedSentence s, boolean[] keep) {
        int n = -1;
        for (int i = 0; i < keep.length; i++) {
            n += keep[i] ? s.tokens().get(i).text().length() + 1 : 0;
        }
        return Math.max(n, 0);
    }

    /** Does the label end on a verb whose complement the sentence gives after it and the label leaves out? */
    static boolean endsWaiting(CompressionInput in, boolean[] keep) {
        List<Token> tokens = in.sentence().tokens();
        int last = Candidates.last(keep);
        if (last < 0) {
            return false;
        }
        Token verb = tokens.get(last);
        if (!verb.tag().startsWith("VB") && !verb.tag().equals("MD")) {
            return false;
        }
        int next = last + 1;
        while (next < tokens.size() && (in.date()[next] || isQuote(tokens.get(next)))) {
            next++; // "Talks began [last September]": the date is no complement
        }
        if (next >= tokens.size() || tokens.get(next).tag().equals(".")) {
            return false; // the sentence ends with the verb
        }
        if (WAITING.contains(LEMMAS.lemma(verb))) {
            return true;
        }
        Token after = tokens.get(next);
        if (PREPOSITION_VERBS.contains(LEMMAS.lemma(verb) + " " + after.lower())) {
            return true; // "it plans [on removing an ingredient]"
        }
        return !(PHRASE_STARTS.contains(after.tag()) && !after.lower().equals("that") || after.isPunctuation());
    }

    private static boolean isQuote(Token t) {
        String w = t.text();
        return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("''") || w.equals("``") || w.equals("'");
    }
}
