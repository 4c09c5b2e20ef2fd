package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.QUOTES;
import static app.dateline.engine.event.HeadlineWords.STOPS;
import static app.dateline.engine.event.HeadlineWords.SUBORDINATORS;
import static app.dateline.engine.event.HeadlineWords.TITLES;
import static app.dateline.engine.event.HeadlineWords.nounPhraseAt;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.PosTagger;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds a verb's subject: the noun phrases right before its verb group, past an appositive or a relative
 * pronoun, with its "of" and "and" phrases, and with titles and descriptions before a name left out
 * ("Chinese President Xi Jinping" -> "Xi Jinping").
 */
final class SubjectFinder {

    /** Dashes that set off a relative clause like commas ("(WHO) - which increased its pandemic alert - said"). */
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "\u2013", "\u2014");

    /** The closed-class words a subject is read by (data: subject-words.tsv, each class with an example). */
    private static final String WORDS_TABLE = "/dateline/labels/subject-words.tsv";
    private static final java.util.Map<String, java.util.Set<String>> WORDS = WordList.loadClasses(WORDS_TABLE);

    /** "her" is a pronoun or a possessive: before a noun phrase the tagger may split from it, the possessive. */
    private static final java.util.Set<String> OBJECT_OR_POSSESSIVE = words("object-or-possessive");

    private SubjectFinder() {
    }

    private static java.util.Set<String> words(String wordClass) {
        return WordList.wordClass(WORDS, WORDS_TABLE, wordClass);
    }

    /**
     * @param groupStart the first token of the verb group
     * @return the subject's first and last token, or null when no noun phrase comes right before the verb
     */
    static int[] find(ParsedSentence s, int groupStart, boolean[] skip) {
        int[] subject = findPhrase(s, groupStart, skip);
        while (subject != null && subject[0] >= 2 && HeadlineWords.hyphen(s, subject[0] - 1) && !skip[subject[0] - 2]) {
            subject[0] -= 2; // "Norwood, Mass.-based Phoenix has had": the word is whole, not "Based Phoenix"
        }
        if (subject != null && subject[1] + 1 < groupStart && possessiveName(s.tokens(), subject[1] + 1, skip)
                && rightBefore(s.tokens(), subject[1] + 1, groupStart, skip)) {
            subject[1]++;
        }
        if (subject != null) {
            subject[0] = listStart(s, subject, skip); // "Russia, China and Iran took part": not "China and Iran"
            subject[0] = boundStart(s.tokens(), subject[0], skip); // "nearly every country has": not "every country"
        }
        return subject;
    }

    /** Whether a word may name a person's role before the name: a common noun in lower case ("analyst"; not "nee"). */
    private static boolean role(Token t) {
        return t.isCommonNoun() && t.text().length() > 3 && t.text().equals(t.lower());
    }

    /** Whether only adverbs and words left out stand between token {@code j} and the verb group at {@code groupStart}. */
    private static boolean rightBefore(List<Token> tokens, int j, int groupStart, boolean[] skip) {
        for (int k = j + 1; k < groupStart; k++) {
            if (!skip[k] && !tokens.get(k).tag().equals("RB")) {
                return false; // "the Gulf's \"loop current\"": a quoted noun is what the name owns
            }
        }
        return true;
    }

    /** Whether token {@code j} is the "'s" of a name that owns nothing after it: "McDonald's said", "Sainsbury's reported". */
    private static boolean possessiveName(List<Token> tokens, int j, boolean[] skip) {
        return j >= 1 && tokens.get(j).tag().equals("POS") && !skip[j] && !skip[j - 1] && tokens.get(j - 1).isProperNoun();
    }

    /**
     * The last word of the noun that a participle's phrase ending at {@code j} qualifies: "a containment cap [placed on
     * a blown-out well in the Gulf of Mexico] is helping" (the cap, not the Gulf). The phrase is the participle alone in
     * its chunk, right after a noun phrase, and one or more prepositions with their noun phrases up to {@code j}. Else
     * {@code j}. Its prepositions are those of {@code prepositions.txt}, not "that" or a subordinator.
     */
    private static int beforeParticiplePhrase(ParsedSentence s, int j, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int end = compoundEnd(s, j);
        for (int phrases = 0; phrases < 6 && nounPhraseAt(s, end); phrases++) {
            int p = s.chunks().get(s.chunkOf(end)).first() - 1;
            while (p >= 0 && skip[p]) {
                p--;
            }
            if (p < 1 || !tokens.get(p).tag().equals("IN") || s.chunks().get(s.chunkOf(p)).first() != p
                    || !ClauseTrimmer.PREPOSITIONS.contains(tokens.get(p).lower()) || SUBORDINATORS.contains(tokens.get(p).lower())
                    || tokens.get(p).lower().equals("that")) {
                return j;
            }
            int q = p - 1;
            while (q >= 0 && skip[q]) {
                q--;
            }
            Token before = q < 1 ? null : tokens.get(q);
            if (before != null && (before.tag().equals("VBN") || before.tag().equals("VBG"))
                    && s.chunks().get(s.chunkOf(q)).first() == q && s.chunks().get(s.chunkOf(q)).last() == q
                    && !skip[q - 1] && nounPhraseAt(s, q - 1)) {
                return q - 1;
            }
            end = compoundEnd(s, q);
        }
        return j;
    }

    /** The noun phrase's last word before a compound's last noun left in a chunk of its own ("a blown-out [well/RB]"). */
    private static int compoundEnd(ParsedSentence s, int t) {
        boolean alone = t > 0 && s.tokens().get(t).tag().equals("RB") && PosTagger.endsCompound(s.tokens().get(t).lower())
                && s.chunks().get(s.chunkOf(t)).first() == t && s.chunks().get(s.chunkOf(t)).last() == t;
        return alone && nounPhraseAt(s, t - 1) ? t - 1 : t;
    }

    /**
     * The relative pronoun of a clause that ends right before the verb group at {@code groupStart}, when the word before
     * the verb is no noun phrase: "the well which blew out [in April] had been sealed", "the company that collapsed [in
     * 2008] was sold" (the clause's end as {@link ClauseTrimmer#relativeClauseEnd} finds it); else {@code j}.
     */
    private static int relativeBefore(ParsedSentence s, int j, int groupStart, boolean[] skip) {
        String tag = j < 1 ? "" : s.tokens().get(j).tag();
        // the clause's particle, adverb, verb or complement (a comma, a bracket or a quote is an insert's, found below)
        if (j < 1 || nounPhraseAt(s, j) || !(tag.equals("RP") || tag.equals("RB") || tag.startsWith("VB") || tag.startsWith("JJ"))) {
            return j;
        }
        for (int p = j; p >= 1 && j - p <= 12; p--) {
            Token t = s.tokens().get(p);
            int group = p + 1 < groupStart ? ClauseTrimmer.finiteGroupAt(s, p + 1) : -1;
            if (skip[p] || !(t.tag().equals("WDT") || t.tag().equals("WP") || t.lower().equals("that")) || group < 0) {
                continue;
            }
            return ClauseTrimmer.relativeClauseVerb(s, group, groupStart + 1, skip) == groupStart ? p : j;
        }
        return zeroRelative(s, j, skip);
    }

    /**
     * The last word of the noun a relative clause without a relative word qualifies, when that clause is a subject and
     * its verb with a tense and no object, ending at {@code j} right before the main verb: "an oil rig [the company was
     * operating] exploded" (the rig). Else {@code j}.
     */
    private static int zeroRelative(ParsedSentence s, int j, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int g = s.chunkOf(j);
        if (g < 2 || !s.chunks().get(g).isVerbGroup() || s.chunks().get(g).last() != j
                || ClauseTrimmer.finiteGroupAt(s, s.chunks().get(g).first()) != g
                || Lemmatizer.verb(tokens.get(s.chunks().get(g).head()).lower()).equals("be")) {
            return j;
        }
        Chunk subject = s.chunks().get(g - 1);
        Chunk noun = s.chunks().get(g - 2);
        String opener = tokens.get(subject.first()).tag();
        boolean plainSubject = opener.equals("DT") || opener.equals("PRP$") || opener.startsWith("NNP")
                || subject.first() == subject.last() && opener.equals("PRP");
        boolean common = tokens.get(noun.last()).isCommonNoun();
        for (int i = noun.first(); i <= subject.last(); i++) {
            if (skip[i]) {
                return j;
            }
        }
        return subject.isNounPhrase() && noun.isNounPhrase() && plainSubject && common ? noun.last() : j;
    }

    /** Participles that open an adverbial clause at a sentence's head, not its subject ("Following the talks"). */
    private static final java.util.Set<String> CLAUSE_PARTICIPLES = words("clause-participle");

    /** Pronouns in the object case, never a subject ("him", "them"; not "her", also a possessive). */
    private static final java.util.Set<String> OBJECTIVE = words("objective");

    /** Reflexive pronouns: a verb's object ("found himself"), or the subject's emphasis ("Obama himself attended"). */
    private static final java.util.Set<String> REFLEXIVE = words("reflexive");

    /** Whether token {@code t} is a phrase of one pronoun that cannot be a subject: "him", "them", "himself". */
    static boolean objectPronoun(ParsedSentence s, int t) {
        if (t < 0 || s.chunkOf(t) < 0) {
            return false;
        }
        Chunk c = s.chunks().get(s.chunkOf(t));
        String w = s.tokens().get(t).lower();
        return c.first() == c.last() && (OBJECTIVE.contains(w) || REFLEXIVE.contains(w));
    }

    /**
     * Whether the reflexive at {@code j} only stresses a subject before it ("Obama, who has been criticised, [himself]
     * attended", "Tony Hayward, who [himself] faces"): it follows a comma, a relative pronoun or a noun, not a verb
     * whose object it is ("found himself").
     */
    private static boolean emphaticReflexive(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j < 1 || !REFLEXIVE.contains(tokens.get(j).lower())) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.text().equals(",") || before.tag().equals("WP") || before.tag().equals("WDT") || before.isNoun()
                || before.isProperNoun();
    }

    /**
     * The first token of a count a pronoun in the object case ends ("[some] of us", "[many] of them", "[each] of us"), or
     * -1: the pronoun is the "of" phrase of a subject the chunker left without a noun.
     */
    private static int countedPronoun(ParsedSentence s, int j, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (j < 2 || !OBJECTIVE.contains(tokens.get(j).lower()) || !tokens.get(j - 1).lower().equals("of") || skip[j - 1]
                || skip[j - 2]) {
            return -1;
        }
        Token count = tokens.get(j - 2);
        boolean counts = QUANTIFIERS.contains(count.lower()) || count.tag().equals("CD") || count.tag().equals("DT");
        return counts ? j - 2 : -1;
    }

    /**
     * Whether the verb after "there" at {@code there} (past dates and adverbs) is one an existential "there" takes: a form
     * of "be" or an auxiliary ("there is", "there have been", "there will be"); "an explosion there in April killed" is
     * the explosion's place.
     */
    private static boolean existentialVerbAfter(ParsedSentence s, int there, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int v = there + 1;
        while (v < tokens.size() && (skip[v] || tokens.get(v).tag().equals("RB"))) {
            v++;
        }
        return v >= tokens.size() || !tokens.get(v).isVerb() || HeadlineWords.AUXILIARIES.contains(Lemmatizer.verb(tokens.get(v).lower()));
    }

    /** The forms of a company that end its name after a comma ("Inc.", "Ltd"). */
    private static final java.util.Set<String> COMPANY_SUFFIXES = words("company-suffix");

    /** Whether the comma at {@code comma} sits between a name and its company form: "FLIR Systems[,] Inc.". */
    private static boolean companySuffixComma(List<Token> tokens, int comma) {
        return comma > 0 && comma + 1 < tokens.size() && tokens.get(comma - 1).isProperNoun()
                && COMPANY_SUFFIXES.contains(tokens.get(comma + 1).lower());
    }

    /** Prepositions that stand without an object right before a verb, as adverbs ("never seen [before] has killed"). */
    private static final java.util.Set<String> STANDING_ADVERBS = words("standing-adverb");

    /**
     * Whether token {@code j} is such a preposition right before a verb with a tense: "seen before [has killed]"; but
     * "before [being capped]" is the preposition of a gerund's clause.
     */
    private static boolean standingAdverb(List<Token> tokens, int j, int groupStart) {
        return j + 1 == groupStart && STANDING_ADVERBS.contains(tokens.get(j).lower())
                && HeadlineWords.FINITE.contains(tokens.get(groupStart).tag());
    }

    /** The words that join a subject's noun phrases: "A wave of attacks", "Russia and China", "the minister or his deputy". */
    private static final java.util.Set<String> LINKS = words("link");

    /** The first word of a pair's correlative: "[neither] Russia nor China", "[either] the minister or his deputy". */
    private static final java.util.Set<String> CORRELATIVES = words("correlative");

    /**
     * Where a subject that joins names with "and" starts when it is the end of a list of names ("Russia, China and
     * Iran"), or of a pair with its correlative ("neither Russia nor China"). A list counts only at the start of its
     * clause: in "In Kabul, China and Iran signed" the first name is the preposition's.
     */
    private static int listStart(ParsedSentence s, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int start = subject[0];
        if (start > 0 && !skip[start - 1] && CORRELATIVES.contains(tokens.get(start - 1).lower())) {
            return start - 1;
        }
        boolean joined = false;
        for (int i = start; i <= subject[1]; i++) {
            Token t = tokens.get(i);
            if (!t.isProperNoun() && !t.tag().equals("CC") && !t.text().equals(",")) {
                return commonListStart(s, subject, skip);
            }
            joined |= t.tag().equals("CC");
        }
        // back over ", Russia": the names before a comma (not a title right before the subject: "President Barack Obama")
        int first = joined && start > 0 && tokens.get(start - 1).text().equals(",") ? namesListFirst(tokens, start, skip) : start;
        if (first == start) {
            return start;
        }
        Token before = first > 0 ? tokens.get(first - 1) : null;
        boolean opens = before == null || skip[first - 1] || before.text().equals(",") || before.tag().equals(".")
                || QUOTES.contains(before.text());
        return opens ? first : start;
    }

    /**
     * Where a subject of two common nouns joined by "and" starts when it ends a list that opens the sentence:
     * "Restaurants, schools and businesses are likely to reopen", not "Schools and businesses"; each of the list's
     * phrases is a noun phrase of its own. Else the subject's start.
     */
    private static int commonListStart(ParsedSentence s, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int start = subject[0];
        int and = start;
        while (and <= subject[1] && !tokens.get(and).lower().equals("and")) {
            and++;
        }
        if (and > subject[1] || s.chunkOf(start) < 0 || s.chunks().get(s.chunkOf(start)).last() + 1 != and) {
            return start;
        }
        int first = start;
        while (first >= 2 && tokens.get(first - 1).text().equals(",") && !skip[first - 2] && nounPhraseAt(s, first - 2)
                && tokens.get(first - 2).isCommonNoun()) {
            first = s.chunks().get(s.chunkOf(first - 2)).first();
        }
        int open = first - 1;
        while (open >= 0 && skip[open]) {
            open--;
        }
        return first < start && open < 0 ? first : start;
    }

    /**
     * Words that bound, approximate or deny the quantity of a subject, which it cannot lose (data:
     * approximators.txt), each split into its words, longest first.
     */
    private static final List<String[]> APPROXIMATORS =
            WordList.load("/dateline/labels/approximators.txt").stream()
                    .map(entry -> entry.split(" "))
                    .sorted(java.util.Comparator.comparingInt((String[] words) -> words.length).reversed()
                            .thenComparing(words -> String.join(" ", words)))
                    .toList();

    /** Words that open a quantity (data: quantifiers.txt): "every", "half", "anyone". */
    private static final java.util.Set<String> QUANTIFIERS =
            WordList.load("/dateline/labels/quantifiers.txt");

    /** A number, a currency sign or a quantifier: what a bound can bound ("not the workers" is a contrast). */
    private static boolean quantity(Token first) {
        // "roughly one-quarter": the word's first part
        return first.tag().equals("CD") || first.tag().equals("$") || QUANTIFIERS.contains(first.lower().split("-")[0]);
    }

    /** The first token of the bound before {@code start} ("more than" before "200 people"), or {@code start}. */
    static int boundStart(List<Token> tokens, int start, boolean[] skip) {
        for (String[] words : APPROXIMATORS) {
            int first = start - words.length;
            if (first < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = !skip[first + k] && tokens.get(first + k).lower().equals(words[k]);
            }
            // one word is a bound as an adverb; "about", "around" and "over" read as prepositions only before a number
            if (match && quantity(tokens.get(start)) && (words.length > 1 || tokens.get(first).tag().equals("RB")
                    || tokens.get(first).tag().equals("IN") && tokens.get(start).tag().equals("CD"))) {
                return first;
            }
        }
        return start;
    }

    private static int[] findPhrase(ParsedSentence s, int groupStart, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int j = groupStart - 1;
        boolean finiteVerb = HeadlineWords.FINITE.contains(tokens.get(groupStart).tag());
        while (j >= 0) {
            if (skip[j] || joinsDates(tokens, skip, j) || tokens.get(j).tag().equals("RB") || QUOTES.contains(tokens.get(j).text())
                    || linkedDatePreposition(tokens, skip, j)
                    || floatingQuantifier(tokens, j) || standingAdverb(tokens, j, groupStart) || emphaticReflexive(s, j)) {
                j--;
                continue;
            }
            // "Support for drilling [in general] has slipped"; before a verb with a tense only ("in an interview [heard] in
            // court" is the interview's participle)
            int adverbial = finiteVerb ? ClauseTrimmer.emptyAdverbialEndingAt(tokens, j) : -1;
            if (adverbial < 0) {
                break;
            }
            j = adverbial - 1;
        }
        if (possessiveName(tokens, j, skip) && rightBefore(tokens, j, groupStart, skip)) {
            j--; // "McDonald's said", "Standard & Poor's downgraded": the name (find puts its "'s" back)
        }
        final int beforeVerb = j; // the word right before the verb, past dates and adverbs
        int counted = countedPronoun(s, j, skip);
        if (counted >= 0) {
            return new int[] {counted, j}; // "Some of them date back": not "Them date back"
        }
        if (dateAsSubject(s, j, groupStart, skip)) {
            return null; // "birds have been good messengers, and today is no exception": the date is the subject
        }
        int shared = sharedSubjectVerb(s, j, skip);
        if (shared >= 0) {
            // "BP put a new cap on the well and closed the valves": the verbs joined by "and" share the subject
            return findPhrase(s, shared, skip);
        }
        j = relativeBefore(s, j, groupStart, skip); // "the well which blew out in April had been sealed": the well
        j = beforeBrackets(tokens, j); // "Acme Oil Plc (ACM.L) will give": the name before its ticker
        j = beforeDashInsert(s, j); // "No country \u2014 including China \u2014 currently recognizes"
        if (j >= 1 && j + 1 < groupStart && (tokens.get(j).tag().equals("VBN") || tokens.get(j).tag().equals("VBG"))
                && s.chunks().get(s.chunkOf(j)).first() == j && s.chunks().get(s.chunkOf(j)).last() == j) {
            // "A Reuters survey of analysts taken April 21-27 found", "The amount of money set aside will be": the
            // participle with its date or particle qualifies the subject; so with an adverb before it ("A strain of flu
            // never seen before has killed")
            int before = j >= 2 && tokens.get(j - 1).tag().equals("RB") && !skip[j - 1] ? j - 2 : j - 1;
            if (nounPhraseAt(s, before)) {
                j = before;
            }
        }
        j = beforeParticiplePhrase(s, j, skip); // "a cap placed on the well [last week] is helping": the cap
        if (j >= 0 && tokens.get(j).lower().equals("what") && tokens.get(j).tag().equals("WP")) {
            return new int[] {j, j}; // "ashamed of what happened in the White House": what happened
        }
        int pronoun = relativeBeforeSetOffDate(tokens, j, skip);
        if (pronoun >= 0) {
            j = pronoun; // "Chevron which, [in October], was given consent": the relative pronoun before the date's commas
        }
        boolean relative = false; // after "who"
        boolean viaRelative = false; // the phrase is the one a relative pronoun qualifies
        boolean personal = false; // the relative pronoun is "who", "whom" or "whose"
        boolean setOff = false; // a comma or dash before the relative pronoun
        // "a rig that sank"; but "..., but [that] is not likely to happen": a "that" the chunker made a noun phrase of its
        // own (a determiner standing alone, after no noun) and that follows "but", "and" or a comma is the subject (after a
        // verb it may open what was said: "officials saying that will not happen")
        boolean thatRelative = j >= 1 && j + 1 == groupStart && tokens.get(j).lower().equals("that")
                && !(tokens.get(j).tag().equals("DT") && nounPhraseAt(s, j)
                        && (tokens.get(j - 1).tag().equals("CC") || tokens.get(j - 1).text().equals(",")));
        if (j >= 0 && (tokens.get(j).tag().equals("WDT") || tokens.get(j).tag().equals("WP") || thatRelative)) {
            relative = qualifiesNounBefore(tokens, j);
            personal = tokens.get(j).lower().startsWith("who");
            j--; // "the regime that was deposed": the regime
            while (j >= 0 && (skip[j] || tokens.get(j).text().equals(",") || DASHES.contains(tokens.get(j).text()))) {
                setOff |= !skip[j];
                j--;
            }
            j = beforeBrackets(tokens, j); // "the World Health Organization (WHO) - which increased"
            viaRelative = true;
            // a region in lower case is no "who" even after a comma ("a patient from the north-east, who had returned")
            if (relative && placedName(s, j) && (!tokens.get(j + 1).text().equals(",") || REGIONS.contains(tokens.get(j).lower()))) {
                relative = false; // "a woman from Fife who travelled": a name takes no restrictive clause; the woman did
            }
        } else if (j >= 1 && tokens.get(j).text().equals(",")) {
            int[] named = includedNames(s, j);
            if (named != null) {
                return named; // "several of these powers, including China, Iran, and Russia, took part"
            }
            j = beforeInsert(s, j, skip);
            while (j >= 0 && skip[j]) {
                j--; // "The timing of the ceremony in January, for example, sends"
            }
            if (j < 0) {
                return null;
            }
        }
        if (j < 0 || !nounPhraseAt(s, j) || skip[j]) {
            return null;
        }
        // "a 26-year-old who has recovered and a 47-year-old man who returned": a phrase qualified by its own relative
        // clause is no object inside the clause before it.
        // a finite verb right after the phrase, with no comma, dash or bracket between
        boolean finite = HeadlineWords.FINITE.contains(tokens.get(groupStart).tag()) && j == beforeVerb;
        int opener = viaRelative ? -1 : relativeOpener(s, j, skip, finite);
        if (opener > 0) {
            // "a Merseyside woman who had recently returned from Mexico was confirmed": the phrase before the
            // verb is the relative clause's; the subject is the noun the clause qualifies.
            relative = qualifiesNounBefore(tokens, opener);
            j = opener - 1;
            while (j >= 0 && (skip[j] || tokens.get(j).text().equals(","))) {
                j--;
            }
            if (j < 0 || !nounPhraseAt(s, j)) {
                return null;
            }
            relative &= !(placedName(s, j) && j + 1 == opener); // "a 42-year-old from Bristol who had not visited"
        }
        if (j >= 2 && tokens.get(j).tag().equals("CD") && s.chunks().get(s.chunkOf(j)).first() == j
                && j + 1 < tokens.size() && !tokens.get(j + 1).text().equals(",")
                && tokens.get(j - 1).text().equals(",") && tokens.get(j - 2).isProperNoun() && opensSentence(s, j - 2)) {
            j -= 2; // "Dr Conrad Murray, 58 was charged": a name's age whose closing comma is missing
        }
        // "to view damage caused by the sinking": a participle right after its noun, with its preposition after it,
        // qualifies that noun, the infinitive's object, and the walk back stops at the infinitive (but "the attempt to
        // plug its well failed/VBN last week" is the attempt's)
        String verbTag = tokens.get(groupStart).tag();
        int after = groupStart + 1;
        while (after < tokens.size() && skip[after]) {
            after++; // "an injunction issued [on Tuesday] by a judge"
        }
        boolean reduced = !viaRelative && quotesOnlyBetween(tokens, j, groupStart) && (verbTag.equals("VBN") || verbTag.equals("VBG"))
                && after < tokens.size() && (tokens.get(after).tag().equals("IN") || tokens.get(after).tag().equals("TO"));
        int first = firstPhrase(s, j, skip, relative, viaRelative && setOff, viaRelative && relative && !personal, reduced);
        int named = titledName(s, j);
        int ownFirst = s.chunks().get(s.chunkOf(j)).first();
        // "President Barack Obama and British Prime Minister David Cameron were": two people joined, not the second alone
        boolean joined = ownFirst > 1 && tokens.get(ownFirst - 1).lower().equals("and") && tokens.get(ownFirst - 2).isProperNoun()
                && first == s.chunkOf(ownFirst - 2);
        if (joined && named >= 0) {
            int firstNamed = titledName(s, ownFirst - 2);
            return new int[] {firstNamed >= 0 ? firstNamed : s.chunks().get(first).first(), j};
        }
        if (first != s.chunkOf(j) && named >= 0) {
            return new int[] {named, j}; // "Coordinator for Strategic Communications at the NSC John Kirby"
        }
        Chunk c = s.chunks().get(first);
        int start = c.first();
        // The first noun phrase with its "of" phrases: "A wave of attacks", "Three members of a family".
        int end = c.last();
        if (end == start && end < j && OBJECT_OR_POSSESSIVE.contains(tokens.get(end).lower()) && nounPhraseAt(s, end + 1)
                && s.chunks().get(s.chunkOf(end + 1)).first() == end + 1) {
            end = s.chunks().get(s.chunkOf(end + 1)).last(); // "her son, named Jack, died": "her" is the son's, not a subject
        }
        while (end > start && skip[end]) {
            end--; // "President Barack Obama last night used": the date the phrase ends with is no part of the name
        }
        if (end + 2 <= j && HeadlineWords.numberRange(tokens, end + 1) && !skip[end + 2]) {
            end = s.chunks().get(s.chunkOf(end + 2)).last(); // "8 million to 9 million gallons had spilled": the range
        }
        for (int n = 0; n < 2 && end + 2 <= j; n++) {
            Token link = tokens.get(end + 1);
            if (!LINKS.contains(link.lower()) || !nounPhraseAt(s, end + 2) || skip[end + 2]) {
                break;
            }
            int head = end;
            end = s.chunks().get(s.chunkOf(end + 2)).last();
            Chunk linked = s.chunks().get(s.chunkOf(head + 2));
            int person = link.text().equals("&") ? nameStart(s, linked, linked.first(), linked.last()) : linked.first();
            if (person > linked.first() && role(tokens.get(person - 1))) {
                start = person; // "Oppenheimer & Co. senior analyst Fadel Gheit said": Fadel Gheit, whose firm is named
                break;
            }
            int list = end + 1 < j && tokens.get(end + 1).text().equals(",") ? listEnd(tokens, end + 1, skip) : -1;
            if (list >= 0 && list <= j && link.lower().equals("of")) {
                // "Executives of BP, Transocean and Halliburton": the whole list is the "of" phrase; a list too long for
                // a label goes whole ("Representatives [of BP, Exxon Mobil, Royal Dutch Shell, Chevron and ...]")
                end = spelledLength(tokens, start, list) <= LONGEST_LISTED ? list : head;
                break;
            }
        }
        end = agentOfAim(s, end, j, skip);
        end = HeadlineWords.FINITE.contains(tokens.get(groupStart).tag()) ? complementOfNoun(s, end, j, skip) : end;
        start = nameStart(s, c, start, end);
        if (start == 1 && tokens.get(0).tag().equals("VBG") && !skip[0] && s.chunks().get(s.chunkOf(0)).last() == 0
                && Character.isUpperCase(tokens.get(0).text().charAt(0)) && !CLAUSE_PARTICIPLES.contains(tokens.get(0).lower())) {
            start = 0; // "Opening statements will begin", "Rising prices hit": the participle that opens the sentence is the noun's
        }
        for (int i = end; i > start; i--) {
            if (STOPS.contains(tokens.get(i).text()) && !HeadlineWords.hyphen(s, i)) {
                boolean dateOnly = true; // "* April 30 - An Obama aide says": the dash after a list's date ends no name
                for (int k = start; k < i && dateOnly; k++) {
                    dateOnly = skip[k] || tokens.get(k).text().codePoints().noneMatch(Character::isLetterOrDigit);
                }
                if (dateOnly) {
                    start = i + 1;
                }
                break;
            }
        }
        if (viaRelative && (personal || setOff)) {
            int[] name = namedBeforeAppositive(s, start, skip);
            if (name != null) {
                return name; // "said Jon Burnham, head of Burnham Securities, who sold his shares": Jon Burnham sold them
            }
        }
        return new int[] {start, end};
    }

    /**
     * The name before an appositive that opens at {@code start} with a common noun ("Jon Burnham, [head of Burnham
     * Securities]"): the name and the appositive are one, and the name says who; null when the phrase is no such
     * appositive. Asked only for a relative clause of a person ("who") or one set off by a comma: "Pakistan, the main ally
     * of the regime that was deposed" is the regime's clause.
     */
    private static int[] namedBeforeAppositive(ParsedSentence s, int start, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int c = s.chunkOf(start);
        if (start < 2 || c < 0 || !tokens.get(start - 1).text().equals(",") || skip[start - 2] || !nounPhraseAt(s, start - 2)
                // "an American", "a Democrat": a name's word after "a" or "an" describes, as a common noun does
                || tokens.get(s.chunks().get(c).head()).isProperNoun() && !INDEFINITE.contains(tokens.get(start).lower())) {
            return null;
        }
        Chunk name = s.chunks().get(s.chunkOf(start - 2));
        if (!namesOnly(tokens, name.first(), name.last(), skip)) {
            return null;
        }
        int before = name.first() - 1;
        // the name opens its clause or follows a verb ("said Jon Burnham"): not the last of a list ("BP, Exxon, ...")
        // after a preposition the name is a place or a topic ("In Spain, a young man who had returned", "For H5N1, the
        // rate, which peaked"), but after "of", "by" or "with" a person ("the pseudonym of Philip Heseltine, a composer who")
        boolean opens = before < 0 || tokens.get(before).isVerb() || tokens.get(before).tag().equals(".")
                || QUOTES.contains(tokens.get(before).text()) || PERSON_PREPOSITIONS.contains(tokens.get(before).lower());
        return opens ? new int[] {name.first(), name.last()} : null;
    }

    /**
     * Whether the relative pronoun at {@code w} qualifies the noun phrase right before it, with its "of" phrases only:
     * "who" (a person: "to pay tribute to Nelson Mandela, who died"), and "that" or "which" with no comma before
     * ("BP had not adhered to industry standards in building its deep-sea well that blew out": the well). After a
     * comma "which" may qualify a longer phrase ("Talks between the government and the Taliban, which began").
     */
    private static boolean qualifiesNounBefore(List<Token> tokens, int w) {
        return tokens.get(w).lower().startsWith("who") || w < 1 || !tokens.get(w - 1).text().equals(",");
    }

    /** Prepositions whose object, named before an appositive with "who", is the person the clause tells of. */
    private static final java.util.Set<String> PERSON_PREPOSITIONS = words("person-preposition");

    /** The indefinite articles, before a description rather than a name: "an American". */
    private static final java.util.Set<String> INDEFINITE = words("indefinite");

    /** Determiners that float off the subject they count ("Obama and Svanberg each spoke", "They all reacted"). */
    private static final java.util.Set<String> FLOATING = words("floating");

    /** Whether the token at {@code j} is a determiner floated off the noun phrase or pronoun right before it. */
    static boolean floatingQuantifier(List<Token> tokens, int j) {
        // "Hazen and Camilli both/CC said": the tagger may read "both" as the conjunction of "both ... and"
        boolean determiner = tokens.get(j).tag().equals("DT") || tokens.get(j).tag().equals("CC") && tokens.get(j).lower().equals("both");
        if (j < 1 || !determiner || !FLOATING.contains(tokens.get(j).lower())) {
            return false;
        }
        Token before = tokens.get(j - 1);
        int next = j + 1;
        while (next < tokens.size() && tokens.get(next).tag().equals("RB")) {
            next++;
        }
        // before a finite verb only ("South Africa all reporting their first cases" is a clause with no tense), and not
        // after "let's", whose "'s" is no subject
        return next < tokens.size() && HeadlineWords.FINITE.contains(tokens.get(next).tag()) && !before.text().startsWith("'")
                && !before.text().startsWith("\u2019") && (before.isNoun() || before.isProperNoun() || before.tag().equals("PRP"));
    }

    /** Words that join two dates into one phrase ("between 2000 and 2009", "in 2001, 2004 and 2007"). */
    private static final java.util.Set<String> DATE_JOINS = words("date-join");

    /** Whether the token at {@code j} joins two left-out date phrases, so it goes with them. */
    static boolean joinsDates(List<Token> tokens, boolean[] skip, int j) {
        return j >= 1 && j + 1 < tokens.size() && skip[j - 1] && skip[j + 1] && DATE_JOINS.contains(tokens.get(j).lower())
                && named(tokens.get(j - 1)) && named(tokens.get(j + 1)); // not "four years ago and now are poised"
    }

    /** A number or a name: a year, a day, a month. */
    private static boolean named(Token t) {
        return t.tag().equals("CD") || t.tag().startsWith("NNP");
    }

    /**
     * Tags of a verb that is surely finite: {@link HeadlineWords#FINITE} without VBP, which the tagger also gives a bare
     * verb ("but come the autumn", "(pianoforte make)").
     */
    private static final java.util.Set<String> SURELY_FINITE = java.util.Set.of("VBD", "VBZ", "MD");

    /** Whether the noun phrase of token {@code t} opens the sentence, so it is no preposition's ("In Kabul, 58 were killed"). */
    private static boolean opensSentence(ParsedSentence s, int t) {
        return s.chunks().get(s.chunkOf(t)).first() == 0;
    }

    /** Conjunctions that join two verbs of one subject. */
    private static final java.util.Set<String> VERB_LINKS = words("verb-link");

    /**
     * When the token at {@code j}, right before a verb group, is "and" or "but" that follows the object of an
     * earlier finite verb of the same clause ("spread out of control and drifted toward the coast"), the first
     * token of that verb's group; -1 otherwise.
     */
    private static int sharedSubjectVerb(ParsedSentence s, int j, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (j < 2 || !tokens.get(j).tag().equals("CC") || !VERB_LINKS.contains(tokens.get(j).lower())) {
            return -1;
        }
        // past a comma and an infinitive only before a verb that is surely finite ("but come the autumn", "to try and
        // keep", "looking at it" are not)
        int next = j + 1;
        if (linkedDatePreposition(tokens, skip, next)) {
            next++;
        }
        while (next < tokens.size() && skip[next]) {
            next++; // "and [by Friday evening] was carrying", ", and [currently] makes"
        }
        boolean pastDate = next > j + 1 && tokens.get(j - 1).text().equals(","); // past ", and" and a date
        String after = next < tokens.size() ? tokens.get(next).tag() : "";
        boolean finiteAfter = SURELY_FINITE.contains(after);
        for (int i = j - 1; i >= 0 && j - i <= 25; i--) {
            Token t = tokens.get(i);
            if (skip[i] || finiteAfter && i == j - 1 && t.text().equals(",")) {
                continue; // "BP requests tax returns, but will work with individuals": the comma before the link
            }
            if (finiteAfter && t.text().equals(",") && skip[i + 1]) {
                continue; // "was charged with causing his death, in June 2009, but had denied": the date's own commas
            }
            int group = s.chunkOf(i);
            if (finiteAfter && group >= 0 && s.chunks().get(group).isVerbGroup() && s.chunks().get(group).first() == i
                    && t.tag().equals("TO")) {
                continue; // "sold assets to raise cash, and has canceled": an infinitive is no verb of the clause
            }
            if (finiteAfter && group >= 0 && s.chunks().get(group).isVerbGroup() && s.chunks().get(group).first() == i
                    && t.tag().equals("VBG") && i > 0 && tokens.get(i - 1).tag().equals("IN")) {
                continue; // "developed a fever after arriving and took a taxi": a preposition's gerund is no verb of the clause
            }
            if (finiteAfter && group >= 0 && s.chunks().get(group).isVerbGroup() && s.chunks().get(group).first() == i
                    && (t.tag().equals("VBN") || t.tag().equals("VBG")) && i > 1 && tokens.get(i - 1).text().equals(",")) {
                i--; // "caused his death, attributed to an overdose, ... but had denied": a participle's phrase set off by commas
                continue;
            }
            if (STOPS.contains(t.text()) && !HeadlineWords.hyphen(s, i) || t.tag().equals(".") || t.tag().equals("CC")
                    || t.tag().startsWith("W") || t.lower().equals("that") || QUOTES.contains(t.text())) {
                return -1; // another clause, or a list: no shared subject to be sure of
            }
            int c = s.chunkOf(i);
            if (c >= 0 && s.chunks().get(c).isVerbGroup() && s.chunks().get(c).first() == i) {
                int verb = HeadlineWords.FINITE.contains(t.tag()) ? i : finiteBeforeFloated(s, i);
                // past a date the walk may reach a clause inside the one "and" goes on from: "... on where [the body]
                // had been buried, and recently ordered"
                return verb >= 0 && pastDate && subordinateSubjectBefore(s, verb, skip) ? -1 : verb;
            }
        }
        return -1;
    }

    /**
     * Whether the date between the link at {@code j} and the verb group at {@code groupStart} is that verb's subject: it
     * stands right after "and" or "but" with no preposition, before a singular "be" as the group's main verb.
     */
    private static boolean dateAsSubject(ParsedSentence s, int j, int groupStart, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (j < 0 || j + 1 >= groupStart || !tokens.get(j).tag().equals("CC")) {
            return false;
        }
        for (int k = j + 1; k < groupStart; k++) {
            if (!skip[k]) {
                return false;
            }
        }
        Chunk group = s.chunks().get(s.chunkOf(groupStart));
        return DATE_SUBJECT_VERBS.contains(tokens.get(group.head()).lower()); // not "but now are under pressure"
    }

    /** Forms of "be" a date may be the subject of: "today is no exception", "now is the time". */
    private static final Set<String> DATE_SUBJECT_VERBS = words("date-subject-verb");

    /**
     * Whether token {@code j} is the preposition of a date right after "and", "but" or "or": "... and [by] Tuesday morning
     * was siphoning" (the verbs the link joins share their subject).
     */
    private static boolean linkedDatePreposition(List<Token> tokens, boolean[] skip, int j) {
        return j >= 1 && j + 1 < tokens.size() && tokens.get(j).tag().equals("IN") && skip[j + 1] && !skip[j]
                && tokens.get(j - 1).tag().equals("CC") && VERB_LINKS.contains(tokens.get(j - 1).lower());
    }

    /** Whether the verb at {@code verb} has a subject of its own opened by a relative word, "that" or a subordinator. */
    private static boolean subordinateSubjectBefore(ParsedSentence s, int verb, boolean[] skip) {
        int c = s.chunkOf(verb) - 1;
        while (c >= 0 && skip[s.chunks().get(c).first()]) {
            c--; // "which [last year] accounted for 41% ... and is expected": "which" is the subject both verbs share
        }
        if (c < 0 || !s.chunks().get(c).isNounPhrase() || s.chunks().get(c).first() == 0
                || s.tokens().get(s.chunks().get(c).first()).tag().startsWith("W")) {
            return false;
        }
        Token before = s.tokens().get(s.chunks().get(c).first() - 1);
        return before.tag().startsWith("W") || before.lower().equals("that") || SUBORDINATORS.contains(before.lower());
    }

    /**
     * The first word of the finite verb group that a floating quantifier or an adverb parts from the rest of its verbs
     * at {@code i} ("have [all] been closed and are likely to reopen": have), or -1.
     */
    private static int finiteBeforeFloated(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        int k = i - 1;
        while (k > 0 && (tokens.get(k).tag().equals("RB") || tokens.get(k).tag().equals("DT") && FLOATING.contains(tokens.get(k).lower()))) {
            k--;
        }
        int c = k < i - 1 && k >= 0 ? s.chunkOf(k) : -1;
        if (c < 0 || !s.chunks().get(c).isVerbGroup() || s.chunks().get(c).last() != k) {
            return -1;
        }
        int first = s.chunks().get(c).first();
        return HeadlineWords.FINITE.contains(tokens.get(first).tag()) ? first : -1;
    }

    /** Title words that only qualify the title after them ("Special Envoy"; data: title-qualifiers.txt). */
    private static final java.util.Set<String> TITLE_QUALIFIERS =
            WordList.load("/dateline/labels/title-qualifiers.txt");

    /** Prepositions of place or origin before a name ("a woman from Fife", "a student at Harvard"). */
    private static final java.util.Set<String> PLACE = words("place");

    /** Parts of a country named in lower case ("the north-east"), places as names are. */
    private static final java.util.Set<String> REGIONS = words("region");

    /**
     * Whether the phrase ending at {@code j} is a name after a preposition of place that follows a noun phrase
     * ("a woman from Fife"): a relative clause right after it qualifies the noun before.
     */
    private static boolean placedName(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j < 2 || !(tokens.get(j).isProperNoun() || REGIONS.contains(tokens.get(j).lower())) || j + 1 >= tokens.size()) {
            return false; // "a woman from Fife", "a patient from the north-east"
        }
        int open = s.chunks().get(s.chunkOf(j)).first();
        while (open > 2 && !PLACE.contains(tokens.get(open - 1).lower()) && !tokens.get(open - 1).isVerb()
                && (tokens.get(open - 1).tag().startsWith("JJ") || tokens.get(open - 1).tag().startsWith("NN"))) {
            open--; // "from north Devon", "in rural Kent"
        }
        return open >= 2 && PLACE.contains(tokens.get(open - 1).lower()) && nounPhraseAt(s, open - 2)
                && !tokens.get(open - 2).isProperNoun();
    }

    /**
     * The token before an insert between dashes that ends at {@code j} ("No country \u2014 including China \u2014
     * recognizes"), when a noun phrase stands before it; {@code j} when there is none.
     */
    private static int beforeDashInsert(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j < 3 || !DASHES.contains(tokens.get(j).text())) {
            return j;
        }
        boolean clause = false; // a finite verb between the dashes
        boolean stop = false; // a comma or a colon between them
        for (int k = j - 1; k > 0 && j - k <= 16; k--) {
            String w = tokens.get(k).text();
            if (DASHES.contains(w)) {
                // "The blowout preventer on the rig - which belonged to Transocean - had not been tested", "Obama's
                // plan -- announced in March, three weeks before the spill -- would have authorized": a relative clause
                // or a participle's phrase between dashes qualifies the phrase before it, which goes on to the verb;
                // another clause between them has a subject of its own
                String opens = k + 1 < j ? tokens.get(k + 1).tag() : "";
                boolean qualifies = opens.startsWith("W") || opens.equals("VBN") || opens.equals("VBG")
                        || appositiveWithClause(s, k + 1, j);
                boolean insert = qualifies || !clause && !stop && j - k <= 11;
                int before = beforeBrackets(tokens, k - 1); // "the World Health Organization (WHO) - which increased"
                return insert && (tokens.get(before).isNoun() || tokens.get(before).isPronoun()) ? before : j;
            }
            clause |= HeadlineWords.FINITE.contains(tokens.get(k).tag());
            stop |= STOPS.contains(w);
        }
        return j;
    }

    /**
     * Whether the tokens from {@code first} to the dash at {@code dash} are a noun phrase and the relative clause that
     * qualifies it ("the damaged riser - the pipe which takes oil from the well - was cut"): an appositive, which
     * renames the phrase before the dashes.
     */
    private static boolean appositiveWithClause(ParsedSentence s, int first, int dash) {
        Chunk phrase = s.chunks().get(s.chunkOf(first));
        int after = phrase.last() + 1;
        return phrase.isNounPhrase() && phrase.first() == first && after < dash
                && (s.tokens().get(after).tag().startsWith("W") || s.tokens().get(after).lower().equals("that")
                        && s.tokens().get(after + 1).isVerb());
    }

    /** The token before a short bracket ("(WHO)", "(ACM.L)") that ends at {@code j}; {@code j} when there is none. */
    private static int beforeBrackets(List<Token> tokens, int j) {
        if (j < 2 || !tokens.get(j).text().equals(")")) {
            return j;
        }
        for (int k = j - 1; k > 0 && j - k <= 12; k--) {
            String w = tokens.get(k).text();
            if (w.equals("(")) {
                // "Chevron and Rosneft (owned by the Russian government) will begin": a short insert, no clause
                return k - 1;
            }
            String tag = tokens.get(k).tag();
            if (w.equals(")") || SURELY_FINITE.contains(tag)) {
                return j;
            }
        }
        return j;
    }

    /**
     * The relative pronoun ("who", "which", "that") whose clause holds the noun phrase ending at {@code j} after its
     * own verb ("a woman who had recently returned from Mexico [was confirmed]"), with no comma or dash between;
     * -1 when the phrase is not in such a clause, or when the clause is set off by a comma and a finite verb follows
     * the phrase right after it ({@code finiteVerb}).
     */
    private static int relativeOpener(ParsedSentence s, int j, boolean[] skip, boolean finiteVerb) {
        List<Token> tokens = s.tokens();
        if (tokens.get(j).isPronoun()) {
            return -1; // "who shares her home with 50 skunks says they are": a pronoun is its own verb's subject
        }
        int groups = 0; // the clause's one verb group ("who had recently returned from"), no second clause
        for (int i = s.chunks().get(s.chunkOf(j)).first() - 1; i > 0 && j - i < 15; i--) {
            Token t = tokens.get(i);
            if (STOPS.contains(t.text()) || QUOTES.contains(t.text()) || t.tag().equals(".")) {
                return -1;
            }
            // "An oil spill that threatened to eclipse even the Exxon Valdez disaster spread": "that" tagged IN after a
            // noun and before a verb opens a relative clause too
            boolean thatRelative = t.lower().equals("that") && nounPhraseAt(s, i - 1) && i + 1 < tokens.size()
                    && s.chunkOf(i + 1) >= 0 && s.chunks().get(s.chunkOf(i + 1)).isVerbGroup();
            if (t.tag().equals("WP") || t.tag().equals("WDT") || thatRelative) {
                // but "relations, which have been deepening since the Taliban overthrew the government", "Plater, who
                // noted that the investment dwarfed": a clause set off by a comma ends at a comma, so a finite verb
                // right after the phrase is the clause's own, not its noun's
                boolean setOff = finiteVerb && tokens.get(i - 1).text().equals(",");
                return groups == 1 && !setOff ? i : -1;
            }
            if (t.isVerb() && !skip[i] && s.chunks().get(s.chunkOf(i)).first() == i) {
                groups++;
            }
        }
        return -1;
    }

    /** Words that point back to a group named before ("these powers"; data: demonstratives.txt). */
    private static final java.util.Set<String> DEMONSTRATIVES =
            WordList.load("/dateline/labels/demonstratives.txt");

    /**
     * A noun of aim with its agent and then its aim ("attempts by the United States to impose", "a bid by Iran to
     * broker talks"): the "by" phrase names who does what the noun tells, so the subject runs over it and the aim
     * that follows, to the aim's object ({@code last}: the word before the verb). Else {@code end} as it is.
     */
    static int agentOfAim(ParsedSentence s, int end, int last, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (end + 2 > last || !tokens.get(end).tag().startsWith("NN") || tokens.get(end).tag().startsWith("NNP")
                || !tokens.get(end + 1).lower().equals("by") || !nounPhraseAt(s, end + 2) || skip[end + 2]) {
            return end;
        }
        int agent = s.chunks().get(s.chunkOf(end + 2)).last();
        if (agent == last && last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("to")) {
            return agent; // the verb is the aim itself: "attempts by the United States [to impose]"
        }
        boolean aim = agent + 2 <= last && tokens.get(agent + 1).lower().equals("to") && tokens.get(agent + 2).tag().equals("VB");
        if (!aim) {
            return end;
        }
        int to = s.chunks().get(s.chunkOf(agent + 2)).last(); // "to seize"
        if (to + 1 <= last && nounPhraseAt(s, to + 1) && !skip[to + 1]) {
            to = s.chunks().get(s.chunkOf(to + 1)).last(); // "to seize the airport"
        }
        return to <= last ? to : end;
    }

    /**
     * For a subject that only points back ("these powers", "those countries") followed by an "including" list of
     * names that ends at the comma {@code comma} before the verb ("several of these powers, including China, Iran,
     * and Russia, even took part"): the list, which names who did it; null otherwise.
     */
    private static int[] includedNames(ParsedSentence s, int comma) {
        List<Token> tokens = s.tokens();
        int q = comma - 1;
        while (q > 1 && (tokens.get(q).isProperNoun() || tokens.get(q).text().equals(",") || tokens.get(q).tag().equals("CC"))) {
            q--;
        }
        if (q < 2 || q == comma - 1 || !tokens.get(q).lower().equals("including") || !tokens.get(q - 1).text().equals(",")
                || !tokens.get(q + 1).isProperNoun() || !nounPhraseAt(s, q - 2)) {
            return null;
        }
        Chunk pointer = s.chunks().get(s.chunkOf(q - 2));
        if (!DEMONSTRATIVES.contains(tokens.get(pointer.first()).lower()) || pointer.last() != q - 2) {
            return null;
        }
        return new int[] {q + 1, comma - 1};
    }

    /**
     * The subject's last token when a comma comes right before the verb: before an appositive ("Qureshi, the
     * foreign minister, said"), a phrase ("Facebook, on Thursday, agreed"), or in a subject that opens the
     * sentence and runs to the comma ("Karachi police in their continued drive against criminals, arrested");
     * -1 when none.
     */
    private static int beforeInsert(ParsedSentence s, int comma, boolean[] skip) {
        List<Token> tokens = s.tokens();
        for (int q = comma - 1; q > 1 && comma - q < 25; q--) {
            Token t = tokens.get(q);
            if (t.isVerb() && !t.lower().equals("including")) {
                break;
            }
            if (t.lower().equals("including") && tokens.get(q - 1).text().equals(",")) {
                return q - 2; // "several of these powers, including China, Iran, and Russia, took part"
            }
        }
        int k = comma - 1;
        while (k >= 0 && !tokens.get(k).text().equals(",") && comma - k < 40) {
            k--;
        }
        int beforeRegion = k;
        int passed = comma; // the opening comma of the states and dates passed
        for (int end = comma; k >= 2 && (regionOfPlace(tokens, k, end) || dateBetween(skip, k, end)); ) {
            // "a native of Hammond, La., has worked": the state is the town's, the insert opens before it; so past a date
            // set off after the state ("... in Houma, La., since April, will replace")
            end = k;
            passed = k;
            k--;
            while (k >= 0 && !tokens.get(k).text().equals(",") && !tokens.get(k).text().equals(":") && comma - k < 40) {
                k--;
            }
        }
        if (k < 0 && passed < comma && nounPhraseAt(s, passed - 1)) {
            // "holders of its debentures, [due March 15, 2007], have elected": no comma before the date set off, so the
            // phrase right before it is where the walk goes on
            return passed - 1;
        }
        boolean fronted = !HeadlineWords.verbBefore(tokens, k) && tokens.get(0).tag().equals("IN");
        if (k != beforeRegion && (fronted || !(k >= 1 && tokens.get(k).text().equals(",") && nounPhraseAt(s, beforeBrackets(tokens, k - 1))))) {
            // "Meanwhile, people in the hamlet of Grand Isle, Louisiana, spent", "2010: Workers in Orange Beach, Ala., lay":
            // no noun phrase before an opening comma, so no insert holds the town; nor after a fronted phrase ("In
            // January, a week after the anniversary, a clinic bombing in Birmingham, Ala., killed"): the comma before the
            // state is read as before
            k = beforeRegion;
        }
        if (k < 0) {
            // No comma before: a noun phrase that opens the sentence, with its phrases, is the subject.
            int open = 0;
            while (open < comma && skip[open]) {
                open++;
            }
            if (!nounPhraseAt(s, open) || comma - open > 15) {
                return -1;
            }
            Chunk first = s.chunks().get(s.chunkOf(open));
            return first.last() < comma ? first.last() : -1;
        }
        int named = beforeBrackets(tokens, k - 1); // "The World Health Organization (WHO), which increased"
        if (named >= 1 && tokens.get(named).lower().equals("alone") && tokens.get(named).tag().equals("RB")) {
            named--; // "the response effort alone, excluding damages claims, had cost"
        }
        if (named >= 1 && QUOTES.contains(tokens.get(named).text())) {
            named--; // "\"Oil debris\", in the form of tar balls, has been reported": the quoted name before the comma
        }
        if (named >= 2 && tokens.get(named).tag().equals("CD") && tokens.get(named - 1).text().equals(",")
                && tokens.get(named - 2).isProperNoun() && nounPhraseAt(s, named) && s.chunks().get(s.chunkOf(named)).first() == named
                && s.chunks().get(s.chunkOf(named)).last() == named) {
            named -= 2; // "Jacqueline Fleming, 38, from Glasgow, died": the age set off after a name is no subject
        }
        boolean verbAfter = comma + 1 < tokens.size() && tokens.get(comma + 1).isVerb(); // no adverb between: "Robinson, now retired"
        // a verb with a tense: "my grandfather, Thomas Davies, born 1885" is the name's own phrase
        boolean finiteAfter = verbAfter && HeadlineWords.FINITE.contains(tokens.get(comma + 1).tag());
        if (finiteAfter && k >= 1 && tokens.get(k).text().equals(",") && !nounPhraseAt(s, named) && properNameBetween(s, k, comma, skip)) {
            return comma - 1; // "A widow of one of the 11 workers who died, Natalie Roshto, told": the name says who
        }
        if (verbAfter && k >= 1 && k + 2 < comma && tokens.get(k).text().equals(",") && closingQuote(tokens, k + 1)
                && nounPhraseAt(s, k + 2) && nounPhraseAt(s, comma - 1) && !skip[comma - 1] && noVerbBetween(tokens, k + 2, comma)) {
            // "\"... the oil spill area,\" John Sparks of the American Museum of Natural History, said": the quotation
            // ends before its speaker, and the comma after the speaker's phrase parts no insert
            return comma - 1;
        }
        if (k < 1 || !tokens.get(k).text().equals(",") || !nounPhraseAt(s, named)) {
            return relativeWithCommas(s, comma);
        }
        int inside = k + 1;
        while (inside < comma && skip[inside]) {
            inside++;
        }
        int quantified = inside;
        if (inside < comma && FLOATING.contains(tokens.get(inside).lower())) {
            quantified++; // "Obama and Cameron, both repeatedly calling each other by their first names, were"
            while (quantified < comma && tokens.get(quantified).tag().equals("RB")) {
                quantified++;
            }
            inside = quantified < comma && tokens.get(quantified).tag().startsWith("VB") ? quantified : inside;
        }
        String tag = inside < comma ? tokens.get(inside).tag() : "";
        // a phrase of a preposition or participle is short, unless the noun before it opens the sentence: "The massive
        // leak, set off by an oil rig explosion that killed 11 workers nearly two months ago, will not be stopped"
        int phrase = opensSentence(s, named) ? 35 : 15;
        boolean insert = inside == comma || nounPhraseAt(s, inside) && comma - k < 40 && !clauseBetween(s, inside, comma, skip)
                // "The company, which has many US employees, has not been known": a relative clause between commas
                || (tag.equals("WDT") || tag.equals("WP")) && comma - k < 40
                || (tag.equals("IN") || tag.equals("RB")) && comma - k < phrase
                // "BP officials, having studied pressure readings, finally pulled": a participle's phrase
                || (tag.equals("VBG") || tag.equals("VBN")) && comma - k < phrase
                // "The casino company, 98.6%-owned by investor Kirk Kerkorian, announced": a participle's compound
                || tag.startsWith("JJ") && HYPHENATED_PARTICIPLE.matcher(tokens.get(inside).text()).matches() && comma - k < phrase
                // "David Dykes, a native/JJ of Hammond, La., has worked": an adjective the tagger left its noun's reading
                || tag.equals("DT") && inside + 2 < comma && tokens.get(inside + 1).tag().equals("JJ")
                        && tokens.get(inside + 2).tag().equals("IN") && comma - k < 40
                // "The trial, due to start on 24 March, will now begin": an adjective's phrase
                || tag.startsWith("JJ") && inside + 1 < comma && tokens.get(inside + 1).tag().equals("TO") && comma - k < 15
                // "the crop of spat, or young oysters, will perish": another name for the noun before
                || tokens.get(inside).lower().equals("or") && inside + 1 < comma && nounPhraseAt(s, inside + 1) && comma - k < 10
                // "anti-viral drugs, such as Tamiflu, have been introduced": the examples of the noun before
                || tokens.get(inside).lower().equals("such") && inside + 1 < comma && tokens.get(inside + 1).lower().equals("as")
                        && comma - k < 25;
        if (insert && listTail(tokens, inside, comma) && listOfInsert(tokens, k)) {
            // "Invensys, a supplier of software, systems and equipment, has acquired": the list's last items end the
            // insert that opened at the comma before; the name before that insert is the subject
            int earlier = beforeInsert(s, k, skip);
            if (earlier >= 0) {
                return earlier;
            }
        }
        return insert ? named : -1;
    }

    /**
     * Whether a verb with a tense stands from {@code from} to before {@code to} with no relative word before it there:
     * ", the panel reviewed thousands of pages," is a clause, not an insert ("a professor who serves on a panel" is one).
     */
    private static boolean clauseBetween(ParsedSentence s, int from, int to, boolean[] skip) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.tag().startsWith("W") || t.lower().equals("that")) {
                return false;
            }
            // a participle between two noun phrases is the past tense the tagger missed ("the panel reviewed/VBN thousands");
            // not before a date ("one of four released today")
            boolean pastBetweenPhrases = t.tag().equals("VBN") && i > from && i + 1 < to && nounPhraseAt(s, i - 1) && nounPhraseAt(s, i + 1)
                    && s.chunks().get(s.chunkOf(i + 1)).first() == i + 1 && !skip[i + 1];
            // not a name's word ("Pan Am") or a title's ("an editor on Comment is free"), a participle before its agent
            // ("the man picked/VBD by Obama"), nor the verb of an aside that ends the insert (", she said,")
            boolean finite = HeadlineWords.FINITE.contains(t.tag()) && Character.isLowerCase(t.text().charAt(0))
                    && !tokens.get(i - 1).isProperNoun() && !(i + 1 < to && tokens.get(i + 1).lower().equals("by")) && i + 1 < to;
            if (finite || pastBetweenPhrases) {
                return true;
            }
        }
        return false;
    }

    /** Whether no verb stands from {@code from} to before {@code to} ("Judge Carl Barbier wrote in his order" has one). */
    private static boolean noVerbBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code q} is a quotation mark that closes a quotation: an odd number of them comes before it. */
    private static boolean closingQuote(List<Token> tokens, int q) {
        if (!QUOTES.contains(tokens.get(q).text())) {
            return false;
        }
        int before = 0;
        for (int i = 0; i < q; i++) {
            before += QUOTES.contains(tokens.get(i).text()) ? 1 : 0;
        }
        return before % 2 == 1;
    }

    /** Whether the words between the commas at {@code k} and {@code comma} are one name ("Natalie Roshto"). */
    private static boolean properNameBetween(ParsedSentence s, int k, int comma, boolean[] skip) {
        return comma - k >= 2 && nounPhraseAt(s, k + 1) && s.chunkOf(k + 1) == s.chunkOf(comma - 1)
                && namesOnly(s.tokens(), k + 1, comma - 1, skip);
    }

    /** Whether the words from {@code first} to {@code last} are all a name's, none of them a date's. */
    private static boolean namesOnly(List<Token> tokens, int first, int last, boolean[] skip) {
        for (int i = first; i <= last; i++) {
            if (skip[i] || !tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words before the comma at {@code k}, back to the comma before them, are an insert whose preposition
     * opens the list the comma goes on with: ", a leading supplier of software[,] systems and equipment," (not a name and
     * its roles: "W. Brent LeGere[,] chairman and chief executive officer,").
     */
    private static boolean listOfInsert(List<Token> tokens, int k) {
        int open = k - 1;
        while (open > 0 && !tokens.get(open).text().equals(",") && k - open < 25) {
            open--;
        }
        if (open < 1 || !tokens.get(open).text().equals(",") || !tokens.get(open + 1).tag().equals("DT")) {
            return false;
        }
        for (int i = open + 2; i < k; i++) {
            if (tokens.get(i).tag().equals("IN")) {
                return true;
            }
        }
        return false;
    }

    /** A word joined by a hyphen to a participle: "98.6%-owned", "Texas-based". */
    private static final java.util.regex.Pattern HYPHENATED_PARTICIPLE = java.util.regex.Pattern.compile(".+[-\u2010\u2011]\\p{L}+ed");

    /** Tags of the words of a list's last items: "systems and control equipment". */
    private static final java.util.Set<String> LIST_TAGS = java.util.Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "PRP$", "CC", "VBG");

    /**
     * Whether the words from {@code from} to {@code comma} are the last items of a list: noun phrases joined by "and" or
     * "or", the last with its prepositions' phrases.
     */
    private static boolean listTail(List<Token> tokens, int from, int comma) {
        boolean joined = false;
        for (int i = from; i < comma; i++) {
            Token t = tokens.get(i);
            if (joined && (t.tag().equals("IN") || t.tag().equals("TO"))) {
                continue; // "systems and control equipment [to the world's major industries]": the last item's phrase
            }
            if (!LIST_TAGS.contains(t.tag())) {
                return false;
            }
            joined |= t.lower().equals("and") || t.lower().equals("or");
        }
        return joined && from + 2 < comma && !tokens.get(from).tag().equals("CC");
    }

    /**
     * The noun phrase's last word before a relative clause set off by a comma that has commas of its own, ending at
     * {@code comma}: "The cause of last week's blast[, which left 11 workers missing, presumed dead,] remains unclear",
     * or whose verb comes after them: "the continuing spill, which, according to recent estimates, [has dumped]" (the
     * clause's subject is that noun too); -1 when there is none within 40 tokens.
     */
    private static int relativeWithCommas(ParsedSentence s, int comma) {
        List<Token> tokens = s.tokens();
        for (int w = comma - 2; w > 1 && comma - w < 40; w--) {
            Token t = tokens.get(w);
            if ((t.tag().equals("WDT") || t.tag().equals("WP")) && tokens.get(w - 1).text().equals(",")) {
                int noun = w - 2;
                if (noun > 0 && REFLEXIVE.contains(tokens.get(noun).lower()) && nounPhraseAt(s, noun - 1)) {
                    noun--; // "the blowout preventer itself, which only recently, in the last few days, has been brought"
                }
                return nounPhraseAt(s, noun) ? noun : -1;
            }
        }
        return -1;
    }

    /**
     * The relative pronoun before a date set off by commas right before the verb ("which, in October, was given"), else
     * -1: only the date's words and the commas stand between.
     */
    private static int relativeBeforeSetOffDate(List<Token> tokens, int j, boolean[] skip) {
        if (j < 3 || !tokens.get(j).text().equals(",")) {
            return -1;
        }
        int k = j - 1;
        boolean date = false;
        while (k >= 0 && (skip[k] || tokens.get(k).text().equals(","))) {
            date |= skip[k];
            k--;
        }
        String tag = k < 0 ? "" : tokens.get(k).tag();
        return date && (tag.equals("WDT") || tag.equals("WP")) && tokens.get(k + 1).text().equals(",") ? k : -1;
    }

    /** Whether only a date's words stand between the commas at {@code comma} and {@code end}. */
    private static boolean dateBetween(boolean[] skip, int comma, int end) {
        for (int k = comma + 1; k < end; k++) {
            if (!skip[k]) {
                return false;
            }
        }
        return end > comma + 1;
    }

    /** States and regions a town's name before them belongs to (state-abbreviations.txt, the names of merge/places.tsv). */
    private static final java.util.Set<String> REGIONS_OF_PLACES = regionsOfPlaces();

    private static java.util.Set<String> regionsOfPlaces() {
        java.util.Set<String> names = new java.util.HashSet<>(WordList.load("/dateline/labels/state-abbreviations.txt"));
        for (String row : WordList.load("/dateline/merge/places.tsv")) {
            names.add(row.split("\t")[0]);
        }
        return java.util.Set.copyOf(names);
    }

    /**
     * Whether the words between the comma at {@code comma} and the one at {@code end} name the state or region of the
     * proper noun before {@code comma}: "Hammond, La.,", "Houston, Texas,".
     */
    private static boolean regionOfPlace(List<Token> tokens, int comma, int end) {
        if (end - comma < 2 || end - comma > 4 || !tokens.get(comma - 1).isProperNoun()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (int k = comma + 1; k < end; k++) {
            String w = tokens.get(k).lower();
            words.append(words.length() == 0 || w.equals(".") ? "" : " ").append(w);
        }
        return REGIONS_OF_PLACES.contains(words.toString());
    }

    /** Whether nothing but quotation marks stands between token {@code j} and {@code groupStart} ('the "stack" installed'). */
    private static boolean quotesOnlyBetween(List<Token> tokens, int j, int groupStart) {
        for (int k = j + 1; k < groupStart; k++) {
            if (!QUOTES.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether chunk {@code c} is a noun phrase inside a finite verb's object (see {@link #finiteVerbOfObject}). */
    private static boolean insideFiniteObject(ParsedSentence s, int c) {
        return finiteVerbOfObject(s, c) >= 0;
    }

    /**
     * The verb group with a tense whose object holds the noun phrase at chunk {@code c}, back over noun phrases and
     * prepositions ("took some of the blame for [the Gulf oil disaster]"); -1 when there is none.
     */
    static int finiteVerbOfObject(ParsedSentence s, int c) {
        if (c < 1 || !s.chunks().get(c).isNounPhrase()) {
            return -1;
        }
        for (int k = c - 1; k >= 0; k--) {
            Chunk ch = s.chunks().get(k);
            String tag = s.tokens().get(ch.first()).tag();
            if (ch.isVerbGroup()) {
                return HeadlineWords.FINITE.contains(tag) ? k : -1;
            }
            boolean preposition = tag.equals("IN") && !SUBORDINATORS.contains(s.tokens().get(ch.first()).lower()); // not "before the rig"
            if (!ch.isNounPhrase() && !preposition && !(tag.equals("DT") && ch.first() == ch.last())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Back over the noun phrases, prepositions and reduced relatives before the verb to the first noun phrase:
     * "Several school districts in Hampton Roads are", "A man charged with killing his father was"; before "who"
     * only over "of" phrases (the person the clause is about is named right before it); before a clause set off by a
     * comma ({@code setOffRelative}) not back over an infinitive ("the long campaign to kill [the Macondo well], which
     * blew out").
     */
    private static int firstPhrase(ParsedSentence s, int j, boolean[] skip, boolean relative, boolean setOffRelative,
            boolean thingRelative, boolean reducedRelative) {
        List<Token> tokens = s.tokens();
        int first = s.chunkOf(j);
        Chunk own = s.chunks().get(first);
        // whether the pronoun at j belongs to a phrase before it rather than opening its own clause
        boolean partOfPhraseBefore = joinedFirstPerson(s, j); // "My husband and I are"
        if (first > 0 && s.chunks().get(first - 1).isNounPhrase() && s.chunks().get(first - 1).first() > 0) {
            String before = tokens.get(s.chunks().get(first - 1).first() - 1).tag();
            // "Along with the conference it staged in January], the government hosts": a fronted preposition's phrase
            // (no verb before it) with a main clause after a comma holds a clause qualifying its noun, as before; but
            // "On the 1901 census he was living" and "to pay $3.7 million to the victim she assaulted" keep the pronoun
            boolean fronted = !HeadlineWords.verbBefore(tokens, s.chunks().get(first - 1).first());
            partOfPhraseBefore |= (before.equals("IN") || before.equals("TO")) && fronted && mainClauseAfter(s, j);
        }
        if (own.first() == own.last() && NOMINATIVE.contains(tokens.get(j).lower()) && tokens.get(j).tag().equals("PRP") && !partOfPhraseBefore) {
            return first; // "The minister told reporters he would resign": he, not "Reporters would resign"
        }
        // "there" right after the noun phrase that opens the sentence, or before a verb no existential "there" takes, is
        // that phrase's place (not after a preposition's object before "be": "In contrast there has been")
        boolean placeAfterNoun = first > 0 && s.chunks().get(first - 1).isNounPhrase()
                && (s.chunks().get(first - 1).first() == 0 || !existentialVerbAfter(s, j, skip))
                && s.chunks().get(first - 1).last() + 1 == j
                && !skip[j - 1] && !tokens.get(j - 1).isProperNoun() && Character.isLowerCase(tokens.get(j).text().charAt(0));
        if (own.first() == own.last() && tokens.get(j).tag().equals("EX") && !placeAfterNoun) {
            return first; // "... chose not to testify in his own defense There was no sign": there, not "His own defense was"
        }
        if (own.first() == own.last() && tokens.get(j).tag().equals("EX")) {
            return first - 1; // "Authorities there have been laying booms": the place of the noun before it
        }
        if (skip[own.first()] && namedAfterDate(s, own, skip)) {
            // "Speaking on Mexican TV late on [Monday evening President Felipe Calderon] praised": the chunker joined the
            // date to the name after it; the name opens the subject, the phrase before the date is the participle's
            return first;
        }
        int beforeList = -1; // the phrase the walk had reached when it first passed a comma of a list of names
        for (int c = first - 1; c >= 0; c--) {
            Chunk ch = s.chunks().get(c);
            Token t = tokens.get(ch.first());
            if (ch.first() == 0 && ch.isNounPhrase() && !skip[0] && s.tokens().subList(ch.first(), ch.last() + 1).stream()
                    .noneMatch(w -> w.text().codePoints().anyMatch(Character::isLetterOrDigit))) {
                break; // "* May 11 - Executives appear": a list's bullet is no word of the subject
            }
            if (t.text().equals(",") && ch.first() == ch.last() && companySuffixComma(tokens, ch.first())) {
                continue; // "FLIR Systems, Inc. announced": the comma is inside the firm's name
            }
            if (!relative && t.text().equals(",") && ch.first() == ch.last() && namesListComma(s, ch.first(), skip)) {
                beforeList = beforeList < 0 ? first : beforeList;
                continue; // "Four attorneys from Texas, Louisiana and Florida were appointed": the attorneys
            }
            if (relative && (t.tag().equals("TO") || t.tag().equals("IN") && !t.lower().equals("of"))) {
                break; // "to pay tribute to Nelson Mandela, who died": Mandela, not the tribute
            }
            if (relative && ch.isVerbGroup() && t.tag().equals("VBG")) {
                break; // "the best hope of halting the oil that has been gushing": the oil, the gerund's object
            }
            if (thingRelative && c + 1 == first && t.lower().equals("of") && !countedBefore(s, c)) {
                break; // "Transocean, owner of the drilling platform that exploded": the platform, not its owner
            }
            if ((setOffRelative || reducedRelative) && ch.isVerbGroup() && t.tag().equals("TO")) {
                break; // "the long campaign to kill the Macondo well, which blew out April 20": the well
            }
            if (reducedRelative && c + 1 == first && t.tag().equals("IN") && !t.lower().equals("of") && insideFiniteObject(s, c - 1)) {
                // "closed the main chimney on the new capping stack installed atop the well": inside a finite verb's object
                // the participle qualifies the noun right before it, the stack; so deeper in it ("monitor the integrity of
                // the well in detailed tests expected to last")
                break;
            }
            // "a traveler confirmed as Hong Kong's first case": "as" after a participle is a preposition
            boolean asAfterParticiple = t.lower().equals("as") && ch.first() > 0 && tokens.get(ch.first() - 1).tag().equals("VBN");
            boolean material = ch.isNounPhrase() || t.tag().equals("IN") && (!SUBORDINATORS.contains(t.lower()) || asAfterParticiple
                    || subjectWaits(s, ch.first()))
                    || t.tag().equals("CC") || t.tag().equals("POS") || t.tag().equals("TO")
                    || ch.isVerbGroup() && (t.tag().equals("VBN") || t.tag().equals("VBG")) || skip[ch.first()]
                    // "the carcasses found/VBD in Louisiana, Mississippi and Alabama": the list's participle
                    || beforeList >= 0 && listParticiple(s, c)
                    // "Hong Kong's first and only case": an adjective the chunker left out of its noun phrase
                    || !ch.isVerbGroup() && t.tag().startsWith("JJ") && ch.first() > 0 && !skip[ch.first()]
                    && (tokens.get(ch.first() - 1).tag().equals("POS") || tokens.get(ch.first() - 1).tag().equals("DT"))
                    // "a market source familiar with the directive": an adjective's phrase after its noun
                    || !ch.isVerbGroup() && t.tag().equals("JJ") && ch.first() == ch.last() && ch.last() + 1 < tokens.size()
                    && tokens.get(ch.last() + 1).tag().equals("IN") && !tokens.get(ch.last() + 1).lower().equals("than")
                    && c > 0 && s.chunks().get(c - 1).isNounPhrase()
                    && !skip[ch.first()] && c + 1 < first
                    // "a victim older than 60": a comparison after its noun (not "showing more than $3.5 million")
                    || !ch.isVerbGroup() && t.tag().equals("JJR") && ch.last() + 1 < tokens.size()
                    && tokens.get(ch.last() + 1).lower().equals("than") && c > 0 && s.chunks().get(c - 1).isNounPhrase()
                    // "accused of beating her puppy and then burying it": an adverb between "and" and a participle
                    || !ch.isVerbGroup() && t.tag().equals("RB") && ch.first() == ch.last() && ch.first() > 0
                    && tokens.get(ch.first() - 1).tag().equals("CC") && c + 1 < s.chunks().size() && s.chunks().get(c + 1).isVerbGroup()
                    && (tokens.get(ch.last() + 1).tag().equals("VBG") || tokens.get(ch.last() + 1).tag().equals("VBN"));
            if (!material || STOPS.contains(t.text()) || t.tag().startsWith("W") || t.lower().equals("that")) {
                if (c + 1 == first && t.tag().equals("IN") && SUBORDINATORS.contains(t.lower())) {
                    return afterObject(s, first, s.chunkOf(j)); // "despite his brave fight he passed away"
                }
                break;
            }
            // what a date phrase left of itself ("[Tomorrow] evening") is no part of a subject that opens with a possessive
            boolean dateRest = ch.first() > 0 && skip[ch.first() - 1] && first(s, first).tag().equals("PRP$");
            if (ch.isNounPhrase() && c + 1 == first && objectBeforeName(s, ch, s.chunks().get(first))) {
                break; // "welcomed the deal [BP] reached with": the deal is the verb's object, the name the clause's subject
            }
            if (ch.isNounPhrase() && !skip[ch.last()] && onlyDatesBetween(s, c, first, skip)
                    && (first(s, first).tag().equals("DT") && !measured(s, ch, s.chunks().get(first)) || dateRest)) {
                // "NEW DELHI The Supreme Court said", "Tomorrow evening our President will talk", "told Reuters [on Friday]
                // the company will": a phrase that opens with "the", or with a possessive after a date's rest, starts the
                // subject
                break;
            }
            if (objectPronoun(s, ch.first()) && c > 0 && s.chunks().get(c - 1).isVerbGroup()
                    && HeadlineWords.FINITE.contains(tokens.get(s.chunks().get(c - 1).first()).tag())) {
                // "the oligarch found himself behind bars and the company went bankrupt": a finite verb's object ends
                // the walk; what follows it is that verb's, the subject only the phrase right before the verb (but "a
                // group calling itself Seize BP" is one subject)
                return s.chunkOf(j);
            }
            if (t.tag().equals("CC") && joinsClauses(s, c, j, skip)) {
                break; // "has killed 149 people in Mexico and the World Health Organisation moved": the organisation moved
            }
            if (ch.isNounPhrase() && !skip[ch.last()]) {
                first = c;
            }
        }
        int opener = s.chunks().get(first).first() - 1;
        if (beforeList >= 0 && opener >= 0 && (tokens.get(opener).tag().equals("IN") || tokens.get(opener).tag().equals("TO"))) {
            // "At a meeting in Kabul, China and Iran signed": the phrase the list led back to is a fronted preposition's
            return beforeList;
        }
        return first;
    }

    /**
     * Whether the comma at {@code k} is one of a list of names that ends with "and" or "or" and is a preposition's
     * object inside a noun's phrase: "attorneys from [Texas, Louisiana and Florida]", "carcasses found in [Louisiana,
     * Mississippi and Alabama]". Such a list is no subject; the noun before its preposition leads back to it.
     */
    private static boolean namesListComma(ParsedSentence s, int k, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (k < 2 || k + 1 >= tokens.size() || !JoinedNames.name(tokens, k - 1, skip) || !JoinedNames.name(tokens, k + 1, skip)) {
            return false;
        }
        if (listEnd(tokens, k, skip) < 0) {
            return false;
        }
        int p = namesListFirst(tokens, k - 1, skip) - 1;
        if (p < 1 || skip[p] || !tokens.get(p).tag().equals("IN") || !ClauseTrimmer.PREPOSITIONS.contains(tokens.get(p).lower())
                || SUBORDINATORS.contains(tokens.get(p).lower())) {
            return false;
        }
        Token before = tokens.get(p - 1);
        boolean participle = before.tag().startsWith("VB") && !before.tag().equals("VB") && p >= 2 && tokens.get(p - 2).isCommonNoun();
        return !skip[p - 1] && (before.isCommonNoun() || participle);
    }

    /** The first word of the list of names that word {@code i} is in: back over names and the commas between them. */
    private static int namesListFirst(List<Token> tokens, int i, boolean[] skip) {
        int first = i;
        while (first > 0 && (JoinedNames.name(tokens, first - 1, skip)
                || first > 1 && tokens.get(first - 1).text().equals(",") && JoinedNames.name(tokens, first - 2, skip))) {
            first -= JoinedNames.name(tokens, first - 1, skip) ? 1 : 2;
        }
        return first;
    }

    /** Whether chunk {@code c} is a lone past tense between a noun phrase and a preposition: a participle the tagger missed. */
    private static boolean listParticiple(ParsedSentence s, int c) {
        Chunk ch = s.chunks().get(c);
        List<Token> tokens = s.tokens();
        return ch.isVerbGroup() && ch.first() == ch.last() && tokens.get(ch.first()).tag().equals("VBD") && c > 0
                && s.chunks().get(c - 1).isNounPhrase() && ch.last() + 1 < tokens.size() && tokens.get(ch.last() + 1).tag().equals("IN");
    }

    /**
     * The last word of a list of names that the comma at {@code k} goes on and "and" or "or" ends ("BP[,] Transocean and
     * Halliburton"), or -1 when no such list goes on there.
     */
    private static int listEnd(List<Token> tokens, int k, boolean[] skip) {
        if (k + 1 >= tokens.size() || !JoinedNames.name(tokens, k + 1, skip)) {
            return -1;
        }
        int i = k + 1;
        boolean joined = false;
        while (i + 1 < tokens.size()) {
            if (JoinedNames.name(tokens, i + 1, skip)) {
                i++;
            } else if (!joined && tokens.get(i + 1).text().equals(",") && i + 2 < tokens.size()
                    && (JoinedNames.name(tokens, i + 2, skip) || joinedName(tokens, i + 2, skip))) {
                i += 2;
            } else if (!joined && joinedName(tokens, i + 1, skip)) {
                joined = true;
                i += 2;
            } else {
                break;
            }
        }
        return joined ? i : -1;
    }

    /** Whether "and" or "or" with a name after it stands at {@code i}. */
    private static boolean joinedName(List<Token> tokens, int i, boolean[] skip) {
        return i + 1 < tokens.size() && !skip[i] && tokens.get(i).tag().equals("CC") && JoinedNames.name(tokens, i + 1, skip);
    }


    /**
     * Whether the conjunction chunk {@code and} follows the object of a finite verb that reports nothing: "A new virus
     * has killed up to 149 people in Mexico and the World Health Organisation moved closer". The conjunction then joins
     * two clauses, and the noun phrases before it are the first verb's, no part of the second's subject, whose last
     * word is {@code last}. Not after a reporting verb, whose noun phrases open what was said ("said Russia and China
     * took part"), a modal that asks ("Could the sandbags and the booms stop"), or no verb ("The deal between BP and the
     * government was signed"); not names "and" joins into one ("looking for Andrew and Hannah Myatt, who lived", "Japan
     * and Australia announce") or two common nouns ({@link #nounsJoined}); only before a verb with a tense.
     */
    private static boolean joinsClauses(ParsedSentence s, int and, int last, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int conjunction = s.chunks().get(and).first();
        int verbAfter = last + 1;
        while (verbAfter < tokens.size() && (skip[verbAfter] || tokens.get(verbAfter).tag().equals("RB"))) {
            verbAfter++;
        }
        if (!CLAUSE_LINKS.contains(tokens.get(conjunction).lower()) || verbAfter >= tokens.size()
                || !HeadlineWords.FINITE.contains(tokens.get(verbAfter).tag()) || JoinedNames.at(s, conjunction, skip)
                || nounsJoined(s, conjunction)) {
            return false;
        }
        for (int c = and - 1; c >= 0; c--) {
            Chunk ch = s.chunks().get(c);
            Token t = tokens.get(ch.first());
            if (ch.isVerbGroup()) {
                // a modal alone asks ("Could golf balls and tyres now stop"): its verb is still to come
                Token verb = tokens.get(ch.last());
                String lemma = Lemmatizer.verb(verb.lower());
                return HeadlineWords.FINITE.contains(t.tag()) && !verb.tag().equals("MD") && !HeadlineWords.REPORTING.contains(lemma);
            }
            boolean phrase = ch.isNounPhrase() || t.tag().equals("IN") && !SUBORDINATORS.contains(t.lower())
                    || t.tag().equals("TO") || t.tag().equals("RP");
            if (!phrase || STOPS.contains(t.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the conjunction at {@code conjunction} joins two common nouns into one phrase: the noun after it opens bare,
     * with no determiner, number or name ("the oil and gas could have been stopped", "some affected people and
     * businesses will").
     */
    private static boolean nounsJoined(ParsedSentence s, int conjunction) {
        List<Token> tokens = s.tokens();
        if (conjunction < 1 || conjunction + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(conjunction - 1);
        Token after = tokens.get(conjunction + 1);
        return before.isCommonNoun() && (after.isCommonNoun() || after.tag().startsWith("JJ"));
    }

    /** The conjunctions that may join two clauses right after a verb's object (data: subject-words.tsv). */
    private static final Set<String> CLAUSE_LINKS = words("clause-link");

    /**
     * Whether the noun phrase before the "of" chunk {@code of} counts or measures what the "of" phrase names ("one of
     * the rigs", "a wave of attacks", "Tens of thousands"), so that a relative clause after the "of" phrase is told of
     * the whole.
     */
    private static boolean countedBefore(ParsedSentence s, int of) {
        if (of < 1 || !s.chunks().get(of - 1).isNounPhrase()) {
            return true;
        }
        Chunk before = s.chunks().get(of - 1);
        Token head = s.tokens().get(before.last());
        if (nameOfName(s.tokens(), before.last())) {
            return true; // a name with "of" in it: "the Gulf of Mexico oil spill that began"
        }
        for (int i = before.first(); i <= before.last(); i++) {
            if (quantity(s.tokens().get(i))) {
                return true; // "the 4.9 million barrels of crude that spilled"
            }
        }
        return COUNT_NOUNS.contains(head.lower()) || MEASURE_UNITS.contains(Lemmatizer.plural(head.lower())); // "gallons of oil"
    }

    /**
     * The end of the phrase that completes the subject's noun, when the two are a pair of {@code
     * labels/noun-complements.txt}: "The moratorium [on deepwater drilling] was lifted", "Work [on installing the cap]
     * was completed", "The decision [to cap the well] was taken"; else {@code end}. The phrase ends at {@code last}, the
     * word before the verb, with its own "of" phrases. Asked only before a verb with a tense: in "the attempt to plug
     * its well failed/VBN" the tagger's participle might qualify the well.
     */
    private static int complementOfNoun(ParsedSentence s, int end, int last, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (end + 2 > last || skip[end + 1] || !HeadlineWords.NOUN_COMPLEMENTS.contains(tokens.get(end).lower() + " " + tokens.get(end + 1).lower())) {
            return end;
        }
        int k = end + 2;
        if (s.chunkOf(k) < 0) {
            return end;
        }
        Chunk verb = s.chunks().get(s.chunkOf(k));
        boolean infinitive = tokens.get(end + 1).lower().equals("to");
        if (verb.isVerbGroup() && (infinitive ? tokens.get(verb.last()).tag().equals("VB") : verb.first() == verb.last()
                && tokens.get(k).tag().equals("VBG"))) {
            k = verb.last() + 1; // "on [installing] the cap", "to [cap] the well"
        } else if (infinitive) {
            return end;
        }
        if (k > last || !nounPhraseAt(s, k) || skip[k]) {
            return end;
        }
        int phrase = s.chunks().get(s.chunkOf(k)).last();
        // "Talks between the government [and the Taliban]": "between" names two parties
        boolean two = tokens.get(end + 1).lower().equals("between");
        while (phrase + 2 <= last && (tokens.get(phrase + 1).lower().equals("of") || two && tokens.get(phrase + 1).lower().equals("and"))
                && nounPhraseAt(s, phrase + 2) && !skip[phrase + 2]) {
            two &= !tokens.get(phrase + 1).lower().equals("and"); // one "and": "between A and B"
            phrase = s.chunks().get(s.chunkOf(phrase + 2)).last();
        }
        return phrase <= last ? phrase : end;
    }

    /** The first word of the phrase that completes the subject's noun ("on" in "The moratorium on permits"), or -1. */
    static int complementStart(ParsedSentence s, int[] subject) {
        for (int i = subject[0]; i < subject[1]; i++) {
            if (HeadlineWords.NOUN_COMPLEMENTS.contains(s.tokens().get(i).lower() + " " + s.tokens().get(i + 1).lower())) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Nouns that count what their "of" phrase names ("Tens [of thousands]"; data: subject-words.tsv). */
    private static final java.util.Set<String> COUNT_NOUNS = words("count-noun");

    /** Whether {@code t} counts what its "of" phrase names ("tens", "the number"; data: subject-words.tsv). */
    static boolean countNoun(Token t) {
        return COUNT_NOUNS.contains(t.lower());
    }

    /**
     * The end of the subject's first phrase as a cut keeps it: with its "of" phrase when the phrase is a count ("Tens of
     * thousands", not "Tens") or the "of" is inside a name ("The Gulf of Mexico oil spill", not "The Gulf"), through the
     * second number of a range, else {@code firstEnd}.
     */
    static int firstPhraseEnd(ParsedSentence s, int[] subject, int firstEnd) {
        if (HeadlineWords.numberRange(s.tokens(), firstEnd + 1) && firstEnd + 1 < subject[1]) {
            return firstPhraseEnd(s, subject, s.chunks().get(s.chunkOf(firstEnd + 2)).last()); // "8 million to 9 million gallons"
        }
        if (!counts(s, firstEnd) && !nameOfName(s.tokens(), firstEnd) || firstEnd + 2 > subject[1]) {
            return firstEnd;
        }
        return Math.min(subject[1], s.chunks().get(s.chunkOf(firstEnd + 2)).last());
    }

    /** Whether the phrase ending at {@code end} is a count before the "of" phrase it counts ("Tens [of thousands]"). */
    private static boolean counts(ParsedSentence s, int end) {
        List<Token> tokens = s.tokens();
        return COUNT_NOUNS.contains(tokens.get(end).lower()) && s.chunks().get(s.chunkOf(end)).first() >= end - 1
                && end + 2 < tokens.size() && tokens.get(end + 1).lower().equals("of") && nounPhraseAt(s, end + 2);
    }

    /** Tags of a word that opens a phrase which may go from a subject's end ("on", "using", "which"). */
    private static final Set<String> TRAILING_PHRASE_OPENERS = Set.of("IN", "TO", "VBG", "WDT", "WP", ",");

    /**
     * The last token of the longest run of a long subject's phrases that {@code fits}: the whole subject, or a run that
     * ends on a noun phrase before a preposition, an -ing form or a relative word ("Work on installing the cap [using
     * robots a mile below the surface of the sea]"); {@code firstEnd}, the end of its first phrase, when none fits.
     */
    static int phrasesThatFit(ParsedSentence s, boolean[] keep, int[] subject, int firstEnd, Predicate<boolean[]> fits) {
        List<Token> tokens = s.tokens();
        if (fits.test(keep)) {
            return subject[1];
        }
        for (int end = subject[1] - 1; end > firstEnd; end--) {
            int chunk = s.chunkOf(end);
            if (chunk < 0 || !s.chunks().get(chunk).isNounPhrase() || s.chunks().get(chunk).last() != end
                    || !keep[end] || !TRAILING_PHRASE_OPENERS.contains(tokens.get(end + 1).tag()) || !balanced(tokens, subject[0], end)
                    || nameOfName(tokens, end) || counts(s, end) || inList(tokens, end)) {
                continue;
            }
            boolean[] cut = keep.clone();
            for (int i = end + 1; i <= subject[1]; i++) {
                cut[i] = false;
            }
            if (fits.test(cut)) {
                return end;
            }
        }
        return firstEnd;
    }

    /** The most characters a subject with a list of names in its "of" phrase keeps the list in. */
    private static final int LONGEST_LISTED = 45;

    /** The characters of tokens {@code first} to {@code last} with a space between each two. */
    private static int spelledLength(List<Token> tokens, int first, int last) {
        int length = last - first;
        for (int i = first; i <= last; i++) {
            length += tokens.get(i).text().length();
        }
        return length;
    }

    /** Whether a list of names goes on after {@code end} ("BP[, Transocean and Halliburton]"): a cut there would halve it. */
    private static boolean inList(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end + 1).text().equals(",") && tokens.get(end).isProperNoun()
                && listEnd(tokens, end + 1, new boolean[tokens.size()]) >= 0;
    }

    /** Whether the "of" after {@code end} joins two names into one ("the Gulf [of Mexico]", "the House [of Representatives]"). */
    private static boolean nameOfName(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isProperNoun() || !tokens.get(end + 1).lower().equals("of")) {
            return false;
        }
        return tokens.get(end + 2).isProperNoun();
    }

    /** Whether the tokens from {@code first} to {@code last} close every bracket and quotation they open. */
    private static boolean balanced(List<Token> tokens, int first, int last) {
        int open = 0;
        int quotes = 0;
        for (int i = first; i <= last; i++) {
            String w = tokens.get(i).text();
            open += w.equals("(") || w.equals("-LRB-") ? 1 : w.equals(")") || w.equals("-RRB-") ? -1 : 0;
            quotes += QUOTES.contains(w) ? 1 : 0;
        }
        return open == 0 && quotes % 2 == 0;
    }

    /**
     * Whether an "a" phrase after a common noun measures where or how much ("robots [a mile] below the surface", "fell
     * [a third]"), part of the phrase before it, not a subject of its own.
     */
    private static boolean measured(ParsedSentence s, Chunk before, Chunk phrase) {
        List<Token> tokens = s.tokens();
        String opener = tokens.get(phrase.first()).lower();
        return (opener.equals("a") || opener.equals("an")) && phrase.last() == phrase.first() + 1
                && MEASURE_UNITS.contains(tokens.get(phrase.last()).lower()) && tokens.get(before.last()).isCommonNoun();
    }

    /** Units a phrase with "a" measures the noun before it by ("a day", "a mile"). */
    private static final java.util.Set<String> MEASURE_UNITS = java.util.stream.Stream.of(words("measure-unit"),
            app.dateline.engine.rules.RuleSet.englishTable("setu").words(), ClauseTrimmer.DISTANCE_UNITS)
            .flatMap(java.util.Collection::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether {@code noun}, a common noun right after a verb, is that verb's object and {@code name} a name after it. */
    private static boolean objectBeforeName(ParsedSentence s, Chunk noun, Chunk name) {
        List<Token> tokens = s.tokens();
        return HeadlineWords.isName(tokens, name.first(), name.last()) && noun.first() > 0
                && tokens.get(noun.first() - 1).tag().startsWith("VB") && tokens.get(noun.last()).isCommonNoun();
    }

    /**
     * Whether chunk {@code c} and chunk {@code first} are neighbours, or only a date's own phrase stands between them
     * ("Reuters [on Friday] the company", "paramedics [on the day] Jackson died"; not "costs to shareholders [from] the
     * 1989 disaster", where the skipped preposition links the phrases).
     */
    /** Words before a date that make it a modifier of the phrase after it ("of the [1990] Persian Gulf spill"). */
    private static final Set<String> MODIFIED_AFTER = Set.of("IN", "TO", "DT", "POS", "PRP$");

    /**
     * Whether the first word of {@code chunk} after the date words that open it is a proper noun, and the date opens no
     * phrase of a preposition or a determiner before it: "the final costs from the [1989] Exxon Valdez tanker disaster
     * were" is the costs', "over the course of a century BP has" is BP's.
     */
    private static boolean namedAfterDate(ParsedSentence s, Chunk chunk, boolean[] skip) {
        int before = chunk.first() - 1;
        if (before >= 0 && !skip[before] && MODIFIED_AFTER.contains(s.tokens().get(before).tag())) {
            return false;
        }
        int i = chunk.first();
        while (i <= chunk.last() && skip[i]) {
            i++;
        }
        return i <= chunk.last() && s.tokens().get(i).isProperNoun();
    }

    private static boolean onlyDatesBetween(ParsedSentence s, int c, int first, boolean[] skip) {
        boolean datePhrase = c + 1 == first;
        for (int k = c + 1; k < first; k++) {
            Chunk between = s.chunks().get(k);
            for (int i = between.first(); i <= between.last(); i++) {
                if (!skip[i]) {
                    return false;
                }
            }
            datePhrase |= between.isNounPhrase() || TIME_PREPOSITIONS.contains(s.tokens().get(between.first()).lower());
        }
        return datePhrase;
    }

    /**
     * Prepositions that open a date's own phrase, not one a noun before them takes ("on the day Jackson died"); not "at"
     * or "until", which the tagger's misreadings put there ("at a day-care center", "until recently the pride").
     */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "since", "after", "before", "during");

    /**
     * Whether the "I" or "we" at {@code j} is joined to a phrase before it in one subject ("my friends and I
     * separated"), not opening a clause after "and" ("Richard married Susan and they had", "it was my birthday and I
     * wanted": the phrase before is a verb's).
     */
    private static boolean joinedFirstPerson(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        String w = tokens.get(j).lower();
        if (j < 2 || !(w.equals("i") || w.equals("we")) || !(tokens.get(j - 1).lower().equals("and") || tokens.get(j - 1).lower().equals("or"))
                || !nounPhraseAt(s, j - 2)) {
            return false;
        }
        int first = s.chunks().get(s.chunkOf(j - 2)).first();
        return first == 0 || !tokens.get(first - 1).isVerb();
    }

    /** Whether a comma after token {@code j} is followed, within eight words, by a finite verb: a main clause. */
    private static boolean mainClauseAfter(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        for (int i = j + 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                for (int k = i + 1; k < tokens.size() && k <= i + 8; k++) {
                    if (HeadlineWords.FINITE.contains(tokens.get(k).tag())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Pronouns that can only be, or here are, a subject: a phrase before them is another one's. */
    private static final java.util.Set<String> NOMINATIVE = words("nominative");

    /**
     * Whether a noun phrase with no verb yet stands between the clause's opening and the subordinator at {@code sub}:
     * then the subordinator is a preposition inside that subject ("that a decision to continue drilling [after]
     * unusual pressure readings may have been a mistake"), not the opening of a clause of its own ("after the well
     * blew out, BP said"); so it is after the noun phrase that opens the sentence ({@link #openingNounPhrase}).
     */
    private static boolean subjectWaits(ParsedSentence s, int sub) {
        List<Token> tokens = s.tokens();
        boolean noun = false;
        for (int i = sub - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            // a finite verb, or a participle the model may have read for a past ("the employee ... missed[VBN] the first
            // signs because he was"): the subject has its verb
            if (HeadlineWords.FINITE.contains(t.tag()) || t.tag().equals("VBN") || STOPS.contains(t.text()) || t.tag().equals(".")) {
                return false;
            }
            if (t.lower().equals("that") && (t.tag().equals("IN") || t.tag().equals("WDT"))) {
                return noun;
            }
            noun |= nounPhraseAt(s, i);
        }
        return openingNounPhrase(s, sub);
    }

    /**
     * Whether the sentence opens on a determiner (or a name's "'s") and a common noun right before the word at
     * {@code sub} (an adverb between), which has no verb yet: "The defense budget [before] Congress totals" (but not
     * "Hours before the storm hit": a span of time measures when the clause after the word happened; nor a name,
     * "Richard Besser since Gerberding resigned"; nor a headline run into the text, "BP oil spill clean-up operations
     * Since BP's rig exploded").
     */
    private static boolean openingNounPhrase(ParsedSentence s, int sub) {
        List<Token> tokens = s.tokens();
        int end = sub - 1;
        while (end > 0 && tokens.get(end).tag().equals("RB")) {
            end--;
        }
        if (end < 0 || !nounPhraseAt(s, end)) {
            return false;
        }
        Chunk phrase = s.chunks().get(s.chunkOf(end));
        Token head = tokens.get(phrase.last());
        String opener = tokens.get(0).tag();
        boolean possessed = tokens.size() > 1 && tokens.get(1).tag().equals("POS"); // "BP's survival [as] an independent company"
        return phrase.first() == 0 && phrase.last() == end && (opener.equals("DT") || opener.equals("PRP$") || possessed)
                && (head.tag().equals("NN") || head.tag().equals("NNS")) && !UNITS.contains(head.lower())
                && Character.isLowerCase(tokens.get(sub).text().charAt(0));
    }

    /** The units of time ("hours", "days"): a phrase of them before "before" or "after" says when, it is no subject. */
    private static final java.util.Set<String> UNITS = java.util.Set.copyOf(app.dateline.engine.rules.RuleSet.englishTable("unit").words());

    /**
     * The subject's first phrase when the phrase {@code object} is the object of a preposition that opens an
     * adverbial ("despite his brave fight he passed away"): the next noun phrase up to {@code last} that no
     * preposition or possessive leads into; {@code object} when there is none.
     */
    private static int afterObject(ParsedSentence s, int object, int last) {
        for (int c = object + 1; c <= last; c++) {
            Chunk ch = s.chunks().get(c);
            String before = s.tokens().get(ch.first() - 1).tag();
            if (ch.isNounPhrase() && !before.equals("IN") && !before.equals("TO") && !before.equals("POS") && !before.equals("CC")) {
                return c;
            }
        }
        return object;
    }

    private static Token first(ParsedSentence s, int chunk) {
        return s.tokens().get(s.chunks().get(chunk).first());
    }

    /**
     * Where the name starts in a noun phrase that ends in titles and a name ("the National Security Council
     * John Kirby", "State Antony Blinken"), or -1 when the phrase is not of that kind.
     */
    static int titledName(ParsedSentence s, int j) {
        List<Token> tokens = s.tokens();
        Chunk c = s.chunks().get(s.chunkOf(j));
        if (!tokens.get(j).isProperNoun()) {
            return -1;
        }
        int given = c.first();
        while (given < j && (TITLES.contains(tokens.get(given).lower()) || tokens.get(given).tag().equals("DT"))) {
            given++;
        }
        boolean titled = false;
        for (int i = c.first(); i < given; i++) {
            titled |= !tokens.get(i).tag().equals("DT");
        }
        if (!titled || given >= j || TITLE_QUALIFIERS.contains(tokens.get(given - 1).lower())) {
            return -1; // "the Special Care Baby Unit": "Special" qualifies no title here, the name is the unit's
        }
        for (int i = given; i <= j; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return -1;
            }
        }
        return given;
    }

    /**
     * Where the subject starts once descriptions and titles before a name are left out: "Birmingham poet
     * Benjamin Zephaniah", "British mobile phone giant Vodafone", "US Secretary of State Antony Blinken".
     */
    private static int nameStart(ParsedSentence s, Chunk c, int start, int j) {
        List<Token> tokens = s.tokens();
        // the phrase's last word within the subject: "The commissioners [Wednesday] rejected" ends on its noun, not on the date
        int last = Math.min(c.last(), j);
        if (tokens.get(last).isProperNoun()) {
            int name = last;
            while (name > c.first() && tokens.get(name - 1).isProperNoun()) {
                name--;
            }
            boolean commonBefore = false;
            for (int i = c.first(); i < name; i++) {
                commonBefore |= tokens.get(i).tag().equals("NN") || tokens.get(i).tag().equals("NNS");
            }
            if (commonBefore) {
                start = name;
            }
        }
        int name = j;
        while (name > start && tokens.get(name - 1).isProperNoun()) {
            name--;
        }
        if (tokens.get(j).isProperNoun() && name > start || j - name >= 2) {
            int given = name;
            while (given < j && TITLES.contains(tokens.get(given).lower())) {
                given++;
            }
            boolean titled = given > name;
            for (int i = start; i < name && titled; i++) {
                titled = TITLES.contains(tokens.get(i).lower());
            }
            if (titled && given < j) {
                start = given;
            }
        }
        return afterShortTitle(tokens, start, j);
    }

    /**
     * Where a full name starts after the last title written short with a stop ("Retired Coast Guard Adm. [Thad Allen]",
     * "Louisiana Gov. [Bobby Jindal]"): such a title stands before a name, so what is before it is the title's too.
     * {@code start} when the phrase has no such title, or no full name after it ("Mr. Chun" keeps its title; "U.S." is
     * no title of one word).
     */
    private static int afterShortTitle(List<Token> tokens, int start, int j) {
        for (int t = j - 2; t >= start; t--) {
            String w = tokens.get(t).lower();
            if (w.indexOf('.') == w.length() - 1 && TITLES.contains(w)) {
                for (int i = t + 1; i <= j; i++) {
                    if (!tokens.get(i).isProperNoun()) {
                        return start;
                    }
                }
                return t + 1;
            }
        }
        return start;
    }
}
