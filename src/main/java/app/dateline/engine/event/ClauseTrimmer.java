package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.FINITE;
import static app.dateline.engine.event.HeadlineWords.QUOTES;
import static app.dateline.engine.event.HeadlineWords.STOPS;
import static app.dateline.engine.event.HeadlineWords.SUBORDINATORS;
import static app.dateline.engine.event.HeadlineWords.TITLES;

import app.dateline.engine.syntax.Articles;
import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.CompoundPrepositions;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;

/**
 * Where a verb's object or complement ends (at the next clause) and which trailing phrases and modifiers a
 * headline may lose, whole, to get shorter; a headline never ends on a preposition, article or conjunction.
 */
final class ClauseTrimmer {

    /** Adverbs that lean on the phrase after them: a headline cut before that phrase does not end on them. */
    private static final Set<String> FOCUSING = Set.of("even", "only", "just", "also", "still", "mainly", "largely",
            "especially", "particularly");

    /**
     * Trailing phrases a headline keeps while it may (they go only past {@link HeadlineMaker#MAX}): an "of" and its
     * noun phrase, what the object is of ("full control of its Indian unit").
     */
    private static final Set<String> KEPT_PHRASES = Set.of("of");
    /** Subordinators whose phrase or clause tells the event's cause, so it stays with the object ("was arrested after child porn was found"). */
    private static final Set<String> KEPT_CIRCUMSTANCES = Set.of("after", "following");

    /** Prepositions that link the words of a name ("Centres for Disease Control", "Committee on Foreign Relations"). */
    static final Set<String> NAME_LINKS = Set.of("for", "on", "of");

    /** Dashes that set an insert off inside a clause. */
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--");

    /** Words a trailing phrase opens with when tagged IN (data: prepositions.txt); another IN word is a tagging error. */
    static final Set<String> PREPOSITIONS = app.dateline.engine.syntax.WordList.load("/dateline/labels/prepositions.txt");

    /** Degree words that lean on the adjective after them ("a more effective strategy", not "a more strategy"). */
    private static final Set<String> DEGREE = Set.of("more", "most", "less", "least", "very");

    /** The openings of an exception set off by commas, each split into its words (data: exceptions.txt). */
    private static final List<String[]> EXCEPTIONS = app.dateline.engine.syntax.WordList.load("/dateline/labels/exceptions.txt")
            .stream().map(e -> e.split(" ")).sorted(java.util.Comparator.comparing((String[] e) -> String.join(" ", e))).toList();

    private ClauseTrimmer() {
    }

    /**
     * The last token of an exception that the comma at {@code comma} opens ("reopened schools[, except for girls,] in
     * March"), before the next comma or the sentence's end; -1 when the comma opens none. Without it the label says
     * more than the sentence ("The Taliban reopened schools").
     */
    static int exceptionEnd(ParsedSentence s, int comma, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int opening = 0;
        for (String[] words : EXCEPTIONS) {
            boolean match = comma + words.length < tokens.size();
            for (int k = 0; k < words.length && match; k++) {
                match = tokens.get(comma + 1 + k).lower().equals(words[k]);
            }
            opening = match ? Math.max(opening, words.length) : opening;
        }
        if (opening == 0) {
            return -1;
        }
        int end = comma + 1;
        while (end + 1 < tokens.size() && !skip[end + 1] && !STOPS.contains(tokens.get(end + 1).text())
                && !tokens.get(end + 1).tag().equals(".")) {
            end++;
        }
        return end > comma + opening ? end : -1; // "good at, but not [now]": an exception of nothing but a date is none
    }

    /**
     * The end (exclusive) of the object or complement: up to the first clause boundary. A "that" right after
     * a reporting verb is marked in {@code skip}.
     */
    static int objectEnd(ParsedSentence s, int from, boolean[] skip, boolean reporting) {
        List<Token> tokens = s.tokens();
        int i = from;
        while (from < tokens.size() && skip[from]) {
            from++; // "declared in April 2023 that Moscow would not": the object opens after the date
        }
        boolean said = false; // in a clause that a reporting verb's "that" opens
        boolean verbSeen = false;
        for (; i < tokens.size(); i++) {
            if (skip[i]) {
                continue;
            }
            Token t = tokens.get(i);
            String w = t.lower();
            int appositive = t.text().equals(",") && i > from ? appositiveEnd(s, i, skip) : -1;
            if (appositive > 0) {
                for (int k = i; k <= appositive; k++) {
                    skip[k] = true; // "hanging Pakistan[, its closest regional ally,] out to dry": the verb's phrase goes on
                }
                i = appositive;
                continue;
            }
            int exception = t.text().equals(",") ? exceptionEnd(s, i, skip) : -1;
            if (exception > 0) {
                i = exception; // "reopened schools, except for girls": the exception stays with what it limits
                continue;
            }
            if (i == from && !said && questionAfterBe(s, from, skip)) {
                said = true; // "The key issue is [how the virus mutates ...]": the clause is what "is" says the issue is
                continue;
            }
            if (reporting && !said && quoteOpens(s, from, i, skip)) {
                i = saidOpens(s, i, skip); // "said: "We will pay"", "told a news conference: "..."": as after "that"
                said = true;
                continue;
            }
            if (STOPS.contains(t.text()) && !HeadlineWords.hyphen(s, i) && !(t.text().equals(",") && insideNounPhrase(s, i))
                    || t.tag().equals(".")) {
                // but "a 42-year-old", "a 6-level scale": a hyphen inside a word is no clause boundary, nor the comma
                // between two adjectives of a noun ("the long, manicured fingernails")
                break;
            }
            if (t.tag().startsWith("W") && !(reporting && (i == from || !said && saidSubjectQualified(s, from, i, skip)))) {
                break;
            }
            if (w.equals("that") && i == from && reporting) {
                i = saidOpens(s, i, skip);
                said = true;
                continue;
            }
            if (w.equals("as") && t.tag().equals("RB") && i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("JJ")) {
                continue; // "as good as medication": a comparison, not a clause
            }
            if (w.equals("as") && amountCompared(tokens, i) && !skip[i + 1]) {
                continue; // "plunged as much as 20%": the comparison's second "as" and its amount, not a clause
            }
            if (SUBORDINATORS.contains(w) && !KEPT_CIRCUMSTANCES.contains(w) && ((t.tag().equals("IN") || t.tag().equals("RB") || t.tag().equals("WRB"))
                    && (i > from || !reporting && HeadlineWords.nounPhraseAt(s, i + 1) && startsClause(s, i + 1))
                    || t.tag().equals("VBG") && i > from)) {
                break;
            }
            verbSeen |= t.isVerb();
            if (t.tag().equals("CC") && i == from && !said) {
                break; // "sinks and a 5-mile (8-km) oil slick forms": right after the verb, "and" opens no object of it
            }
            if (t.tag().equals("CC") && i + 1 < tokens.size() && (startsClause(s, i + 1) || pastDate(s, i + 1, skip))
                    && (verbSeen || !said) && !joinedModifiers(s, i)) {
                break; // but "said relations between the regime and other states were": the said clause's subject
            }
            if ((t.tag().equals("VBN") || t.tag().equals("VBG")) && i > from && s.chunks().get(s.chunkOf(i)).first() == i
                    && !SUBORDINATORS.contains(w)) {
                int b = i - 1;
                while (b >= from && (skip[b] || QUOTES.contains(tokens.get(b).text()))) {
                    b--; // "is today leading", "was \"buzzing\"": the participle goes with the verb before
                }
                String before = tokens.get(b).tag();
                if (!before.equals("IN") && !before.equals("TO") && !before.equals("CC") && !before.startsWith("VB")
                        && !before.equals("RB") && !eventParticiple(s, i) && !SubjectFinder.objectPronoun(s, b)) {
                    // "closed lower, dragged down by": a participle adds a clause; but after a pronoun object it tells what
                    // the object does ("may find itself having to answer", "found himself stuck")
                    break;
                }
            }
        }
        return i;
    }


    /**
     * Whether the object at {@code from} is a question's clause after a form of "be" ("The key issue is how the virus
     * mutates", "the question was whether the president would take a dip"; words of question-words.txt): without it the
     * label ends on "is".
     */
    private static boolean questionAfterBe(ParsedSentence s, int from, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int verb = from - 1;
        while (verb >= 0 && skip[verb]) {
            verb--;
        }
        return verb >= 0 && from < tokens.size() && tokens.get(verb).isVerb() && HeadlineWords.formOfBe(tokens.get(verb))
                && NotTold.TOLD.contains(tokens.get(from).lower());
    }

    /**
     * Leaves out the word at {@code opener} that opens what a reporting verb says ("that", or a colon before a
     * quotation) and the lead-in clause after it ("said that while the United States does not recognize ...,
     * relations ... were": what was said is the clause after the comma; the concession before it goes); returns the
     * last token left out.
     */
    private static int saidOpens(ParsedSentence s, int opener, boolean[] skip) {
        List<Token> tokens = s.tokens();
        skip[opener] = true;
        int at = opener + 1;
        while (at < tokens.size() && QUOTES.contains(tokens.get(at).text())) {
            at++;
        }
        // after a colon a quotation may open on an infinitive's or a preposition's lead-in too: "said: "To put it simply,
        // there was a bad cement job"", "said: "With the prospect of more months of pollution, BP ... will""
        boolean colon = tokens.get(opener).text().equals(":") && at + 1 < tokens.size();
        int comma = colon && tokens.get(at).tag().equals("TO") && tokens.get(at + 1).tag().equals("VB") ? leadInEnd(s, at, true)
                : colon && tokens.get(at).tag().equals("IN") && !opensClause(tokens.get(at)) ? leadInEnd(s, at, false)
                : openingClauseEnd(s, at, skip);
        if (comma < 0) {
            return opener;
        }
        for (int k = opener + 1; k <= comma; k++) {
            skip[k] = true;
        }
        return comma;
    }

    /**
     * Whether the colon at {@code i} opens what was said: right after a reporting verb ({@code from}: "says: The effort
     * has pumped"), or after the one noun phrase it addresses when a quotation follows ("told a news conference: "..."";
     * not "said two things: ...").
     */
    private static boolean quoteOpens(ParsedSentence s, int from, int i, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(i).text().equals(":") || i + 1 >= tokens.size()) {
            return false;
        }
        int before = i - 1;
        while (before >= from && skip[before]) {
            before--; // "told reporters [on Friday]: "...""
        }
        int addressee = s.chunkOf(from);
        return before < from || QUOTES.contains(tokens.get(i + 1).text()) && addressee >= 0
                && s.chunks().get(addressee).isNounPhrase() && s.chunks().get(addressee).first() == from
                && s.chunks().get(addressee).last() == before;
    }

    /**
     * Whether the relative pronoun at {@code w} qualifies the subject of a clause a reporting verb says without "that",
     * the clause's own verb coming after it: "confirmed a Mexican man [who flew via the Chinese mainland] was infected",
     * "said a man [who flew from Mexico] had died". The object goes on to that verb, where it stopped at the pronoun.
     */
    private static boolean saidSubjectQualified(ParsedSentence s, int from, int w, boolean[] skip) {
        int np = w > from ? s.chunkOf(w - 1) : -1;
        int group = finiteGroupAt(s, w + 1);
        if (np < 0 || group < 0 || !s.chunks().get(np).isNounPhrase() || s.chunks().get(np).first() > from
                || !(s.tokens().get(w).lower().equals("who") || s.tokens().get(w).lower().equals("which"))) {
            return false;
        }
        return relativeClauseVerb(s, group, s.tokens().size(), skip) >= 0;
    }

    /**
     * Whether the "as" at {@code i} is the second of "as much as", "as many as", "as high as" before an amount ("as much
     * as 20%", "as many as $5 billion"; not when the amount is a date left out, "as much as [eight years]"); "as long as"
     * and "as soon as" open clauses.
     */
    private static boolean amountCompared(List<Token> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i - 2).lower().equals("as")) {
            return false;
        }
        Token degree = tokens.get(i - 1);
        String next = tokens.get(i + 1).tag();
        return (degree.tag().startsWith("JJ") || degree.tag().startsWith("RB")) && !degree.lower().equals("long")
                && !degree.lower().equals("soon") && (next.equals("CD") || next.equals("$"));
    }

    /** Whether the token at {@code i} stands inside a noun phrase, neither its first nor its last word. */
    private static boolean insideNounPhrase(ParsedSentence s, int i) {
        int c = s.chunkOf(i);
        return c >= 0 && s.chunks().get(c).isNounPhrase() && s.chunks().get(c).first() < i && i < s.chunks().get(c).last();
    }

    /** Tags of a word whose noun phrase after it is no subject of a clause: a preposition, "to", a particle ("sank off"). */
    private static final java.util.Set<String> PREPOSITION_TAGS = java.util.Set.of("IN", "TO", "RP");

    /**
     * The end (exclusive) of a subject relative clause's object: the main clause's verb after it ("The company that
     * collapsed in 2008 [was sold]", "The man who died in hospital [was buried]") is none of it. The clause opens with its
     * relative pronoun right before the verb group at {@code groupFirst}; its object ends at a finite verb group that
     * follows the verb, a left-out date or the object of a preposition or particle. After another noun phrase a verb
     * is that of a clause the verb governs ("who hoped the talks would succeed"), as is the first after a reporting verb
     * or after a subordinator ("after BP had been warned"); the next finite verb group is the main clause's ("who said
     * the talks would fail [resigned]").
     */
    static int relativeClauseEnd(ParsedSentence s, int groupFirst, int from, int end, boolean[] skip, boolean reporting) {
        List<Token> tokens = s.tokens();
        int pronoun = groupFirst - 1;
        while (pronoun >= 0 && skip[pronoun]) {
            pronoun--;
        }
        int whose = WhosePossessor.whoseIn(s, pronoun);
        if (whose > 0) {
            pronoun = whose; // "The man whose wife died in 2009 [has remarried]": "whose" opens the clause
        }
        // "what happens on Election Day matters": a clause with no noun before it is itself the subject
        Token relative = pronoun < 1 ? null : tokens.get(pronoun);
        if (relative == null || !(relative.tag().equals("WDT") || relative.tag().equals("WP") && !relative.lower().startsWith("what")
                || relative.lower().equals("that") || pronoun == whose)) {
            return end;
        }
        int before = pronoun - 1;
        while (before > 0 && (skip[before] || tokens.get(before).text().equals(","))) {
            before--;
        }
        if (!HeadlineWords.nounPhraseAt(s, before)) {
            // "warned that winds forecast ... could move", "decide who gets it": after a verb the pronoun opens what was
            // said or asked, not a clause of a noun
            return end;
        }
        boolean governed = false; // a clause the verb governs has had its verb
        for (int i = from; i < end; i++) {
            if (skip[i] || finiteGroupAt(s, i) < 0) {
                continue;
            }
            int b = i - 1;
            while (b >= from && (skip[b] || tokens.get(b).tag().equals("RP")
                    || tokens.get(b).tag().equals("RB") && !tokens.get(b).lower().equals("there"))) {
                b--; // "which blew out in April [had been sealed]": the verb's particle, adverb and date
            }
            int np = b < from ? -1 : s.chunkOf(b);
            Token opener = np < 0 || !s.chunks().get(np).isNounPhrase() || s.chunks().get(np).first() <= from ? null
                    : tokens.get(s.chunks().get(np).first() - 1);
            // but "four years after BP had been warned", "cautioned that the incident should not": the subject of a clause
            boolean phraseAfterPreposition = opener != null && PREPOSITION_TAGS.contains(opener.tag())
                    && !SUBORDINATORS.contains(opener.lower()) && !opener.lower().equals("that");
            // "who said that it believed there could be": a pronoun subject opens one more clause of what was said
            boolean pronounSubject = b >= from && (tokens.get(b).tag().equals("PRP") || tokens.get(b).tag().equals("EX")
                    || tokens.get(b).lower().equals("there")); // the model may read "there" as an adverb
            if (governed && !pronounSubject || !governed && !reporting && (b < from || phraseAfterPreposition
                    || b >= from && !takesClause(s, groupFirst) && !(opener != null
                    && (SUBORDINATORS.contains(opener.lower()) || opener.lower().equals("that"))))) {
                // "a woman who had visited Mexico [had tested]": after the object of a verb that takes no clause (but
                // "that occurred after BP had been warned": a subordinator's clause has its verb)
                return i;
            }
            // "who said the talks would fail [resigned]", "who said the sell-off of BP shares in New York was [...]": the
            // clause said, or one a subordinator opens, has its verb; the next finite verb group is the main clause's
            governed = true;
        }
        return end;
    }

    /** Verbs that take a clause without "that" (data: reporting-verbs.txt and clause-verbs.txt), by lemma. */
    private static final Set<String> CLAUSE_VERBS = WordList.loadAll("/dateline/syntax/reporting-verbs.txt",
            "/dateline/syntax/clause-verbs.txt");

    /** Whether the verb group starting at {@code groupFirst} has a head that may take a clause ("hoped", "said"). */
    private static boolean takesClause(ParsedSentence s, int groupFirst) {
        int c = s.chunkOf(groupFirst);
        Token head = c < 0 ? s.tokens().get(groupFirst) : s.tokens().get(s.chunks().get(c).head());
        return CLAUSE_VERBS.contains(Lemmatizer.verb(head.lower()));
    }

    /**
     * The comma that closes an appositive opening at the comma {@code comma} after a noun, when the verb's phrase
     * goes on after it with a particle or preposition ("hanging Pakistan, its closest regional ally, out to dry");
     * -1 otherwise (the clause ends at the comma).
     */
    static int appositiveEnd(ParsedSentence s, int comma, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (comma < 1 || !tokens.get(comma - 1).isNoun() || !HeadlineWords.nounPhraseAt(s, comma + 1)) {
            return -1;
        }
        for (int i = comma + 1; i < tokens.size() && i - comma <= 12; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                int next = i + 1;
                while (next < tokens.size() && skip[next]) {
                    next++;
                }
                if (next >= tokens.size()) {
                    return -1;
                }
                Token after = tokens.get(next);
                boolean adverbialParticle = after.tag().equals("RB") && next + 1 < tokens.size()
                        && (tokens.get(next + 1).tag().equals("IN") || tokens.get(next + 1).tag().equals("TO")); // "off to the bench"
                boolean particle = after.tag().equals("RP") || after.tag().equals("TO") || adverbialParticle
                        || after.tag().equals("IN") && !SUBORDINATORS.contains(after.lower()) && !after.lower().equals("that");
                return particle ? i : -1;
            }
            if (t.isVerb() || STOPS.contains(t.text()) || t.tag().equals(".") || t.tag().startsWith("W") || t.tag().equals("CC")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The comma that ends a subordinate clause opening at {@code at} ("while the United States does not recognize
     * the Taliban government in Afghanistan,"; "when the nurse saw the patient had died,") when a clause of its own
     * follows, past one more insert set off by commas ("when they arrived, four minutes after the call was made,
     * the patient appeared ..."); -1 otherwise. The clause opens with a subordinator or a word of clause-links.txt
     * ("when").
     */
    static int openingClauseEnd(ParsedSentence s, int at, boolean[] skip) {
        return at < s.tokens().size() && opensClause(s.tokens().get(at)) ? leadInEnd(s, at, true) : -1;
    }

    /**
     * The comma that ends a lead-in opening at {@code at}, a finite clause after it; -1 when there is none. A lead-in
     * that {@code needsVerb} is a clause: a comma before its verb ends none.
     */
    private static int leadInEnd(ParsedSentence s, int at, boolean needsVerb) {
        List<Token> tokens = s.tokens();
        boolean verb = !needsVerb;
        int commas = 0;
        for (int i = at + 1; i < tokens.size() && i - at < 30; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                if (verb && finiteClauseAt(s, i + 1)) {
                    return i;
                }
                if (!verb || ++commas > 1) {
                    return -1;
                }
                continue;
            }
            if (STOPS.contains(t.text()) || t.tag().equals(".")) {
                return -1;
            }
            verb |= t.isVerb();
        }
        return -1;
    }

    /**
     * Words that open a clause of time or cause (clause-links.txt: "when", "after"), besides the subordinators; also
     * what a pronoun after such a clause may stand for the subject of ({@link PronounResolver}).
     */
    static final Set<String> CLAUSE_LINKS = app.dateline.engine.syntax.WordList.load("/dateline/labels/clause-links.txt");

    /** Whether a token opens a subordinate clause: a subordinator tagged as one ("while", "although"), or "when". */
    static boolean opensClause(Token t) {
        String w = t.lower();
        return t.tag().equals("IN") && SUBORDINATORS.contains(w) || t.tag().equals("WRB") && CLAUSE_LINKS.contains(w);
    }

    /** A noun phrase with its phrases, then a finite verb, before any comma: "relations between ... and other states were". */
    static boolean finiteClauseAt(ParsedSentence s, int at) {
        if (!HeadlineWords.nounPhraseAt(s, at)) {
            return false;
        }
        for (int i = at + 1; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.text().equals(",") || STOPS.contains(t.text()) || t.tag().startsWith("W") || opensClause(t)) {
                return false; // "four minutes after the call was made": a clause of time, no subject and its verb
            }
            if (FINITE.contains(t.tag())) {
                return true;
            }
        }
        return false;
    }

    /** A verb group, or a noun phrase followed by one: a new clause after "and" or "but". */
    static boolean startsClause(ParsedSentence s, int t) {
        while (t + 1 < s.tokens().size() && s.tokens().get(t).tag().equals("RB")) {
            t++; // "and once again failed"
        }
        int c = s.chunkOf(t);
        if (c < 0) {
            return false;
        }
        Chunk chunk = s.chunks().get(c);
        if (chunk.isVerbGroup()) {
            return true;
        }
        // "and this has led": a lone demonstrative as the new clause's subject.
        boolean demonstrative = chunk.first() == chunk.last() && s.tokens().get(t).tag().equals("DT");
        if (!chunk.isNounPhrase() && !demonstrative) {
            return false;
        }
        if (c + 1 < s.chunks().size() && s.chunks().get(c + 1).isVerbGroup()
                && FINITE.contains(s.tokens().get(s.chunks().get(c + 1).first()).tag())) {
            return true;
        }
        // "and a five mile long (8 km) oil slick is seen": the phrase runs on past a short bracket to its verb
        List<Token> tokens = s.tokens();
        boolean bracket = false;
        int k = chunk.last() + 1;
        while (k < tokens.size()) {
            int close = shortBracketEnd(s, k);
            if (close > 0) {
                bracket = true;
                k = close + 1;
            } else if (NOUN_PHRASE_WORDS.contains(tokens.get(k).tag())) {
                k++;
            } else {
                break;
            }
        }
        return bracket && k < tokens.size() && s.chunkOf(k) >= 0 && s.chunks().get(s.chunkOf(k)).isVerbGroup()
                && FINITE.contains(tokens.get(k).tag());
    }

    /** The tags of the words a noun phrase runs on with (a hyphen, "long" read as an adverb). */
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "RB", "CD", ":", "HYPH");

    /** The closing bracket of a short bracket with no verb opening at token {@code t} ("(8 km)"), or -1. */
    private static int shortBracketEnd(ParsedSentence s, int t) {
        List<Token> tokens = s.tokens();
        if (t >= tokens.size() || !tokens.get(t).text().equals("(")) {
            return -1;
        }
        for (int k = t + 1; k < tokens.size() && k <= t + 5; k++) {
            if (tokens.get(k).text().equals(")")) {
                return k;
            }
            if (tokens.get(k).isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A date phrase (marked in {@code skip}) and then a finite verb: "reopened its embassy in 2022 [and in 2023
     * allowed] the Taliban": after "and" the date opens a second predicate of its own, which the first one's label
     * leaves out.
     */
    static boolean pastDate(ParsedSentence s, int t, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (t >= tokens.size() || !skip[t] || tokens.get(t).tag().equals("CD")) {
            return false; // but "peaks and one or two weeks fit the pattern": a number joins the subject
        }
        while (t < tokens.size() && skip[t]) {
            t++;
        }
        while (t + 1 < tokens.size() && tokens.get(t).tag().equals("RB")) {
            t++; // "and in 2023 quietly allowed"
        }
        int c = t < tokens.size() ? s.chunkOf(t) : -1;
        return c >= 0 && s.chunks().get(c).isVerbGroup() && s.chunks().get(c).first() == t && FINITE.contains(tokens.get(t).tag());
    }

    /** The last token of the object's first phrase. */
    static int firstObjectPhraseEnd(ParsedSentence s, int from, int end) {
        if (from >= end) {
            return from;
        }
        int c = s.chunkOf(from);
        return c >= 0 ? s.chunks().get(c).last() : from;
    }

    /**
     * Where a trailing phrase starts: a preposition, "to", a conjunction, a participle; not an "and" inside names it joins
     * into one ({@link JoinedNames}), of which the tokens {@code skip} leaves out of the label are no part.
     */
    /**
     * Whether the "and" or "or" at {@code t} joins two nouns that qualify the noun after them: "the oil [and] gas
     * drilling rig" (a singular noun before, and after it a singular noun its chunk goes on from), not a clause or an
     * object of its own.
     */
    static boolean joinedModifiers(ParsedSentence s, int t) {
        List<Token> tokens = s.tokens();
        return tokens.get(t).tag().equals("CC") && t > 0 && t + 1 < tokens.size() && tokens.get(t - 1).tag().equals("NN")
                && tokens.get(t + 1).tag().equals("NN") && s.chunks().get(s.chunkOf(t + 1)).first() == t + 1
                && s.chunks().get(s.chunkOf(t + 1)).last() > t + 1;
    }

    static boolean isCutPoint(ParsedSentence s, int t, boolean[] skip) {
        Chunk c = s.chunks().get(s.chunkOf(t));
        if (c.first() != t) {
            return false;
        }
        String tag = s.tokens().get(t).tag();
        if (KEPT_PHRASES.contains(s.tokens().get(t).lower()) && HeadlineWords.nounPhraseAt(s, t + 1)) {
            return false;
        }
        if (tag.equals("IN") && t > 0 && t + 1 < s.tokens().size() && s.tokens().get(t - 1).isProperNoun()
                && s.tokens().get(t + 1).isProperNoun() && NAME_LINKS.contains(s.tokens().get(t).text())) {
            return false; // "the US Centres for Disease Control": a preposition inside a name
        }
        if (tag.equals("RB") && t + 1 < s.tokens().size() && s.tokens().get(t + 1).isVerb()) {
            return false; // "said it never approved the design": the adverb goes with its verb
        }
        if (phrasalParticle(s, t)) {
            return false; // "was sworn [in] as health secretary": the particle is the verb's
        }
        if (DateWords.rateAt(s, t)) {
            return false; // "collecting 5,000 barrels [per day]": the rate is the amount's
        }
        if (HeadlineWords.numberRange(s.tokens(), t)) {
            return false; // "all its 300,000 to 400,000 pigs": a range of numbers is one phrase
        }
        if (tag.equals("CC") && t > 0 && t + 1 < s.tokens().size() && s.tokens().get(t - 1).tag().startsWith("JJ")
                && (s.tokens().get(t + 1).tag().startsWith("JJ") || s.tokens().get(t + 1).tag().equals("VBN"))) {
            return false; // "no suspected or confirmed cases": adjectives joined before their noun
        }
        if (joinedModifiers(s, t)) {
            return false; // "BP's oil [and gas] drilling rig": nouns joined before the noun they qualify
        }
        if (JoinedNames.at(s, t, skip)) {
            return false; // "the House Energy [and Commerce Committee]", "the Auger [and Brutus platforms]"
        }
        String word = s.tokens().get(t).lower();
        if (word.equals("than") && t > 0 && Set.of("more", "less", "fewer").contains(s.tokens().get(t - 1).lower())) {
            return false; // "more than 14,800 barrels": the comparison is one phrase
        }
        if (tag.equals("IN") && !PREPOSITIONS.contains(word) && !SUBORDINATORS.contains(word)) {
            return false; // "a case fatality ratio": a noun the tagger called a preposition
        }
        return tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("VBG") || tag.equals("RB");
    }

    /**
     * The finite verb whose subject a cut at {@code cut} would leave behind: a preposition or conjunction inside
     * a clause's subject ("relations [between the regime and other states] were their own business"); -1 when
     * the cut ends no subject (a subordinator opens a clause of its own, or no finite verb follows in the phrase);
     * {@link #WHOLE_SUBJECT} when the cut would halve a subject joined by "and" ("fishermen [and divers] would start")
     * or take its amount ("something [between 1,000 and 5,000 barrels] were leaking"): the subject stays whole. For the
     * clause a reporting verb's object is, from {@code from}.
     */
    static int verbAfterSubject(ParsedSentence s, boolean[] keep, int from, int cut, int end) {
        List<Token> tokens = s.tokens();
        Token c = tokens.get(cut);
        boolean infinitive = c.tag().equals("TO") && s.chunks().get(s.chunkOf(cut)).isVerbGroup(); // "the maneuver [to plug the well] has"
        if (!(c.tag().equals("IN") || c.tag().equals("CC") || infinitive) || SUBORDINATORS.contains(c.lower()) || c.lower().equals("that")
                || KEPT_PHRASES.contains(c.lower())) {
            return -1;
        }
        for (int i = from; i < cut; i++) {
            if (keep[i] && tokens.get(i).isVerb()) {
                return -1; // the said clause's verb came already: the cut is in its object
            }
        }
        for (int i = infinitive ? s.chunks().get(s.chunkOf(cut)).last() + 1 : cut + 1; i < end; i++) {
            if (!keep[i]) {
                continue;
            }
            Token t = tokens.get(i);
            if (FINITE.contains(t.tag())) {
                // "officials in the north [and in the south]" may go, not half of "conservation and substitution efforts",
                // nor the amount that says what the subject is ("something [between 1,000 and 5,000 barrels] were leaking")
                boolean halves = c.tag().equals("CC") && !tokens.get(cut + 1).tag().equals("IN");
                boolean amount = (c.lower().equals("between") || APPROXIMATORS.contains(c.lower()))
                        && tokens.get(cut + 1).tag().equals("CD"); // "[about 2.1 million gallons]", not "[in 31 countries]"
                return halves || amount ? WHOLE_SUBJECT : i;
            }
            if (t.text().equals(",") || STOPS.contains(t.text()) || t.tag().startsWith("W") || t.isVerb()
                    || t.tag().equals("TO") || SUBORDINATORS.contains(t.lower()) || t.lower().equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    /** Drops the kept tokens from {@code from} up to {@code to} (exclusive): a phrase inside the headline. */
    static void drop(boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            keep[i] = false;
        }
    }

    /** Drops words a headline cannot end on: prepositions, articles, conjunctions, commas. */
    static void trimTail(ParsedSentence s, boolean[] keep) {
        for (int i = keep.length - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            String tag = s.tokens().get(i).tag();
            // but "reopened schools for boys only.": an adverb at its clause's end leans on the phrase before it
            boolean focusing = FOCUSING.contains(s.tokens().get(i).lower()) && i + 1 < keep.length
                    && !s.tokens().get(i + 1).tag().equals(".") && !STOPS.contains(s.tokens().get(i + 1).text());
            boolean hanging = tag.equals("VBN") && i > 0 && keep[i - 1] && s.chunkOf(i - 1) >= 0
                    && s.chunks().get(s.chunkOf(i - 1)).isNounPhrase() && s.chunks().get(s.chunkOf(i)).first() == i;
            // "all its 300,000 [to 400,000 pigs]": a number whose range or noun was cut leads into it
            // (a "to" that opens an infinitive ends the number's phrase: "agreed to pool $1 billion [to form]")
            // (but a number alone after words left out is what a date phrase left of itself: "late April [20] to continue")
            boolean range = i + 2 < keep.length && s.tokens().get(i + 1).tag().equals("TO")
                    && (s.tokens().get(i + 2).tag().equals("CD") || s.tokens().get(i + 2).tag().equals("$") || i > 0 && !keep[i - 1]);
            boolean modifier = tag.equals("CD") && i + 1 < keep.length && !keep[i + 1]
                    && (range || s.tokens().get(i + 1).tag().equals("CD")
                    || s.tokens().get(i + 1).isNoun() || HeadlineWords.hyphen(s, i + 1));
            // "closed until at least [Thursday]": "at least" leads into the date that was left out
            boolean bound = i > 0 && keep[i - 1] && s.tokens().get(i - 1).lower().equals("at")
                    && (s.tokens().get(i).lower().equals("least") || s.tokens().get(i).lower().equals("most"));
            // "raised its alert level late [on Tuesday]": "late" or "early" qualified the date that was left out
            String w = s.tokens().get(i).lower();
            bound |= (w.equals("late") || w.equals("early")) && (tag.equals("RB") || tag.equals("JJ")) && i + 1 < keep.length
                    && !keep[i + 1] && (s.tokens().get(i + 1).tag().equals("IN") || s.tokens().get(i + 1).tag().equals("NNP"));
            if (purposeLostItsObject(s, keep, i)) {
                keep[i] = false; // "A hearing opened in Los Angeles [to determine whether ...]": the aim goes whole
                keep[i - 1] = false;
                continue;
            }
            int compound = CompoundPrepositions.openingEndingAt(s.tokens(), keep, i);
            if (compound >= 0) {
                for (int k = compound; k <= i; k++) {
                    keep[k] = false; // "have stayed indoors [in line] with a government order"
                }
                continue;
            }
            if (w.equals("not") && i > 0 && keep[i - 1] && (s.tokens().get(i - 1).tag().equals("CC") || s.tokens().get(i - 1).text().equals(","))
                    && keptVerbBefore(s, keep, i)) {
                keep[i] = false; // "is shown on the 1891 Census [but not the 1901]": the contrast cut, its "but not" goes too
                continue;        // (but "swine flu or not", no verb with a tense before it, is no contrast of a clause)
            }
            if (w.equals("not") && i > 0 && keep[i - 1] && negatesWhatWasCut(s, keep, i)) {
                keep[i] = false; // "wants BP to pay not [only for cleaning up the Gulf, but also ...]"
                while (i > 1 && keep[i - 1] && s.tokens().get(i - 1).tag().equals("RB")) {
                    keep[--i] = false; // "and perhaps not [...]"
                }
                continue;
            }
            if (bound) {
                keep[i] = false;
                if (i > 0 && s.tokens().get(i - 1).lower().equals("at")) {
                    keep[i - 1] = false;
                }
                continue;
            }
            // "is scheduled to begin on [4 January]": a preposition the tagger calls a particle, its object left out
            boolean particle = tag.equals("RP") && DateWords.DATE_PARTICLES.contains(s.tokens().get(i).lower()) && i + 1 < keep.length
                    && !keep[i + 1] && HeadlineWords.nounPhraseAt(s, i + 1);
            // "the 12 gates [they had planned to shut]": a subject pronoun whose verb was cut opens a clause of nothing
            boolean subjectPronoun = tag.equals("PRP") && SUBJECT_PRONOUNS.contains(w) && i + 1 < keep.length && !keep[i + 1]
                    && !(i > 0 && s.tokens().get(i - 1).isProperNoun()); // but "the Ixtoc I"
            if (subjectPronoun && i > 0 && keep[i - 1] && INVERTED_CONDITIONS.contains(s.tokens().get(i - 1).lower())) {
                keep[i] = false; // "could have prevented the catastrophe [had they] ...": the condition's verb goes with it
                keep[i - 1] = false;
                i--;
                continue;
            }
            int counting = countsWhatWasCut(s, keep, i);
            if (counting >= 0) {
                for (int k = counting; k <= i; k++) {
                    keep[k] = false; // "a 50% increase [in the number] of computers": the count says nothing without them
                }
                i = counting;
                continue;
            }
            if (placingDistance(s, keep, i)) {
                int from = distanceStart(s, keep, i);
                for (int k = from; k <= i; k++) {
                    keep[k] = false; // "sank [some 50 miles] off the coast": the distance placed what the cut took
                }
                i = from;
                continue;
            }
            if (i > 0 && keep[i - 1] && phrasalParticle(s, i)) {
                return; // "was sworn in", "was set up": the particle ends the verb, not a phrase whose object went
            }
            if (tag.equals("IN") || tag.equals("DT") || tag.equals("CC") || tag.equals("TO") || tag.equals(",") || modifier || particle
                    || subjectPronoun
                    || tag.equals("PRP$") || tag.equals("POS") || tag.equals("WDT") || STOPS.contains(s.tokens().get(i).text())
                    || hanging || focusing) {
                keep[i] = false;
            } else {
                return;
            }
        }
    }

    private static final String DISTANCE_TABLE = "/dateline/labels/distance-words.tsv";
    private static final java.util.Map<String, Set<String>> DISTANCE_CLASSES = WordList.loadClasses(DISTANCE_TABLE);
    /** The units of a distance ("miles", "feet"; data: distance-words.tsv). */
    static final Set<String> DISTANCE_UNITS = WordList.wordClass(DISTANCE_CLASSES, DISTANCE_TABLE, "unit");
    /** Words that count a distance's units besides numbers ("a few dozen miles"; data: distance-words.tsv). */
    private static final Set<String> DISTANCE_COUNTS = WordList.wordClass(DISTANCE_CLASSES, DISTANCE_TABLE, "count");
    /** The words after a distance that place it ("off", "below", "west"; data: distance-words.tsv). */
    private static final Set<String> DIRECTIONS = WordList.wordClass(DISTANCE_CLASSES, DISTANCE_TABLE, "direction");

    /**
     * Whether the label's last kept word {@code i} ends a distance whose direction was cut after it ("sank some 50
     * miles [off the coast]"): without the place it is measured from, the distance says nothing.
     */
    private static boolean placingDistance(ParsedSentence s, boolean[] keep, int i) {
        if (!DISTANCE_UNITS.contains(s.tokens().get(i).lower()) || i + 1 >= keep.length || keep[i + 1]
                || !DIRECTIONS.contains(s.tokens().get(i + 1).lower()) || i < 1) {
            return false;
        }
        return countsDistance(s.tokens().get(i - 1)); // "50 miles", "a mile", "a few dozen miles"; not "3,114 square miles"
    }

    /** Whether {@code t} counts a distance's units: a number, "a", or a word of its count class ("dozen"). */
    private static boolean countsDistance(Token t) {
        return t.tag().equals("CD") || t.tag().equals("DT") || DISTANCE_COUNTS.contains(t.lower());
    }

    /**
     * The preposition that opens a phrase ending on a count whose "of" phrase was cut ("rose [in the number] [of cases]",
     * "dogged [by a series] [of mishaps]"), or -1: a count with no preposition before it is the verb's own.
     */
    private static int countsWhatWasCut(ParsedSentence s, boolean[] keep, int i) {
        List<Token> tokens = s.tokens();
        if (i + 1 >= keep.length || keep[i + 1] || !tokens.get(i + 1).lower().equals("of") || !SubjectFinder.countNoun(tokens.get(i))
                || s.chunkOf(i) < 0 || !s.chunks().get(s.chunkOf(i)).isNounPhrase()) {
            return -1;
        }
        int p = s.chunks().get(s.chunkOf(i)).first() - 1;
        return p > 0 && keep[p] && tokens.get(p).tag().equals("IN") && !tokens.get(p).lower().equals("of") ? p : -1;
    }

    /** The first word of the distance ending at {@code unit}: its count, back to its determiner, and its bound. */
    private static int distanceStart(ParsedSentence s, boolean[] keep, int unit) {
        int from = unit;
        boolean determined = false; // "the blown-out well [a mile]": the determiner opens the distance
        while (from > 0 && keep[from - 1]) {
            Token before = s.tokens().get(from - 1);
            if (APPROXIMATORS.contains(before.lower())) {
                from--; // "sank [some] 50 miles", "exploded [just] a few dozen miles"
            } else if (!determined && countsDistance(before)) {
                determined = before.tag().equals("DT");
                from--;
            } else {
                break;
            }
        }
        return from;
    }

    /** A verb (its lemma) and the particle that makes one verb of it ("swear in"; data: labels/phrasal-verbs.txt). */
    private static final Set<String> PHRASAL_VERBS = WordList.load("/dateline/labels/phrasal-verbs.txt");

    /** Whether token {@code i} is the particle of the verb right before it ("sworn [in]", "set [up]", "laid [off]"). */
    static boolean phrasalParticle(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        if (i < 1 || !(tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("RP") || tokens.get(i).tag().equals("RB"))
                || !tokens.get(i - 1).isVerb()) {
            return false;
        }
        return PHRASAL_VERBS.contains(Lemmatizer.verb(tokens.get(i - 1).lower()) + " " + tokens.get(i).lower());
    }

    /** Words after which a "not" stands for a whole clause and ends it: "swine flu or not", "if not", "why not". */
    private static final Set<String> NOT_ALONE_AFTER = Set.of("or", "if", "why", "whether");

    /**
     * Whether the label's last word, "not", negated the phrase the cuts took after it ("excelled not [only as
     * composer]", "the pressure of not [stopping the leak]"). After an auxiliary it negates the verb ("is not"),
     * which other rules weigh; before a full stop it ends its clause ("The current swine strain does not.").
     */
    private static boolean negatesWhatWasCut(ParsedSentence s, boolean[] keep, int i) {
        if (i + 1 >= keep.length || keep[i + 1]) {
            return false;
        }
        Token next = s.tokens().get(i + 1);
        int b = i - 1;
        while (b > 0 && keep[b] && s.tokens().get(b).tag().equals("RB")) {
            b--; // "is certainly not"
        }
        Token before = s.tokens().get(b);
        boolean auxiliary = (before.tag().equals("MD") || before.isVerb()) && (before.text().startsWith("'")
                || HeadlineWords.AUXILIARIES.contains(Lemmatizer.verb(before.lower())));
        return !auxiliary && !NOT_ALONE_AFTER.contains(before.lower()) && !next.tag().equals(".") && !next.text().equals(",")
                && !next.tag().equals(":") && !QUOTES.contains(next.text()) && !STOPS.contains(next.text());
    }

    /** Whether a kept verb with a tense, after a kept word of its subject, stands before {@code i}: a clause. */
    private static boolean keptVerbBefore(ParsedSentence s, boolean[] keep, int i) {
        boolean subject = false;
        for (int k = 0; k < i; k++) {
            if (keep[k] && subject && FINITE.contains(s.tokens().get(k).tag())) {
                return true;
            }
            subject |= keep[k];
        }
        return false;
    }

    /**
     * Whether the kept token {@code i} is the bare verb of an infinitive of aim whose object, a question, the cuts left
     * out: "to" right before it follows a kept noun ("opened in Los Angeles to determine [whether]", "started a test burn
     * to see [how]"). After a verb, an adjective or an adverb the infinitive completes that word ("plans to visit",
     * "likely to take", "not to kiss"), which other rules weigh.
     */
    private static boolean purposeLostItsObject(ParsedSentence s, boolean[] keep, int i) {
        List<Token> tokens = s.tokens();
        if (i < 2 || i + 1 >= keep.length || !tokens.get(i).tag().equals("VB") || !keep[i - 1]
                || !tokens.get(i - 1).tag().equals("TO") || keep[i + 1]) {
            return false;
        }
        int before = i - 2;
        while (before > 0 && !keep[before]) {
            before--; // past the date left out: "opened in Boston [on Tuesday] to determine"
        }
        Token last = tokens.get(before);
        // "likely to take", "able to find", "ordered not to kiss": the infinitive completes the word before it
        if (!keep[before] || last.isVerb() || last.tag().startsWith("JJ") || last.tag().startsWith("RB")) {
            return false;
        }
        // its object a question the cuts left out: "to determine [whether ...]", "to see [how ...]"
        Token next = tokens.get(i + 1);
        return next.tag().equals("WRB") || next.tag().equals("WP") || next.lower().equals("whether") || next.lower().equals("if");
    }

    /**
     * The subordinator of the clause that a cut at {@code from} would take the verb of, or -1: a kept "after", "since",
     * "when" before the cut with a noun phrase (the clause's subject) right after it, and the clause's finite verb at or
     * after the cut. "sealed off the hotel after test results [on the man were confirmed]" is cut to "sealed off the
     * hotel", not "sealed off the hotel after test results"; "after the death [of a man who was ill]" keeps its phrase
     * (the verb is the relative clause's), and so do "after talks [with the envoy]" (no verb) and "after an explosion
     * [on the rig killed 11 workers]" (one happening: the phrase says when; "test results" are no one happening).
     */
    static int clauseCutAt(ParsedSentence s, boolean[] keep, int from) {
        List<Token> tokens = s.tokens();
        int opener = -1;
        for (int k = from - 1; k >= 0 && opener < 0; k--) {
            Token t = tokens.get(k);
            if (!keep[k]) {
                continue;
            }
            if (opensOtherClause(t) || t.isVerb()) {
                return -1;
            }
            if (subordinator(t) && k + 1 < from && HeadlineWords.nounPhraseAt(s, k + 1)) {
                int head = s.chunks().get(s.chunkOf(k + 1)).head();
                if (tokens.get(head).tag().equals("NN") && TriggerFinder.namesHappening(tokens.get(head))) {
                    return -1; // "comes after an explosion [on a rig ... killed 11 workers]": one happening says when
                }
                opener = k;
            }
        }
        for (int k = from; k < tokens.size() && opener >= 0; k++) {
            Token t = tokens.get(k);
            if (FINITE.contains(t.tag())) {
                return keep[k] ? opener : -1;
            }
            if (opensOtherClause(t) || t.isVerb() || subordinator(t)) {
                return -1; // "serve as Obama's point man [on the spill after he retires]": "retires" is another clause's
            }
        }
        return -1;
    }

    /** A word that opens a clause ({@link #opensClause}: "after", "since", "when"), not one that takes a phrase. */
    private static boolean subordinator(Token t) {
        return opensClause(t) && !PHRASE_SUBORDINATORS.contains(t.lower());
    }

    /** Pronouns that only stand as a clause's subject: a label does not end on one. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they");

    /** Words that bound or approximate an amount ("about", "over"; data: approximators.txt). */
    private static final Set<String> APPROXIMATORS = WordList.load("/dateline/labels/approximators.txt");

    /** Words that open a quantity ("several", "many"; data: quantifiers.txt). */
    private static final Set<String> QUANTIFIERS = WordList.load("/dateline/labels/quantifiers.txt");

    /** What {@link #verbAfterSubject} says of a cut inside a subject that stays whole. */
    static final int WHOLE_SUBJECT = -2;

    /** Verbs that open a condition before its subject ("had they known", "were she to leave", "should it fail"). */
    private static final Set<String> INVERTED_CONDITIONS = Set.of("had", "were", "should");

    /** Subordinators that take a phrase, not a clause ("according to", "including", "despite the storm"). */
    private static final Set<String> PHRASE_SUBORDINATORS = Set.of("according", "including", "despite", "amid", "following");

    /** A word that opens a clause of its own or ends one: a relative word, "that", a comma, a conjunction. */
    private static boolean opensOtherClause(Token t) {
        return t.tag().equals("WDT") || t.tag().equals("WP") || t.lower().equals("that") || t.tag().equals(",") || t.tag().equals("CC");
    }

    /** Drops every kept token from {@code from} on (and the clause it would take the verb of), then what the headline cannot end on. */
    static void cutFrom(ParsedSentence s, boolean[] keep, int from) {
        int opener = clauseCutAt(s, keep, from);
        for (int i = opener >= 0 ? opener : from; i < keep.length; i++) {
            keep[i] = false;
        }
        trimTail(s, keep);
    }

    /**
     * Adverbs, adjectives and participles inside the object's noun phrases, before their head; after "a" or "an" only
     * when the article still stands before its sound ("a multilateral conference" -> "a conference", but "an
     * international consensus" keeps its adjective).
     */
    static void dropModifiers(ParsedSentence s, boolean[] keep, int from, int to) {
        boolean[] before = keep.clone();
        dropEach(s, keep, from, to);
        for (int c = s.chunkOf(Math.max(0, from)); c >= 0 && c < s.chunks().size() && s.chunks().get(c).first() < to; c++) {
            Chunk np = s.chunks().get(c);
            String article = s.tokens().get(np.first()).lower();
            if (!np.isNounPhrase() || !(article.equals("a") || article.equals("an")) || !keep[np.first()]) {
                continue;
            }
            int next = np.first() + 1;
            while (next <= np.last() && !keep[next]) {
                next++;
            }
            if (next > np.last() || !Articles.fits(article, s.tokens().get(next).lower())) {
                // "an international consensus", "a crude oil slick": the article would stand before the wrong sound
                System.arraycopy(before, np.first(), keep, np.first(), np.last() - np.first() + 1);
            }
        }
    }

    /** A word that joins two adjectives inside a noun phrase: "and", "or", or a comma. */
    private static boolean joins(Token t) {
        return t.tag().equals("CC") || t.text().equals(",");
    }

    /** Ordinal words (the rules' table): "the first time", "the second death" keep them. */
    private static final Set<String> ORDINALS = Set.copyOf(app.dateline.engine.rules.RuleSet.englishTable("ordinal").words());

    /**
     * The ordinals {@link #dropModifiers} keeps, for a label still too long with them ("the [final] production casing");
     * but never before "time": "for the time" says nothing.
     */
    static void dropOrdinals(ParsedSentence s, boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = s.chunkOf(i);
            if (c < 0 || !keep[i] || !s.chunks().get(c).isNounPhrase() || i >= s.chunks().get(c).head()
                    || !ORDINALS.contains(s.tokens().get(i).lower()) || !s.tokens().get(i).tag().equals("JJ")) {
                continue;
            }
            if (!s.tokens().get(i + 1).lower().equals("time") && !s.tokens().get(s.chunks().get(c).head()).lower().equals("time")) {
                keep[i] = false;
            }
        }
    }

    /** The modifiers of {@link #dropModifiers}, whatever their article. */
    private static void dropEach(ParsedSentence s, boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = s.chunkOf(i);
            if (c < 0 || !s.chunks().get(c).isNounPhrase() || i >= s.chunks().get(c).head()) {
                continue;
            }
            String tag = s.tokens().get(i).tag();
            boolean graded = i > 0 && DEGREE.contains(s.tokens().get(i - 1).lower()) && keep[i - 1];
            // "no suspected or confirmed cases", "the long, manicured fingernails": an adjective coordinated with the one
            // before it stays with it
            boolean coordinated = i > 0 && joins(s.tokens().get(i - 1)) && keep[i - 1]
                    || i + 2 < keep.length && joins(s.tokens().get(i + 1)) && keep[i + 1] && i + 1 < s.chunks().get(c).head();
            boolean ordinal = ORDINALS.contains(s.tokens().get(i).lower()); // "for the first time", not "for the time"
            // "to [last] night's decision": the word of a possessor before its "'s" (a date kept whole) stays
            boolean possessor = i + 2 < keep.length && s.tokens().get(i + 2).tag().equals("POS");
            // "[several] thousand gallons", "[nearly] 300 people": what qualifies a number is part of the amount
            boolean amount = i + 1 < keep.length && s.tokens().get(i + 1).tag().equals("CD")
                    && (APPROXIMATORS.contains(s.tokens().get(i).lower()) || QUANTIFIERS.contains(s.tokens().get(i).lower()))
                    || opensBound(s, i); // "[up] to 75 percent"
            if ((tag.equals("RB") || tag.equals("JJ") || tag.equals("VBN") || tag.equals("VBG")) && !graded && !coordinated && !ordinal
                    && !possessor && !amount && !beforeDeterminer(s, i, s.chunks().get(c).head())) {
                keep[i] = false; // but "a more effective strategy" keeps the adjective its degree word leans on
                for (int k = i; k >= 2 && HeadlineWords.hyphen(s, k - 1); k -= 2) {
                    keep[k - 1] = false; // "the U.S.-backed government": the whole word goes, not "the U.S.- government"
                    keep[k - 2] = false;
                }
            }
        }
    }

    /** Whether the word opens a bound of several words right before a number ("up to 75 percent", approximators.txt). */
    private static boolean opensBound(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        for (int k = i + 2; k <= i + 3 && k < tokens.size(); k++) {
            if (tokens.get(k).tag().equals("CD") || tokens.get(k).tag().equals("$")) {
                return SubjectFinder.boundStart(tokens, k, new boolean[tokens.size()]) == i;
            }
        }
        return false;
    }

    /**
     * Whether a determiner stands between the word and its phrase's head: then the word modifies no noun of the phrase
     * but was read into it ("It was clear [the enormous Gulf tourism industry]", "making sure [the new levee] holds"),
     * and is what the verb before it says.
     */
    private static boolean beforeDeterminer(ParsedSentence s, int i, int head) {
        for (int k = i + 1; k < head; k++) {
            String tag = s.tokens().get(k).tag();
            if (tag.equals("DT") || tag.equals("PDT") || tag.equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Titles before a name inside the object, with the "of" phrases they run over: "after U.S. Deputy Secretary of
     * State Wendy Sherman visited" -> "after Wendy Sherman visited" (data: titles.txt).
     */
    static void dropTitles(ParsedSentence s, boolean[] keep, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int c = s.chunkOf(Math.max(0, from)); c >= 0 && c < s.chunks().size(); c++) {
            Chunk np = s.chunks().get(c);
            if (np.first() >= to) {
                break;
            }
            if (np.first() < from || !np.isNounPhrase()) {
                continue;
            }
            int named = SubjectFinder.titledName(s, np.last());
            if (named < 0) {
                continue;
            }
            int start = np.first();
            // "U.S. Deputy Secretary" "of" "State Wendy Sherman": the title runs back over "of" and names.
            while (start - 2 >= from && tokens.get(start - 1).lower().equals("of") && HeadlineWords.nounPhraseAt(s, start - 2)) {
                Chunk before = s.chunks().get(s.chunkOf(start - 2));
                boolean title = true;
                for (int i = before.first(); i <= before.last(); i++) {
                    title &= tokens.get(i).isProperNoun() && TITLES.contains(tokens.get(i).lower())
                            || i == before.first() && tokens.get(i).isProperNoun();
                }
                if (!title) {
                    break;
                }
                start = before.first();
            }
            boolean article = tokens.get(start).tag().equals("DT");
            for (int i = article ? start + 1 : start; i < named; i++) {
                keep[i] = false;
            }
        }
    }

    /** Phrases that tell how or when again, not what happened (labels/empty-adverbials.txt), as words. */
    private static final List<String[]> EMPTY_ADVERBIALS = WordList.load("/dateline/labels/empty-adverbials.txt").stream()
            .map(p -> p.split(" ")).toList();

    /**
     * The first word of the phrase of {@code empty-adverbials.txt} that ends at {@code end}, else -1: "Support for drilling
     * [in general] has slipped" (the subject is found before it).
     */
    static int emptyAdverbialEndingAt(List<Token> tokens, int end) {
        for (String[] phrase : EMPTY_ADVERBIALS) {
            int first = end - phrase.length + 1;
            boolean match = first >= 1;
            for (int k = 0; k < phrase.length && match; k++) {
                match = tokens.get(first + k).lower().equals(phrase[k]);
            }
            if (match) {
                return first;
            }
        }
        return -1;
    }

    /**
     * Drops the phrases of {@code empty-adverbials.txt} between {@code from} and {@code to}: "said [in an interview] that
     * the well would be sealed", so that a cut keeps what was said rather than the adverbial.
     */
    static void dropEmptyAdverbials(ParsedSentence s, boolean[] keep, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int i = Math.max(0, from); i < to; i++) {
            for (String[] phrase : EMPTY_ADVERBIALS) {
                int n = phrase.length;
                boolean match = i + n <= to;
                for (int k = 0; k < n && match; k++) {
                    match = keep[i + k] && tokens.get(i + k).lower().equals(phrase[k]);
                }
                int next = i + n;
                while (match && next < to && !keep[next]) {
                    next++;
                }
                // "in an interview with NBC's show", "at the time of": the phrase goes on
                if (match && !(next < to && tokens.get(next).tag().equals("IN") && !tokens.get(next).lower().equals("that"))) {
                    drop(keep, i, i + n);
                }
            }
        }
    }

    /**
     * The "that" that opens a verb's object clause, when a subject and its verb follow: it says nothing a
     * headline needs ("Blinken hinted [that] the world was unified"; after a reporting verb it always goes), and a long
     * label keeps a phrase in its place.
     */
    static void dropSaidThat(ParsedSentence s, boolean[] keep, int from, int to) {
        int first = from;
        while (first < to && !keep[first]) {
            first++;
        }
        // after "be" the clause is what the subject is, and its "that" stays: "the assessment is that this is a moderate level"
        boolean afterBe = first > 0 && s.tokens().get(first - 1).isVerb()
                && Lemmatizer.verb(s.tokens().get(first - 1).lower()).equals("be");
        if (first + 1 < to && s.tokens().get(first).lower().equals("that") && !afterBe
                && !s.tokens().get(first).tag().equals("DT") && HeadlineWords.nounPhraseAt(s, first + 1)
                && keepsVerb(s, keep, first + 1, to)) {
            keep[first] = false;
        }
    }

    /**
     * The relative clauses inside the object that qualify a noun before the clause's own verb, when that verb follows
     * them: "said most of the oil [that leaked into the Gulf of Mexico] has been cleaned up" (a long label kept "said
     * most of the oil that leaked", cut before the verb of what was said). The clause is found as {@link
     * #relativeClauseEnd} finds it; one whose end is not in sight stays.
     */
    static void dropRelativeClauses(ParsedSentence s, boolean[] keep, boolean[] skip, int from, int to,
                                    java.util.function.IntPredicate reports) {
        for (int p = from; p + 1 < to; p++) {
            // a relative clause's verb has its tense ("that pumping mud into the well took care" is what was told)
            int group = finiteGroupAt(s, p + 1);
            if (!keep[p] || group < 0) {
                continue;
            }
            if (reports.test(s.chunks().get(group).head())) {
                continue; // "a report that claimed a vast majority of the oil is gone": what it claimed goes on
            }
            int verb = relativeClauseVerb(s, group, to, skip);
            if (verb >= 0 && keepsVerb(s, keep, verb, verb + 1)) {
                for (int k = p; k < verb; k++) {
                    keep[k] = false;
                }
                p = verb;
            }
        }
    }

    /**
     * The main clause's verb right after the relative clause whose verb group is the chunk {@code group} (its pronoun
     * before it), before {@code to}; -1 when {@link #relativeClauseEnd} does not see it, or when a verb of another clause
     * stands between ("odds that suggest punters think it is likely the CEO will go" holds three): only a plain clause is
     * taken out of a label or passed on the way to a subject.
     */
    static int relativeClauseVerb(ParsedSentence s, int group, int to, boolean[] skip) {
        Chunk verbs = s.chunks().get(group);
        int verb = relativeClauseEnd(s, verbs.first(), verbs.last() + 1, to, skip, false);
        return verb < to && !finiteGroupBetween(s, verbs.last() + 1, verb) ? verb : -1;
    }

    /** Whether a finite verb group starts between {@code from} and {@code to} (exclusive). */
    private static boolean finiteGroupBetween(ParsedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (finiteGroupAt(s, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The chunk of the verb group that starts at {@code i} with a verb of tense ("collapsed", "had returned"), or -1. */
    static int finiteGroupAt(ParsedSentence s, int i) {
        int c = i < s.tokens().size() ? s.chunkOf(i) : -1;
        return c >= 0 && s.chunks().get(c).isVerbGroup() && s.chunks().get(c).first() == i
                && HeadlineWords.FINITE.contains(s.tokens().get(i).tag()) ? c : -1;
    }

    /**
     * Whether token {@code i} is a participle with its object right after a listed event noun, saying what the event
     * did: "ordered a strike [killing Ayman al-Zawahiri]", "held a ceremony [marking the anniversary]". It is part of
     * the object (a label keeps it while it fits), not a clause of its own.
     */
    static boolean eventParticiple(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).tag().equals("VBG")
                && TriggerFinder.isListedEventNoun(tokens.get(i - 1)) && HeadlineWords.nounPhraseAt(s, i + 1);
    }

    /** Whether a verb from {@code from} to {@code to} (exclusive) is kept. */
    static boolean keepsVerb(ParsedSentence s, boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            if (keep[i] && s.tokens().get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens from {@code from} to {@code to} (exclusive) are kept. */
    static int kept(boolean[] keep, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += keep[i] ? 1 : 0;
        }
        return n;
    }

    /**
     * A "that" clause a cut left without its verb ("had assured the world that schools [would be reopened]") goes
     * whole, from its "that": its subject alone says nothing. From {@code from} (the object's start) on.
     */
    static void dropVerblessClause(ParsedSentence s, boolean[] keep, int from) {
        List<Token> tokens = s.tokens();
        for (int i = keep.length - 1; i >= from; i--) {
            if (keep[i] && tokens.get(i).lower().equals("that") && tokens.get(i).tag().equals("IN")) {
                boolean verbCut = false; // the clause had a verb, and the cut left it out
                for (int k = i + 1; k < keep.length && !tokens.get(k).tag().equals("."); k++) {
                    String w = tokens.get(k).text();
                    if (DASHES.contains(w)) {
                        int close = k + 1; // "schools for girls—which the Taliban had shuttered—would be": an insert
                        while (close < keep.length && !DASHES.contains(tokens.get(close).text())) {
                            close++;
                        }
                        k = close;
                        continue;
                    }
                    if (STOPS.contains(w) || SUBORDINATORS.contains(tokens.get(k).lower())) {
                        break;
                    }
                    if (tokens.get(k).isVerb() && keep[k]) {
                        return;
                    }
                    verbCut |= tokens.get(k).isVerb() && FINITE.contains(tokens.get(k).tag());
                }
                if (verbCut) {
                    cutFrom(s, keep, i);
                }
                return;
            }
        }
    }
}
