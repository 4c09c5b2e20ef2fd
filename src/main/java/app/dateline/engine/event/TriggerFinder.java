package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the word that names the event a date is about, from the sentence's tags and phrases:
 * <ul>
 *   <li>a date inside a noun phrase dates its head when that is an event noun ("Xi's January <b>ceremony</b>",
 *       "the 1989 <b>election</b>"; event nouns in {@code resources/dateline/syntax/event-nouns.txt}), else the
 *       verb the phrase is the subject of ("third-quarter profit <b>rose</b>");</li>
 *   <li>a date after its clause's verb dates that verb, the nearest one before it ("Blinken <b>met</b> with his
 *       counterpart on Thursday"), unless an event noun stands right before the date ("the <b>takeover</b> in
 *       August 2021");</li>
 *   <li>a date that opens its clause dates the first verb after it ("In late January, Xi Jinping
 *       <b>accepted</b>...").</li>
 * </ul>
 * Clauses end at semicolons, colons, dashes, brackets and relative pronouns; commas end them too unless
 * the date is right after the comma. The shapes of earnings reports (per-share amounts, "the quarter ended
 * Sept. 30", "had a loss", measures) are {@link FinancialRules}. Thread-safe.
 */
public final class TriggerFinder {

    private static final Set<String> EVENT_NOUNS = WordList.load("/dateline/syntax/event-nouns.txt");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "(", ")", "\u2014", "\u2013", "-LRB-", "-RRB-");
    private static final Set<String> NOT_EVENT_NOUNS = WordList.load("/dateline/syntax/not-event-nouns.txt");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    private static final Set<String> NOT_EVENT_PHRASES = WordList.load("/dateline/syntax/not-event-phrases.txt");
    static final Set<String> NOT_TRIGGERS = Set.of("according", "including", "compared", "following", "pending");
    private static final Set<String> DATED_ADJECTIVES = Set.of("due", "effective", "available");
    private static final Pattern NOMINAL_DATE = Pattern.compile("\\d|quarter|year|month|week|day|period");
    private static final Set<String> OBJECT_DATE_PREPOSITIONS = Set.of("on", "by", "until", "at", "before", "after");
    private static final Set<String> INTENT_VERBS = WordList.load("/dateline/syntax/intent-verbs.txt");
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do", "get");
    private static final Set<String> VERB_PREPOSITIONS = Set.of("to", "with", "from");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** The words that join a second predicate to the first ("reopened ... and in 2023 allowed"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "then");
    private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    /** How far before its verb a relative pronoun may stand ("that had long been deposed"). */
    private static final int RELATIVE_REACH = 4;
    /** How many words of noun phrases and prepositions before the date may stand before its event noun. */
    private static final int CHAIN = 9;
    private static final int NEAR_CHAIN = 6;
    private static final Pattern EVENT_SUFFIX = Pattern.compile("(?:tion|sion|ment|ance|ence|ure|al)$");
    private final Lemmatizer lemmatizer = new Lemmatizer();
    private final TriggerRanker ranker = new TriggerRanker(this);

    /**
     * @param begin the date's first character, sentence offsets
     * @param end   exclusive
     * @return the trigger with body offsets, or null when the sentence names no event for it
     */
    public Trigger find(ParsedSentence s, int begin, int end) {
        int t = index(s, begin, end);
        if (t < 0) {
            return null;
        }
        Token w = s.tokens().get(t);
        return new Trigger(w.text(), s.offset() + w.begin(), s.offset() + w.end(), lemmatizer.lemma(w));
    }

    /** The trigger at token {@code t}, with body offsets. */
    public Trigger trigger(ParsedSentence s, int t) {
        Token w = s.tokens().get(t);
        return new Trigger(w.text(), s.offset() + w.begin(), s.offset() + w.end(), lemmatizer.lemma(w));
    }

    /**
     * The trigger's token index, or -1: {@link TriggerRanker}'s choice among the sentence's candidates, which
     * weighs the rules' own choice ({@link #ruleIndex}) with what it knows of the other words.
     */
    public int index(ParsedSentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        int ds = s.tokenAt(begin);
        if (ds >= tokens.size()) {
            return -1;
        }
        int de = lastToken(tokens, ds, end);
        return ranker.choose(s, ds, de, ruleIndex(s, begin, end));
    }

    /** The last token of the date that starts at token {@code ds} and ends at offset {@code end}. */
    private static int lastToken(List<Token> tokens, int ds, int end) {
        int de = ds;
        while (de + 1 < tokens.size() && tokens.get(de + 1).begin() < end) {
            de++;
        }
        return de;
    }

    /** The rules' choice of the trigger's token index, or -1. */
    int ruleIndex(ParsedSentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        int ds = s.tokenAt(begin);
        if (ds >= tokens.size()) {
            return -1;
        }
        int de = lastToken(tokens, ds, end);
        // "for the quarter ended Sept. 30": the period dates what the sentence says of it, not its end
        // ("Sept. 30" dates "ended").
        de = FinancialRules.periodEnded(s, de);
        int saying = QuotedPresent.saying(s, ds, de, lemmatizer);
        if (saying >= 0) {
            return saying;
        }
        // Inside a noun phrase whose head comes after the date: "Xi's January ceremony", "year-ago results".
        int c = s.chunkOf(de);
        if (c >= 0) {
            Chunk chunk = s.chunks().get(c);
            // "said today conditions in Kuwait appear": a day word right after a verb ends there; it does not
            // premodify the noun after it.
            boolean bare = ds == chunk.first() && tokens.get(de).isNoun() && ds > 0 && tokens.get(ds - 1).isVerb()
                    && de + 1 < tokens.size() && !tokens.get(de + 1).tag().equals("POS");
            if (chunk.isNounPhrase() && chunk.head() > de && !bare) {
                // "the 1989 election"; not a measure ("third-quarter sales dropped": "sale" is an event noun too)
                if (isEventNoun(tokens.get(chunk.head())) && !FinancialRules.isMeasure(tokens.get(chunk.head()))) {
                    return chunk.head();
                }
                // "current market conditions", "recent declines": an adjective that only says when dates its noun.
                boolean adjective = ds == de && tokens.get(ds).tag().startsWith("JJ") && !NOMINAL_DATE.matcher(tokens.get(ds).lower()).find();
                // "third-quarter net income rose", "Kellogg's current share is believed": the phrase that holds
                // the date dates what happens to it.
                int right = verbRight(s, chunk.last() + 1, 0);
                int after = pastPrepositionalPhrases(s, chunk.last() + 1);
                if (right >= 0 && after < tokens.size() && s.chunkOf(after) == s.chunkOf(right)) {
                    return right;
                }
                if (adjective || FinancialRules.isMeasure(tokens.get(chunk.head()))) {
                    return chunk.head();
                }
                ds = Math.min(ds, chunk.first());
                de = chunk.last();
            }
        }
        // "police are now beginning to report", "a school now located in Mount Vernon": an adverb of time right
        // before a verb dates that verb.
        if (ds == de && tokens.get(ds).tag().startsWith("RB") && de + 1 < tokens.size() && tokens.get(de + 1).tag().startsWith("VB")) {
            int c2 = s.chunkOf(de + 1);
            int head = c2 >= 0 ? s.chunks().get(c2).head() : -1;
            if (head >= de + 1 && isVerbHead(s, head)) {
                return predicate(s, head);
            }
        }
        // "debentures due March 1, 2011": the adjective that the date completes.
        int before = ds - 1;
        if (before >= 0 && tokens.get(before).tag().equals("IN")) {
            before--;
        }
        if (before >= 0 && DATED_ADJECTIVES.contains(tokens.get(before).lower())) {
            return before;
        }
        // In the subject, right before its finite verb: "net income in the third quarter jumped", "the company
        // Friday said"; not "found Thanksgiving Day clinging", "gathered Wednesday night to denounce".
        int next = de + 1 < tokens.size() ? firstVerbOfGroup(s, de + 1) : -1;
        if (next >= 0 && isVerbHead(s, next) && FINITE.contains(tokens.get(de + 1).tag()) && afterNoun(s, ds)) {
            // "The bombings on Aug. 7 killed 259 people": an event noun as the subject is what the date dates.
            int subject = subjectHead(s, ds);
            return subject >= 0 && isListedEventNoun(tokens.get(subject)) ? subject : predicate(s, next);
        }
        int when = whenClause(s, de);
        if (when >= 0) {
            return when;
        }
        int opened = conjunctOpener(s, ds, de);
        if (opened >= 0) {
            return opened;
        }
        int left = left(s, ds, false);
        if (left >= 0) {
            return left;
        }
        int right = verbRight(s, de + 1, 4);
        if (right >= 0) {
            return right;
        }
        return left(s, ds, true);
    }

    /** The first token after up to two prepositional phrases from {@code t} ("Friday's focus on the stocks telegraphed"). */
    private static int pastPrepositionalPhrases(ParsedSentence s, int t) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < 2 && t + 1 < tokens.size() && tokens.get(t).tag().equals("IN"); k++) {
            int c = s.chunkOf(t + 1);
            if (c < 0 || !s.chunks().get(c).isNounPhrase()) {
                break;
            }
            t = s.chunks().get(c).last() + 1;
        }
        return t;
    }

    /** Whether the date (with its preposition) follows a noun phrase, the subject it belongs to. */
    private static boolean afterNoun(ParsedSentence s, int ds) {
        return subjectHead(s, ds) >= 0;
    }

    /** The head of the noun phrase right before the date and its preposition, or -1. */
    private static int subjectHead(ParsedSentence s, int ds) {
        int i = ds - 1;
        while (i >= 0 && (s.tokens().get(i).tag().equals("IN") || s.tokens().get(i).tag().equals("DT"))) {
            i--;
        }
        int c = i >= 0 ? s.chunkOf(i) : -1;
        return c >= 0 && s.chunks().get(c).isNounPhrase() ? s.chunks().get(c).head() : -1;
    }

    /** The head of the verb group starting at {@code t}, or -1 when no verb group starts there. */
    private static int firstVerbOfGroup(ParsedSentence s, int t) {
        int c = s.chunkOf(t);
        if (c < 0 || !s.chunks().get(c).isVerbGroup() || s.chunks().get(c).first() != t) {
            return -1;
        }
        return s.chunks().get(c).head();
    }

    /**
     * The nearest event noun or verb before the date within its clause: first along the chain of noun
     * phrases and prepositions right before it ("a loss of $3 million last year"), then the nearest verb.
     *
     * @param pastCommas whether to look past commas (a last resort: "had net of $1.1 million, ..., a year ago")
     */
    private int left(ParsedSentence s, int ds, boolean pastCommas) {
        List<Token> tokens = s.tokens();
        int i = ds - 1;
        while (i >= 0 && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("DT") || tokens.get(i).tag().equals("TO")
                || tokens.get(i).tag().equals("RB"))) {
            i--;
        }
        for (int open = FinancialRules.perShareOpening(s, i); open >= 0; open = FinancialRules.perShareOpening(s, i)) {
            i = open - 1;
        }
        // The chain of noun phrases and prepositions: the first event noun heading a phrase in it.
        for (int j = i; j >= 0; j--) {
            Token w = tokens.get(j);
            int c = s.chunkOf(j);
            boolean inNounPhrase = c >= 0 && s.chunks().get(c).isNounPhrase();
            // "the bombings of U.S. embassies in Kenya and Tanzania last year": a coordinated name is passed.
            boolean and = w.tag().equals("CC") && j > 0 && j < i && s.chunkOf(j - 1) >= 0 && s.chunks().get(s.chunkOf(j - 1)).isNounPhrase()
                    && s.chunks().get(s.chunkOf(j + 1)).isNounPhrase();
            if (!inNounPhrase && !w.tag().equals("IN") && !and) {
                break;
            }
            // Past six words only inside a clause: a sentence that opens with a long phrase ("At a ceremony at the
            // Great Hall of the People in Beijing in late January, Xi accepted") is about its main verb.
            if (i - j > CHAIN || i - j > NEAR_CHAIN && !verbBefore(s, j)) {
                break;
            }
            if (inNounPhrase && s.chunks().get(c).head() == j && FinancialRules.comparedMeasure(s, j)) {
                return j;
            }
            if (inNounPhrase && (s.chunks().get(c).head() == j || s.chunks().get(c).head() >= ds) && isListedEventNoun(w)
                    && (j + 1 >= tokens.size() || !tokens.get(j + 1).tag().equals("POS"))
                    && (j == 0 || !NOT_EVENT_PHRASES.contains(tokens.get(j - 1).lower() + " " + w.lower()))) {
                // "paid tribute Tuesday", "issued a joint statement Friday": the object's verb names the event.
                int verb = s.chunks().get(c).first() - 1;
                // "charged with murder Thursday", "agreed to a meeting this week", "expelled from talks on Feb. 20".
                if (verb >= 1 && VERB_PREPOSITIONS.contains(tokens.get(verb).lower())) {
                    verb--;
                }
                int gap = s.chunks().get(c).last() + 1;
                boolean next = gap >= ds || gap + 1 == ds && OBJECT_DATE_PREPOSITIONS.contains(tokens.get(gap).lower());
                // "had a loss of $2.3 million ... a year ago": "have" with an event noun names the event itself.
                boolean light = verb >= 0 && isVerbHead(s, verb) && FinancialRules.lightVerb(lemmatizer, tokens.get(verb));
                if ((next || light) && verb >= 0 && isVerbHead(s, verb) && !lemmatizer.lemma(tokens.get(verb)).equals("be")) {
                    return governing(s, verb);
                }
                return j;
            }
        }
        int commas = 0;
        for (; i >= 0; i--) {
            Token w = tokens.get(i);
            if (BOUNDARIES.contains(w.text()) || w.tag().startsWith("W")) {
                return -1;
            }
            int open = FinancialRules.perShareOpening(s, i);
            if (open >= 0) {
                i = open;
                continue;
            }
            if (w.text().equals(",") && (!pastCommas || ++commas > 3)) {
                return -1;
            }
            if (isVerbHead(s, i)) {
                int relative = pastCommas && commas > 0 ? relativePronoun(s, i) : -1;
                if (relative >= 0 && datedUpToComma(s, i, ds)) {
                    // "Blinken met with his counterpart, the ally of the regime that was deposed in 2001, on
                    // Thursday": past a comma, a relative clause that has its own year is not the main clause's event.
                    i = relative;
                    continue;
                }
                int noun = i + 1 < ds ? modifiedNoun(s, i) : -1;
                return noun >= 0 ? noun : predicate(s, i);
            }
        }
        return -1;
    }

    /** Whether a verb stands before token {@code t} in the sentence. */
    private static boolean verbBefore(ParsedSentence s, int t) {
        for (int i = 0; i < t; i++) {
            if (s.tokens().get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a year stands between verb {@code v} and the first comma after it, before the date at {@code ds}. */
    private static boolean datedUpToComma(ParsedSentence s, int v, int ds) {
        for (int i = v + 1; i < ds; i++) {
            Token w = s.tokens().get(i);
            if (w.text().equals(",")) {
                return false;
            }
            if (YEAR.matcher(w.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The relative pronoun that opens the clause of verb {@code v} ("the regime that was deposed"), or -1. */
    private static int relativePronoun(ParsedSentence s, int v) {
        for (int i = v - 1; i >= 0 && v - i <= RELATIVE_REACH; i--) {
            Token w = s.tokens().get(i);
            if (w.tag().startsWith("W")) {
                return i;
            }
            if (w.text().equals(",") || BOUNDARIES.contains(w.text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A participle right after an event noun modifies it, and the date dates the noun: "remarks made last
     * week", "a NATO summit set for Washington in April" (not when the date follows the participle right away:
     * "the injunction issued Thursday"). Returns the noun, or -1.
     */
    private int modifiedNoun(ParsedSentence s, int verb) {
        String tag = s.tokens().get(verb).tag();
        int first = s.chunks().get(s.chunkOf(verb)).first();
        if (!(tag.equals("VBN") || tag.equals("VBG")) || first != verb || first == 0) {
            return -1;
        }
        int c = s.chunkOf(first - 1);
        if (c < 0 || !s.chunks().get(c).isNounPhrase()) {
            return -1;
        }
        int head = s.chunks().get(c).head();
        return isEventNoun(s.tokens().get(head)) ? head : -1;
    }

    /** The first main verb from token {@code from} on, within the clause, passing at most {@code commas} commas. */
    private int verbRight(ParsedSentence s, int from, int commas) {
        List<Token> tokens = s.tokens();
        int passed = 0;
        boolean relative = false;
        for (int i = from; i < tokens.size(); i++) {
            Token w = tokens.get(i);
            if (BOUNDARIES.contains(w.text())) {
                return -1;
            }
            if (commas > 0 && RELATIVES.contains(w.lower()) && i > from) {
                // "Security Pacific, which is among the largest, completed": the relative clause's verb is passed.
                if (tokens.get(i - 1).text().equals(",")) {
                    int close = i + 1;
                    while (close < tokens.size() && !tokens.get(close).text().equals(",") && !BOUNDARIES.contains(tokens.get(close).text())) {
                        close++;
                    }
                    if (close < tokens.size() && tokens.get(close).text().equals(",")) {
                        i = close;
                        continue;
                    }
                } else {
                    relative = true;
                }
                continue;
            }
            if (w.text().equals(",") && ++passed > commas) {
                return -1;
            }
            if (isVerbHead(s, i)) {
                if (relative) {
                    // "officers who had been searching for Howes concluded": the first verb is the relative clause's.
                    relative = false;
                    continue;
                }
                return predicate(s, i);
            }
        }
        return -1;
    }

    /**
     * "until early 1990, when each will adopt the name": a date with a clause of its own after a comma dates that
     * clause's event. Returns its verb, or -1.
     */
    private int whenClause(ParsedSentence s, int de) {
        List<Token> tokens = s.tokens();
        if (de + 2 < tokens.size() && tokens.get(de + 1).text().equals(",") && tokens.get(de + 2).lower().equals("when")) {
            return verbRight(s, de + 3, 0);
        }
        return -1;
    }

    /**
     * "reopened its embassy in 2022 and in 2023 allowed the Taliban": a date (with its preposition) right after the
     * "and" that joins a second predicate to the first opens that predicate, and dates the verb right after it, not
     * the first predicate's verb. Returns the verb, or -1.
     */
    private int conjunctOpener(ParsedSentence s, int ds, int de) {
        List<Token> tokens = s.tokens();
        int i = ds - 1;
        boolean preposition = false;
        for (int k = 0; k < 2 && i >= 0 && tokens.get(i).tag().equals("IN"); k++) {
            preposition = true; // "in 2023", "as of Thursday"
            i--;
        }
        if (i < 1 || !CONJUNCTIONS.contains(tokens.get(i).lower()) || !verbBefore(s, i)) {
            return -1;
        }
        if (!preposition && tokens.get(ds).tag().equals("CD")) {
            return -1; // "and 2010 was shaping up", "to Mexico April 16 and 17 came down": a subject, a second day
        }
        int next = de + 1;
        while (next < tokens.size() && tokens.get(next).tag().startsWith("RB")) {
            next++; // "and in 2023 quietly allowed"
        }
        if (next >= tokens.size() || !FINITE.contains(tokens.get(next).tag())) {
            return -1;
        }
        int head = firstVerbOfGroup(s, next);
        return head >= 0 && isVerbHead(s, head) ? predicate(s, head) : -1;
    }

    /**
     * A form of "be" names no event itself: its adjective or event noun does ("were lower", "was a loss"), or
     * else its subject when that is an event noun ("net income was $2.1 million").
     */
    private int predicate(ParsedSentence s, int verb) {
        verb = governing(s, verb);
        List<Token> tokens = s.tokens();
        if (!lemmatizer.lemma(tokens.get(verb)).equals("be")) {
            return verb;
        }
        int i = verb + 1;
        while (i < tokens.size() && tokens.get(i).tag().equals("RB")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).tag().startsWith("JJ")) {
            // "was last seen", "was first reported": the participle after a word tagged an adjective
            return i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("VBN") ? i + 1 : i;
        }
        int c = i < tokens.size() ? s.chunkOf(i) : -1;
        if (c >= 0 && s.chunks().get(c).isNounPhrase() && isEventNoun(tokens.get(s.chunks().get(c).head()))) {
            return s.chunks().get(c).head();
        }
        int v = s.chunkOf(verb);
        int before = s.chunks().get(v).first() - 1;
        int sc = before >= 0 ? s.chunkOf(before) : -1;
        // "net income was $2.1 million": the measure the verb gives the amount of.
        if (sc >= 0 && s.chunks().get(sc).isNounPhrase()
                && (isEventNoun(tokens.get(s.chunks().get(sc).head())) || FinancialRules.isMeasure(tokens.get(s.chunks().get(sc).head())))) {
            return s.chunks().get(sc).head();
        }
        return verb;
    }

    /**
     * "vowed to hunt down", "refused to order": a date names the verb that governs the infinitive (the
     * commitment or refusal happened then), not the infinitive the phrase's head is; after a verb of intent
     * ("plans to announce", "is scheduled to expire", {@code intent-verbs.txt}) it names the infinitive.
     */
    private int governing(ParsedSentence s, int verb) {
        List<Token> tokens = s.tokens();
        int c = s.chunkOf(verb);
        if (c < 0 || verb == 0 || !tokens.get(verb - 1).tag().equals("TO")) {
            return verb;
        }
        for (int j = s.chunks().get(c).first(); j < verb - 1; j++) {
            Token w = tokens.get(j);
            if (w.tag().startsWith("VB") && !AUXILIARY_LEMMAS.contains(lemmatizer.lemma(w)) && !w.lower().startsWith("'")
                    && !w.lower().startsWith("\u2019")) {
                return INTENT_VERBS.contains(lemmatizer.lemma(w)) ? verb : j;
            }
        }
        return verb;
    }

    /** The last verb of its verb group, a word (not "according"), and not an auxiliary left alone. */
    boolean isVerbHead(ParsedSentence s, int i) {
        if (i < 0) {
            return false;
        }
        Token w = s.tokens().get(i);
        if (!w.isVerb() || !Character.isLetter(w.text().charAt(0)) || NOT_TRIGGERS.contains(w.lower())) {
            return false;
        }
        int c = s.chunkOf(i);
        if (c < 0 || s.chunks().get(c).head() != i) {
            return false;
        }
        return !w.tag().equals("MD") && !adjectival(s, i) && !insideName(s.tokens(), i);
    }

    /** A lower-case name particle between two proper nouns: "es" in "Dar es Salaam", tagged a verb. */
    private static boolean insideName(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && TriggerCandidates.NAME_PARTICLES.contains(tokens.get(i).text())
                && tokens.get(i - 1).isProperNoun() && tokens.get(i + 1).isProperNoun();
    }

    /**
     * A participle that only describes the noun after it: "a heavily wooded, four-acre area", "in subordinated
     * convertible debentures", "the bank holding company".
     */
    private static boolean adjectival(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        String tag = tokens.get(i).tag();
        if (!(tag.equals("VBN") || tag.equals("VBG")) || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).tag();
        int p = i - 1;
        while (p > 0 && tokens.get(p).tag().startsWith("RB")) {
            p--;
        }
        String before = tokens.get(p).tag();
        boolean modifies = next.equals("JJ") || next.equals("NN") || next.equals("NNS") || next.equals(",") && tag.equals("VBN");
        boolean determined = before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.equals("JJ")
                || before.equals("CD") || before.equals("IN") && tag.equals("VBN");
        // "bank holding company": a participle between two singular nouns is part of a compound name
        boolean compound = tag.equals("VBG") && tokens.get(i - 1).tag().equals("NN") && next.equals("NN");
        return modifies && determined || compound;
    }

    static boolean isListedEventNoun(Token w) {
        return w.isNoun() && !w.isProperNoun()
                && (EVENT_NOUNS.contains(Lemmatizer.plural(w.lower())) || EVENT_NOUNS.contains(w.lower()));
    }

    /** A common noun that names a happening: in the list, or made like one ("-tion", "-ment", "-al") and not in the stop list. */
    boolean isEventNoun(Token w) {
        return namesHappening(w);
    }

    /** {@link #isEventNoun}, for callers with no finder. */
    static boolean namesHappening(Token w) {
        if (!w.isNoun() || w.isProperNoun()) {
            return false;
        }
        String lemma = Lemmatizer.plural(w.lower());
        if (EVENT_NOUNS.contains(lemma) || EVENT_NOUNS.contains(w.lower())) {
            return true;
        }
        return !NOT_EVENT_NOUNS.contains(lemma) && lemma.length() > 5 && EVENT_SUFFIX.matcher(lemma).find();
    }
}
