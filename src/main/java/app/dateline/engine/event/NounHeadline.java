package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * A headline that is a noun phrase: when the date is about an event noun that a lead-in phrase or a
 * "following" / "after" phrase holds ("At a May 2023 conference for special envoys on Afghanistan, Guterres
 * affirmed ..." -> "A conference for special envoys on Afghanistan"; "following the terrorist attacks of
 * September 11, 2001" -> "The terrorist attacks"), and the date is inside that phrase, the event is that noun with its possessor and the phrases
 * that say what it was of, for or on, not the clause around it.
 */
final class NounHeadline {

    /** Prepositions that, away from the sentence's start, still open a phrase about another event. */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of("following", "after", "before", "amid", "during");
    /** Prepositions whose phrase says what the event was of, for, on or against. */
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "on", "with", "against", "between", "over");

    private NounHeadline() {
    }

    /** The noun phrase headline, or null when the trigger is not an event noun in such a phrase. */
    static String of(ParsedSentence s, int trigger, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (trigger < 0 || !tokens.get(trigger).isNoun()) {
            return null;
        }
        int c = s.chunkOf(trigger);
        Chunk np = s.chunks().get(c);
        if (!np.isNounPhrase() || np.head() != trigger) {
            return null;
        }
        int p = np.first() - 1;
        while (p >= 0 && skip[p] && !tokens.get(p).tag().equals("IN")) {
            p--;
        }
        if (p < 0) {
            return null;
        }
        Token preposition = tokens.get(p);
        boolean leadIn = p == 0 && preposition.tag().equals("IN");
        if (!leadIn && !EVENT_PREPOSITIONS.contains(preposition.lower())) {
            return null;
        }
        boolean[] keep = new boolean[tokens.size()];
        for (int i = np.first(); i <= np.last(); i++) {
            keep[i] = !skip[i] || i == np.first() && tokens.get(i).tag().equals("DT");
        }
        int end = np.last();
        for (int n = 0; n < 2 && end + 2 < tokens.size(); n++) {
            Token link = tokens.get(end + 1);
            if (!COMPLEMENTS.contains(link.lower()) || skip[end + 1] || !HeadlineWords.nounPhraseAt(s, end + 2) || skip[end + 2]) {
                break;
            }
            Chunk next = s.chunks().get(s.chunkOf(end + 2));
            keep[end + 1] = true;
            for (int i = next.first(); i <= next.last(); i++) {
                keep[i] = !skip[i];
            }
            end = next.last();
        }
        boolean dated = false;
        for (int i = np.first(); i <= Math.min(end + 1, tokens.size() - 1); i++) {
            dated |= skip[i];
        }
        if (!dated) {
            return null; // "following a crash on the A17 near Sleaford this morning": the date is the clause's
        }
        ClauseTrimmer.trimTail(s, keep);
        String text = HeadlineText.render(s, keep, null, null);
        return text.isEmpty() ? null : HeadlineText.capitalise(text);
    }
}
