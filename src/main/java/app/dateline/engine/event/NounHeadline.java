package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A headline that is a noun phrase: when the date is about an event noun that a lead-in phrase or a
 * "following" / "after" phrase holds ("At a May 2023 conference for special envoys on Afghanistan, Guterres
 * affirmed ..." -> "A conference for special envoys on Afghanistan"; "following the terrorist attacks of
 * September 11, 2001" -> "The terrorist attacks"), and the date is inside that phrase, the event is that noun with its possessor and the phrases
 * that say what it was of, for, on or to ("return to power"), not the clause around it. A possessor that describes
 * a group ("the conservative Islamist movement's return") gets the organisation the sentence before names
 * ({@link PronounResolver#organisation}: "The Taliban's return to power").
 */
final class NounHeadline {

    /** Prepositions that, away from the sentence's start, still open a phrase about another event. */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of("following", "after", "before", "amid", "during");
    /** Prepositions whose phrase says what the event was of, for, on or against. */
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "on", "with", "against", "between", "over", "to");

    private NounHeadline() {
    }

    /** The noun phrase headline, or null when the trigger is not an event noun in such a phrase. */
    static String of(ParsedSentence s, int trigger, boolean[] skip) {
        Headline h = of(s, trigger, skip, HeadlineMaker.Context.NONE);
        return h == null ? null : h.text();
    }

    /**
     * The event noun of a sentence-opening phrase that holds the date, when the main clause follows a comma:
     * "Since the movement's return to power in August 2021, the world has struggled" -> "return" (the date is
     * the return's, whatever the main clause's verb). The noun right before the date, or before one "to"/"of"
     * phrase and the date; -1 when there is none.
     */
    static int leadInNoun(ParsedSentence s, boolean[] skip, Predicate<Token> eventNoun) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || skip[0] || !tokens.get(0).tag().equals("IN")) {
            return -1;
        }
        int date = -1;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                break;
            }
            if (t.isVerb() || HeadlineWords.STOPS.contains(t.text())) {
                return -1; // a clause, not a phrase
            }
            if (skip[i] && date < 0) {
                date = i;
            }
        }
        int j = date - 1;
        while (j > 0 && skip[j]) {
            j--;
        }
        for (int n = 0; n < 2 && j > 0 && HeadlineWords.nounPhraseAt(s, j) && !skip[j]; n++) {
            Chunk np = s.chunks().get(s.chunkOf(j));
            if (eventNoun.test(tokens.get(np.head()))) {
                return np.head();
            }
            j = np.first() - 1;
            if (j <= 0 || !COMPLEMENTS.contains(tokens.get(j).lower())) {
                return -1;
            }
            j--;
        }
        return -1;
    }

    /**
     * The event noun of a noun phrase that opens the sentence and holds the date with its phrases, when the phrase
     * is one of several things the sentence's subject lists ("The Arab League's readmission of Assad last year and
     * the economic relations that many countries have maintained with Russia show ..." -> "readmission"): the date
     * is that noun's, not the verb's of the clause after it. -1 when the phrase is followed by its own verb ("The
     * launch of the probe in March made the agency famous": the clause's headline says it) or holds no event noun.
     */
    static int openingNoun(ParsedSentence s, boolean[] skip, Predicate<Token> eventNoun) {
        List<Token> tokens = s.tokens();
        int open = 0;
        while (open < tokens.size() && skip[open]) {
            open++;
        }
        if (open >= tokens.size() || !HeadlineWords.nounPhraseAt(s, open) || s.chunks().get(s.chunkOf(open)).first() != open) {
            return -1;
        }
        Chunk np = s.chunks().get(s.chunkOf(open));
        if (!eventNoun.test(tokens.get(np.head())) || skip[np.head()]) {
            return -1;
        }
        int end = complements(s, new boolean[tokens.size()], skip, np.last());
        int after = end + 1;
        boolean dated = false;
        for (int i = np.first(); i < after; i++) {
            dated |= skip[i];
        }
        // "Talks on Monday [and] Tuesday ended": an "and" between two dates is theirs, not the list's
        while (after < tokens.size() && (skip[after] || SubjectFinder.joinsDates(tokens, skip, after))) {
            dated = true;
            after++;
        }
        return dated && after < tokens.size() && tokens.get(after).lower().equals("and") ? np.head() : -1;
    }

    /**
     * The possessive mark of a noun phrase that holds its date between its possessor and its head ("Donald
     * Trump's November 2023 comment", "Xi's January ceremony"): the date is the head's; -1 when it has none.
     */
    private static int possessor(ParsedSentence s, Chunk np, boolean[] skip) {
        for (int i = np.first() + 1; i < np.head(); i++) {
            if (s.tokens().get(i).tag().equals("POS")) {
                for (int d = i + 1; d < np.head(); d++) {
                    if (skip[d]) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * A "that" clause after the noun says what was said ("comment that the United States should enter a deal"):
     * kept with its verb and object, trailing phrases off while the headline is long; past that, the possessor
     * keeps its last name ("Trump's comment that ..."), and a clause still too long goes whole.
     */
    private static void said(ParsedSentence s, boolean[] keep, boolean[] skip, int end, int owner) {
        List<Token> tokens = s.tokens();
        if (end + 2 >= tokens.size() || !tokens.get(end + 1).lower().equals("that") || !ClauseTrimmer.finiteClauseAt(s, end + 2)) {
            return;
        }
        int group = -1;
        for (int c = s.chunkOf(end + 2); c < s.chunks().size() && group < 0; c++) {
            if (s.chunks().get(c).isVerbGroup()) {
                group = c;
            }
        }
        if (group < 0) {
            return;
        }
        int verbEnd = s.chunks().get(group).last();
        int clauseEnd = ClauseTrimmer.objectEnd(s, verbEnd + 1, skip.clone(), false);
        for (int i = end + 1; i < clauseEnd; i++) {
            keep[i] = !skip[i];
        }
        ClauseTrimmer.trimTail(s, keep);
        for (int cut = clauseEnd - 1; cut > verbEnd + 1 && HeadlineText.render(s, keep, null, null).length() > HeadlineMaker.TARGET; cut--) {
            if (keep[cut] && ClauseTrimmer.isCutPoint(s, cut, skip)) {
                ClauseTrimmer.cutFrom(s, keep, cut);
            }
        }
        for (int i = owner - 2; i >= 0 && keep[i] && tokens.get(i).isProperNoun()
                && HeadlineText.render(s, keep, null, null).length() > HeadlineMaker.TARGET; i--) {
            keep[i] = false; // "Trump's", the last name alone
        }
        if (HeadlineText.render(s, keep, null, null).length() > HeadlineMaker.TARGET) {
            for (int i = end + 1; i < keep.length; i++) {
                keep[i] = false;
            }
        }
    }

    /**
     * Keeps up to two complements of the noun phrase ending at {@code end} ("the first death [of a child] [from the
     * virus]") and returns where the kept phrase ends.
     */
    private static int complements(ParsedSentence s, boolean[] keep, boolean[] skip, int end) {
        List<Token> tokens = s.tokens();
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
        return end;
    }

    /**
     * The event noun {@code head} as a headline: its noun phrase and up to two complements ("The first death of a
     * child from the new virus"), or null when {@code head} heads no noun phrase. For a speaker's own words ("I do
     * have to confirm that we have the first death of a child"): the happening they tell, not the speaker's "I".
     */
    static Headline phrase(ParsedSentence s, int head, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (head < 0 || !tokens.get(head).isNoun() || skip[head]) {
            return null;
        }
        Chunk np = s.chunks().get(s.chunkOf(head));
        if (!np.isNounPhrase() || np.head() != head) {
            return null;
        }
        boolean[] keep = new boolean[tokens.size()];
        for (int i = np.first(); i <= np.last(); i++) {
            keep[i] = !skip[i];
        }
        complements(s, keep, skip, np.last());
        ClauseTrimmer.trimTail(s, keep);
        Headline text = HeadlineText.headline(s, keep, null, null);
        return text.text().isEmpty() ? null : text.capitalised();
    }

    /**
     * Whether the date follows a happening's noun with "of" ("the Exxon Valdez disaster [of 1989]", "the attacks [of
     * September 11, 2001]"): the date is that happening's, whatever clause holds it. The noun is one of
     * event-nouns.txt, not "event" (too vague to be a label); a plural only before a day ("the finest releases of 2009",
     * "debates of the 1960s" are kinds of things, not one happening); no superlative in its phrase.
     */
    private static boolean datedByOf(ParsedSentence s, Chunk np, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int of = np.last() + 1;
        if (of + 1 >= tokens.size() || !tokens.get(of).lower().equals("of") || !skip[of] || !skip[of + 1]
                || tokens.get(of + 1).tag().equals("DT")) {
            return false; // nor "the campaign of the year": an award's name
        }
        Token noun = tokens.get(np.head());
        boolean one = noun.tag().equals("NN") || tokens.get(of + 1).tag().equals("NNP");
        for (int i = np.first(); i <= np.last(); i++) {
            one &= !tokens.get(i).tag().equals("JJS");
        }
        return one && TriggerFinder.isListedEventNoun(noun) && !Lemmatizer.plural(noun.lower()).equals("event");
    }

    /** As {@link #of(ParsedSentence, int, boolean[])}, with the sentences before for a possessor that describes a group. */
    static Headline of(ParsedSentence s, int trigger, boolean[] skip, HeadlineMaker.Context context) {
        List<Token> tokens = s.tokens();
        if (trigger < 0 || !tokens.get(trigger).isNoun()) {
            return null;
        }
        int c = s.chunkOf(trigger);
        Chunk np = s.chunks().get(c);
        if (!np.isNounPhrase() || np.head() != trigger) {
            return null;
        }
        int owner = possessor(s, np, skip);
        int p = np.first() - 1;
        while (p >= 0 && skip[p] && !tokens.get(p).tag().equals("IN")) {
            p--;
        }
        if (p < 0 && owner < 0) {
            return null;
        }
        Token preposition = p < 0 ? null : tokens.get(p);
        boolean leadIn = p == 0 && preposition.tag().equals("IN");
        if (!leadIn && (preposition == null || !EVENT_PREPOSITIONS.contains(preposition.lower())) && owner < 0
                && !datedByOf(s, np, skip)) {
            return null;
        }
        boolean[] keep = new boolean[tokens.size()];
        for (int i = np.first(); i <= np.last(); i++) {
            keep[i] = !skip[i] || i == np.first() && tokens.get(i).tag().equals("DT");
        }
        int named = owner < 0 ? -1 : SubjectFinder.titledName(s, owner - 1);
        for (int i = np.first(); i < named; i++) {
            keep[i] = false; // "former President Donald Trump's comment": Donald Trump's
        }
        int end = complements(s, keep, skip, np.last());
        boolean dated = false;
        for (int i = np.first(); i <= Math.min(end + 1, tokens.size() - 1); i++) {
            dated |= skip[i];
        }
        if (!dated) {
            return null; // "following a crash on the A17 near Sleaford this morning": the date is the clause's
        }
        if (owner >= 0) {
            said(s, keep, skip, end, owner);
        }
        ClauseTrimmer.trimTail(s, keep);
        int[] possessor = null;
        Headline organisation = null;
        for (int i = np.first() + 1; i < np.head(); i++) {
            if (tokens.get(i).tag().equals("POS") && PronounResolver.isGroupDescription(s, np.first(), i - 1)) {
                organisation = PronounResolver.organisation(context);
                possessor = new int[] {np.first(), i - 1};
            }
        }
        Headline text = HeadlineText.headline(s, keep, possessor, organisation);
        return text.text().isEmpty() ? null : text.capitalised();
    }
}
