package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.FINITE;
import static app.dateline.engine.event.HeadlineWords.REPORTING;
import static app.dateline.engine.event.HeadlineWords.STOPS;
import static app.dateline.engine.event.HeadlineWords.SUBORDINATORS;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the verb a headline is built on: the main clause's finite verb (past any lead-in clause), the one
 * nearest a trigger noun, or the verb of the clause a reporting verb introduces ("alleged that ... was
 * misusing"). Thread-safe.
 */
final class EventVerb {

    private static final Set<String> NOT_MAIN = Set.of("according", "including", "following", "compared");
    /** Reporting verbs whose object is whom they tell, before the "that" of what they tell ("told the House that"). */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind", "notify");

    private final Lemmatizer lemmatizer = new Lemmatizer();

    String lemma(Token t) {
        return lemmatizer.lemma(t);
    }

    /** Whether the verb group holding token {@code verb} only reports ("said", "stated", "affirmed"). */
    boolean reports(ParsedSentence s, int verb) {
        return REPORTING.contains(lemma(s.tokens().get(verb)));
    }

    /**
     * The verb of the sentence's main event: the finite verb nearest the trigger noun, or the first finite verb
     * after any lead-in (a clause before the first comma that opens with a preposition or subordinator).
     *
     * @return the verb's token index, or -1 when the sentence has none
     */
    int main(ParsedSentence s, int trigger, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int from = 0;
        String first = tokens.get(0).lower();
        if (tokens.get(0).tag().equals("IN") || SUBORDINATORS.contains(first) || tokens.get(0).tag().equals("VBG")
                || tokens.get(0).tag().equals("VBN")) {
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(",")) {
                    from = i + 1;
                    break;
                }
            }
        }
        if (trigger >= 0) {
            // The trigger's own stretch of the sentence (no comma between) tells the event the date is about:
            // "since the Taliban overthrew the country's U.S.-backed government in July 2021".
            int near = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (isHead(s, i, skip, true) && !separated(s, i, trigger)
                        && (near < 0 || Math.abs(i - trigger) < Math.abs(near - trigger))) {
                    near = i;
                }
            }
            if (near >= 0) {
                return near;
            }
        }
        // Finite verbs of the main clause first, then finite verbs of other clauses, then any verb.
        for (int pass = 0; pass < 3; pass++) {
            int best = -1;
            for (int i = from; i < tokens.size(); i++) {
                if (isHead(s, i, skip, pass < 2) && (pass > 0 || !subordinate(s, i))) {
                    if (trigger < 0) {
                        return i;
                    }
                    if (best < 0 || Math.abs(i - trigger) < Math.abs(best - trigger)) {
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            if (pass == 0 && from > 0) {
                from = 0; // the lead-in may hold the only verb: look there too
                pass = -1;
            }
        }
        return -1;
    }

    /**
     * Whether verb {@code v} is in a relative or subordinate clause: a relative pronoun, "that" or a
     * subordinator comes before it in its part of the sentence (between commas), with no other verb between.
     */
    static boolean subordinate(ParsedSentence s, int v) {
        List<Token> tokens = s.tokens();
        for (int i = s.chunks().get(s.chunkOf(v)).first() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (STOPS.contains(t.text())) {
                return false;
            }
            if (t.tag().startsWith("W") || w.equals("that") || SUBORDINATORS.contains(w)
                    && (t.tag().equals("IN") || t.tag().equals("RB") || t.tag().equals("WRB"))) {
                return true;
            }
            if (t.isVerb() && FINITE.contains(t.tag())) {
                // "who fronted the band and won acclaim": a verb joined by "and" shares its clause.
                return coordinated(s, i, v) && subordinate(s, i);
            }
        }
        return false;
    }

    /** Whether an "and" or "or" joins verb {@code u}'s group to verb {@code v}'s, with no comma clause between. */
    private static boolean coordinated(ParsedSentence s, int u, int v) {
        for (int i = s.chunks().get(s.chunkOf(u)).last() + 1; i < s.chunks().get(s.chunkOf(v)).first(); i++) {
            String w = s.tokens().get(i).lower();
            if (s.tokens().get(i).tag().equals("CC") && (w.equals("and") || w.equals("or"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the saying takes back what it reports ("I don't think we will fully understand", "BP denied the well was
     * leaking"): the clause alone would say the opposite.
     */
    private boolean gainsays(ParsedSentence s, int verb) {
        Chunk group = s.chunks().get(s.chunkOf(verb));
        for (int i = group.first(); i <= group.last(); i++) {
            if (NEGATIONS.contains(s.tokens().get(i).lower())) {
                return true;
            }
        }
        return lemma(s.tokens().get(verb)).equals("deny");
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    /**
     * "An RTI activist has alleged that the Rajasthan Government was misusing public funds": the event is what
     * was said, the verb of the reported clause, when the sentence's main verb only reports it.
     *
     * @return the reported clause's verb, or {@code verb} itself
     */
    int reported(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (!reports(s, verb) || gainsays(s, verb)) {
            return verb;
        }
        int i = s.chunks().get(s.chunkOf(verb)).last() + 1;
        boolean that = false; // a "that" the object's reading has already marked to leave out still opens the clause
        while (i < tokens.size() && skip[i]) {
            that |= tokens.get(i).lower().equals("that");
            i++;
        }
        if (!that && i < tokens.size() && tokens.get(i).lower().equals("that")) {
            that = true;
            i++;
        } else if (!that) {
            int after = ADDRESSED.contains(lemma(tokens.get(verb))) ? thatAfterObject(s, i, skip) : -1;
            if (after < 0 && i + 1 < tokens.size() && tokens.get(i).tag().equals("IN") && !tokens.get(i).lower().equals("that")
                    && !HeadlineWords.SUBORDINATORS.contains(tokens.get(i).lower())) {
                after = thatAfterObject(s, i + 1, skip); // "said in a press conference on Tuesday that BP had contained"
            }
            if (after > 0) {
                that = true; // "told an IOC conference in Sochi Wednesday that Russia was compensating"
                i = after;
            }
        }
        int opening = that ? ClauseTrimmer.openingClauseEnd(s, i, skip) : -1;
        if (opening > 0) {
            i = opening + 1; // "said that when the nurse saw the patient had died, she called": what was said follows the clause
        }
        // The reported clause opens right after the verb (or its "that"): a subject and its finite verb, or,
        // after "that", a clause with a lead-in. "revealed the cover for his story, which features" reports none.
        int commas = 0;
        boolean relativePassed = false;
        boolean subject = false; // a noun phrase has opened the clause
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (skip[i] || HeadlineWords.QUOTES.contains(t.text())) {
                continue;
            }
            if (t.text().equals(",") && that && ++commas <= 2) {
                continue;
            }
            if (that && !relativePassed && t.tag().startsWith("W") && i > 0 && tokens.get(i - 1).isNoun()) {
                // "confirmed that a 42-year-old who had not visited Mexico had become infected": the relative
                // clause inside the said clause's subject is passed, to its first verb group
                int k = i + 1;
                while (k < tokens.size() && !(s.chunkOf(k) >= 0 && s.chunks().get(s.chunkOf(k)).isVerbGroup())
                        && !STOPS.contains(tokens.get(k).text()) && !tokens.get(k).tag().equals(".")) {
                    k++;
                }
                if (k < tokens.size() && s.chunkOf(k) >= 0 && s.chunks().get(s.chunkOf(k)).isVerbGroup()) {
                    relativePassed = true;
                    i = s.chunks().get(s.chunkOf(k)).last();
                    continue;
                }
            }
            if (STOPS.contains(t.text()) && !HeadlineWords.hyphen(s, i) || t.tag().equals(".") || t.tag().startsWith("W")) {
                return verb;
            }
            if (isHead(s, i, skip, true)) {
                return subordinate(s, i) && !that ? verb : i;
            }
            Chunk group = s.chunkOf(i) < 0 ? null : s.chunks().get(s.chunkOf(i));
            if (subject && group != null && group.isVerbGroup() && group.first() == i && group.head() > i
                    && isHead(s, group.head(), skip, true)) {
                // "says President Barack Obama has proposed 442 tax hikes": the clause's verb group opens on its auxiliary
                return subordinate(s, group.head()) && !that ? verb : group.head();
            }
            subject |= group != null && group.isNounPhrase();
            if (!that && (t.tag().equals("IN") || t.tag().equals("TO")) && i > 0 && HeadlineWords.nounPhraseAt(s, i - 1)
                    && subjectOfClause(s, i)) {
                if (t.tag().equals("TO")) {
                    i = s.chunks().get(s.chunkOf(i)).last(); // the infinitive, whole
                }
                continue; // "reported 4,379 people [in 29 countries] have been infected": the phrases of the clause's subject
            }
            if (!that && s.chunkOf(i) >= 0 && !s.chunks().get(s.chunkOf(i)).isNounPhrase()
                    && !(t.tag().equals("IN") && t.lower().equals("of")) && !t.tag().equals("POS")
                    && !s.chunks().get(s.chunkOf(i)).isVerbGroup()) {
                return verb; // "revealed the cover for ...": an object and its phrases, not a clause
            }
            if (!that && s.chunks().get(s.chunkOf(i)).isVerbGroup()) {
                return verb;
            }
        }
        return verb;
    }

    /**
     * The finite verb of the clause a reporting verb's object opens without "that": a noun phrase at {@code from} (past
     * the date), its phrases, then that verb ("reported 4,379 people in 29 countries have been infected", "said the
     * maneuver to plug the well has failed"); -1 when the object is no such clause.
     */
    static int clauseAfterObject(ParsedSentence s, int from, boolean[] skip) {
        List<Token> tokens = s.tokens();
        while (from < tokens.size() && (skip[from] || HeadlineWords.QUOTES.contains(tokens.get(from).text()))) {
            from++;
        }
        if (from >= tokens.size() || !HeadlineWords.nounPhraseAt(s, from) || tokens.get(from).tag().startsWith("W")
                || tokens.get(from).lower().equals("that")) {
            return -1;
        }
        int i = s.chunks().get(s.chunkOf(from)).last() + 1;
        if (i < tokens.size() && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("TO")) && !subjectOfClause(s, i)) {
            return -1;
        }
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (HeadlineWords.QUOTES.contains(t.text()) || skip[i]) {
                continue;
            }
            Chunk c = s.chunks().get(s.chunkOf(i));
            if (c.isVerbGroup() && t.tag().equals("TO")) {
                i = c.last();
                continue;
            }
            if (c.isVerbGroup()) {
                return c.first() == i && clauseVerb(s, c) ? c.head() : -1;
            }
            // "and" joins two of the subject's phrases ("officials in the north [and] in the south decided"): the first
            // verb group after it is still the clause's
            if (!c.isNounPhrase() && !t.tag().equals("IN") && !t.tag().equals("CC") || t.lower().equals("that")
                    || SUBORDINATORS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a verb group after a noun phrase is that phrase's finite verb: it opens with a finite verb, in lower case,
     * and has a verb of its own after a modal ("would, like the attacks, continue": "would" alone waits for it); a lone
     * past form before a preposition may be a participle that qualifies the noun ("an area affected by the spill", "a
     * cap placed on the well"), so it is none.
     */
    private static boolean clauseVerb(ParsedSentence s, Chunk c) {
        Token first = s.tokens().get(c.first());
        if (!FINITE.contains(first.tag()) || !Character.isLowerCase(first.text().charAt(0))
                || s.tokens().get(c.head()).tag().equals("MD")) {
            return false;
        }
        boolean lonePast = c.first() == c.last() && first.tag().equals("VBD");
        return !(lonePast && c.last() + 1 < s.tokens().size() && s.tokens().get(c.last() + 1).tag().equals("IN"));
    }

    /**
     * Whether the preposition or infinitive at {@code in} opens a phrase of a noun phrase that is the subject of a
     * clause: noun phrases, prepositions and infinitives, then a finite verb, with no comma, clause word or other verb
     * between ("4,379 people [in 29 countries] have been infected", "the maneuver [to plug the well] has failed", "officials
     * [in the north and in the south] decided"); a
     * preposition that opens a clause ("after", "because") is none.
     */
    static boolean subjectOfClause(ParsedSentence s, int in) {
        List<Token> tokens = s.tokens();
        Token p = tokens.get(in);
        if (p.lower().equals("that") || SUBORDINATORS.contains(p.lower())) {
            return false;
        }
        for (int i = in; i < tokens.size() && i - in <= 12; i++) {
            Token t = tokens.get(i);
            Chunk c = s.chunks().get(s.chunkOf(i));
            if (c.isVerbGroup() && t.tag().equals("TO") && c.first() == i) {
                i = c.last(); // "the maneuver [to plug the well] has failed": an infinitive that qualifies the subject
                continue;
            }
            if (t.isVerb()) {
                return i > in && c.first() == i && clauseVerb(s, c);
            }
            boolean inPhrase = HeadlineWords.nounPhraseAt(s, i) || t.tag().equals("IN") && !SUBORDINATORS.contains(t.lower())
                    && !t.lower().equals("that") || t.tag().equals("CC") && i > in; // "in the north [and] in the south"
            if (!inPhrase) {
                return false;
            }
        }
        return false;
    }

    /**
     * After the object of a verb that tells someone, and its phrases ("told an IOC conference in Sochi that"), the token after
     * the "that" that opens what was said; -1 when a verb, a clause stop or the end comes first.
     */
    private static int thatAfterObject(ParsedSentence s, int from, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (from >= tokens.size() || !HeadlineWords.nounPhraseAt(s, from)) {
            return -1;
        }
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (skip[i]) {
                continue;
            }
            if (t.lower().equals("that") && i > from) {
                return i + 1;
            }
            if (!HeadlineWords.nounPhraseAt(s, i) && !t.tag().equals("IN") || t.isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a trailing attribution opens (", a human rights group said Thursday.", ", investigators tell
     * NBC10.com.", ", said Gurung.", ", it was confirmed yesterday, as ..."): the comma before it when {@code verb}
     * only reports and its clause ends the sentence or a subordinate clause follows it; -1 otherwise. The event is then told before that comma.
     */
    int attribution(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        Chunk group = s.chunks().get(s.chunkOf(verb));
        if (!reports(s, verb) && !inverted(s, group, skip)) {
            return -1;
        }
        boolean afterOccasion = false;
        boolean occasion = false;
        for (int i = group.last() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            afterOccasion |= HeadlineWords.occasionAt(s, i);
            if (t.text().equals(",") && i + 1 < tokens.size() && HeadlineWords.SUBORDINATORS.contains(tokens.get(i + 1).lower())
                    && !tokens.get(i + 1).tag().startsWith("VB")) {
                break; // ", it was confirmed yesterday, as the total number of cases rose": the saying ends at the comma
            }
            if (t.text().equals(",") && i + 1 < tokens.size() && !tokens.get(i + 1).lower().equals("that")
                    && (!ClauseTrimmer.startsClause(s, i + 1) || tokens.get(i + 1).tag().equals("VBG") && group.first() == group.last()
                    && onlySkipped(skip, group.last() + 1, i))) {
                // ", the drugmaker said on Friday, a day after regulators approved it": an adjunct of the saying; so is a
                // participle clause (", Gordon Brown said today, bringing the total to five")
                break;
            }
            if (t.text().equals("--") || t.text().equals("\u2014")) {
                break; // ", argued a scientist on Tuesday -- a claim ...": the saying ends at the dash
            }
            // "said in testimony [to be delivered] to a House panel Thursday": what the occasion was is the saying's too
            boolean occasionTold = afterOccasion && (t.tag().equals("TO") || t.tag().equals("VB") || t.tag().equals("VBN"));
            // "said [in testimony]", not "said [that]"
            boolean occasionOpens = t.tag().equals("IN") && i == group.last() + 1 && i + 1 < tokens.size()
                    && HeadlineWords.nounPhraseAt(s, i + 1) && HeadlineWords.occasionAt(s, s.chunks().get(s.chunkOf(i + 1)).last());
            occasion |= occasionTold || occasionOpens;
            boolean end = skip[i] || t.tag().equals(".") || HeadlineWords.QUOTES.contains(t.text()) || occasionTold || occasionOpens
                    || HeadlineWords.nounPhraseAt(s, i) || t.tag().equals("IN") && i > group.last() + 1;
            if (!end) {
                return -1; // "said it was seeking": the saying has its own clause
            }
        }
        int i = group.first() - 1;
        boolean quoted = false;
        while (i >= 0 && (skip[i] || HeadlineWords.nounPhraseAt(s, i) || tokens.get(i).tag().equals("IN")
                || QUOTES_OR_RB.contains(tokens.get(i).tag()) || HeadlineWords.QUOTES.contains(tokens.get(i).text()))) {
            quoted |= HeadlineWords.QUOTES.contains(tokens.get(i).text());
            i--;
        }
        // the occasion's words make an attribution only of a quotation ("... never should have happened," he said in
        // testimony to be delivered to a House panel Thursday)
        return i > 2 && tokens.get(i).text().equals(",") && (quoted || !occasion) ? i : -1;
    }

    private static final Set<String> QUOTES_OR_RB = Set.of("RB", "``", "''");

    /** Whether tokens {@code from..to} (exclusive) are all left out (the date): nothing of the verb's own between. */
    private static boolean onlySkipped(boolean[] skip, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!skip[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of one word stands between a comma and its subject, the order of a saying (", argued a
     * scientist on Tuesday", ", added the minister"): whatever the verb, it attributes what comes before.
     */
    private static boolean inverted(ParsedSentence s, Chunk group, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int before = group.first() - 1;
        int after = group.last() + 1;
        while (after < tokens.size() && skip[after]) {
            after++;
        }
        if (group.first() != group.last() || before <= 2 || !tokens.get(before).text().equals(",")
                || !(tokens.get(group.first()).tag().equals("VBD") || tokens.get(group.first()).tag().equals("VBZ"))
                || after >= tokens.size() || !HeadlineWords.nounPhraseAt(s, after) || !tokens.get(after).tag().equals("DT")) {
            return false;
        }
        // the speaker, then only the date, a dash or the end: ", argued a scientist on Tuesday --"
        int next = s.chunks().get(s.chunkOf(after)).last() + 1;
        while (next < tokens.size() && skip[next]) {
            next++;
        }
        return next >= tokens.size() || tokens.get(next).tag().equals(".") || tokens.get(next).text().equals("--")
                || tokens.get(next).text().equals("\u2014");
    }

    /** Whether token {@code i} heads its verb group (and, if asked, the group is finite). */
    static boolean isHead(ParsedSentence s, int i, boolean[] skip, boolean finiteOnly) {
        Token w = s.tokens().get(i);
        boolean contracted = w.tag().startsWith("VB") && w.text().length() > 1 && "'\u2019".indexOf(w.text().charAt(0)) >= 0
                && Character.isLetter(w.text().charAt(1)); // "It's tax day"
        if (skip[i] || !w.isVerb() || !(Character.isLetter(w.text().charAt(0)) || contracted) || NOT_MAIN.contains(w.lower())
                || hyphenated(s, i)) {
            return false;
        }
        Chunk c = s.chunks().get(s.chunkOf(i));
        if (c.head() != i) {
            return false;
        }
        return !finiteOnly || finiteGroup(s, c);
    }

    /**
     * Whether a verb group is finite: it opens with a finite verb or modal, or it is a lone participle between
     * its subject and its object, the tagger's reading of a past tense ("The Israeli navy arrested two young
     * fishermen").
     */
    static boolean finiteGroup(ParsedSentence s, Chunk c) {
        if (FINITE.contains(s.tokens().get(c.first()).tag())) {
            return true;
        }
        int k = s.chunks().indexOf(c);
        return c.first() == c.last() && s.tokens().get(c.first()).tag().equals("VBN") && k > 0 && k + 1 < s.chunks().size()
                && s.chunks().get(k - 1).isNounPhrase() && s.chunks().get(k + 1).isNounPhrase()
                && !s.tokens().get(s.chunks().get(k + 1).first()).isPronoun()
                // "a survey of analysts taken April 21-27 found": a finite verb after the second phrase makes the
                // participle part of the subject
                && !(k + 2 < s.chunks().size() && s.chunks().get(k + 2).isVerbGroup()
                        && FINITE.contains(s.tokens().get(s.chunks().get(k + 2).first()).tag()));
    }

    /**
     * The main clause's verb when {@code verb} is in an "as" or "while" clause that only tells what happened
     * meanwhile ("John Kirby speaks as Karine Jean-Pierre listens"), with no comma between; -1 otherwise.
     */
    int circumstance(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        for (int i = s.chunks().get(s.chunkOf(verb)).first() - 1; i > 0; i--) {
            Token t = tokens.get(i);
            if (STOPS.contains(t.text()) || t.isVerb() && !skip[i]) {
                return -1;
            }
            if (t.lower().equals("as") || t.lower().equals("while")) {
                for (int m = i - 1; m >= 0 && !STOPS.contains(tokens.get(m).text()); m--) {
                    if (isHead(s, m, skip, true) && !subordinate(s, m)) {
                        return m;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether a comma, dash or other clause stop stands between tokens {@code a} and {@code b}. */
    private static boolean separated(ParsedSentence s, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (STOPS.contains(s.tokens().get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that, with "it" for subject, only say that the clause after them became known (data: emerging-verbs.txt). */
    private static final Set<String> EMERGING = app.dateline.engine.syntax.WordList.load("/dateline/labels/emerging-verbs.txt");

    /**
     * For "it emerged", "it was understood" and the like, with or without "that" ("it emerged another school, Dolphin
     * School in London, had also been closed"), the finite verb of the clause that became known; -1 otherwise.
     */
    int emerged(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        Chunk group = s.chunks().get(s.chunkOf(verb));
        int it = group.first() - 1;
        while (it >= 0 && skip[it]) {
            it--;
        }
        if (it < 0 || !tokens.get(it).lower().equals("it") || !EMERGING.contains(lemma(tokens.get(group.head())))) {
            return -1;
        }
        int i = group.last() + 1;
        while (i < tokens.size() && skip[i]) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).lower().equals("that")) {
            i++;
        }
        if (i >= tokens.size() || !HeadlineWords.nounPhraseAt(s, i) || tokens.get(i).tag().startsWith("W")) {
            return -1;
        }
        int commas = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") && ++commas <= 4) {
                continue; // "another school, Dolphin School in Battersea, London, had": the name set off by commas
            }
            if (STOPS.contains(t.text()) && !HeadlineWords.hyphen(s, i) || t.tag().equals(".") || t.tag().startsWith("W")) {
                return -1;
            }
            if (!skip[i] && isHead(s, i, skip, true)) {
                return finite(s, i) ? i : -1;
            }
        }
        return -1;
    }

    /** "U.S.-backed", "U.S.-led": a participle joined to the word before by a hyphen modifies a noun. */
    static boolean hyphenated(ParsedSentence s, int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = s.tokens().get(i - 1);
        return hyphen.text().equals("-") && hyphen.end() == s.tokens().get(i).begin()
                && s.tokens().get(i - 2).end() == hyphen.begin();
    }

    /** Whether the verb group holding token {@code verb} starts with a finite verb or modal. */
    static boolean finite(ParsedSentence s, int verb) {
        return finiteGroup(s, s.chunks().get(s.chunkOf(verb)));
    }
}
