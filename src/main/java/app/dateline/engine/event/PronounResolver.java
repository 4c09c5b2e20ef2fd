package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a subject "he" or "she" the name it stands for (the last personal name that is a subject just before), and
 * a description of a group ("the conservative Islamist movement") the organisation the sentence before names
 * ("the Taliban").
 */
final class PronounResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> GROUP_NOUNS = WordList.load("/dateline/labels/group-nouns.txt");

    private PronounResolver() {
    }

    /** Whether the subject {first, last} is a lone "he" or "she". */
    static boolean isPersonal(ParsedSentence s, int[] subject) {
        return subject[0] == subject[1] && PERSONAL.contains(s.tokens().get(subject[0]).lower());
    }

    /**
     * For a lone "he" or "she" that is the subject of what a named speaker says in the same sentence ("Obama,
     * on his fourth visit to the coast, said he would press BP executives"), the speaker's name; null otherwise.
     */
    static Headline speaker(ParsedSentence s, int[] subject, boolean[] skip, EventVerb verbs) {
        return speaker(s, subject, skip, verbs, false);
    }

    /**
     * As {@link #speaker(ParsedSentence, int[], boolean[], EventVerb)}, and with {@code things} also for a lone "it" that
     * does something ("BP said it collected 10,500 barrels" -> "BP collected ..."; not "it is", "it emerged") when the
     * speaker is an organisation by its name: an acronym or a name of labels/name-heads.txt ("the US Mineral Management
     * Services"). Asked only where keeping "BP said" would cost the clause its words.
     */
    static Headline speaker(ParsedSentence s, int[] subject, boolean[] skip, EventVerb verbs, boolean things) {
        if (subject == null || !isPersonal(s, subject) && !(things && doingIt(s, subject, verbs))) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int[] reporting = reportingGroup(s, subject[0], skip, verbs);
        if (reporting == null) {
            return null;
        }
        int[] said = SubjectFinder.find(s, s.chunks().get(reporting[0]).first(), skip);
        if (said == null || !tokens.get(said[1]).isProperNoun()) {
            return null;
        }
        if (!isPersonal(s, subject)) {
            // "Obama said it sent the wrong message": not Obama; an organisation is named whole, "The U.S. Senate Foreign
            // Relations Committee", "the National Oceanic and Atmospheric Administration"
            return organisation(tokens.get(said[1])) ? Headline.span(s, said[0], said[1]) : null;
        }
        int first = said[1];
        while (first > said[0] && tokens.get(first - 1).isProperNoun() && !HeadlineWords.TITLES.contains(tokens.get(first - 1).lower())) {
            first--; // "International Monetary Fund Managing Director Dominique Strauss-Kahn": the name after the title
        }
        return Headline.span(s, first, said[1]);
    }

    /**
     * For a lone "he" or "she" right after a clause of time or cause that opens what a speaker says ("the prosecutor said
     * that when the doctor realised the patient had died, he called a guard"), the subject of that clause when it is a
     * name or a noun ("the doctor"), whom the pronoun stands for: not the speaker. So for "it" and a singular common
     * noun, "they" and a plural one ("told reporters that while the new strain appears mild, it needs to be watched").
     * Null otherwise.
     */
    static Headline openingSubject(ParsedSentence s, int[] subject, boolean[] skip) {
        if (subject == null || subject[0] != subject[1] || subject[0] < 4) {
            return null;
        }
        String pronoun = s.tokens().get(subject[0]).lower();
        if (!PERSONAL.contains(pronoun) && !pronoun.equals("it") && !pronoun.equals("they")) {
            return null;
        }
        List<Token> tokens = s.tokens();
        for (int k = subject[0] - 2; k > 0; k--) {
            if (!tokens.get(k - 1).lower().equals("that") || !ClauseTrimmer.opensClause(tokens.get(k))
                    || !ClauseTrimmer.CLAUSE_LINKS.contains(tokens.get(k).lower())) {
                // a clause of time or cause, not "if": "if he were my employee, I would"
                continue;
            }
            int comma = ClauseTrimmer.openingClauseEnd(s, k, skip);
            if (comma != subject[0] - 1 || !HeadlineWords.nounPhraseAt(s, k + 1)) {
                return null;
            }
            Chunk np = s.chunks().get(s.chunkOf(k + 1));
            Token head = tokens.get(np.head());
            if (head.isPronoun() || !head.isNoun()) {
                return null; // "when he arrived, he found": the speaker rule decides
            }
            boolean plural = head.tag().endsWith("S");
            if (pronoun.equals("it") && (plural || head.isProperNoun()) || pronoun.equals("they") && !plural
                    || PERSONAL.contains(pronoun) && plural) {
                return null; // "it" stands for a thing, "they" for more than one
            }
            int first = np.first();
            if (head.isProperNoun()) {
                first = np.head();
                while (first > np.first() && tokens.get(first - 1).isProperNoun()) {
                    first--;
                }
            }
            return Headline.span(s, first, np.last());
        }
        return null;
    }


    private static final Set<String> ORGANISATION_HEADS = WordList.load("/dateline/labels/name-heads.txt");
    /** Verbs whose "it" may do nothing: "it is likely", "it emerged", "it seems", "it takes time". */
    private static final Set<String> EMPTY_IT_VERBS = WordList.load("/dateline/labels/emerging-verbs.txt");

    /** Whether the subject is a lone "it" before a verb group that says it did something ("it collected"). */
    private static boolean doingIt(ParsedSentence s, int[] subject, EventVerb verbs) {
        int after = subject[1] + 1;
        if (subject[0] != subject[1] || !s.tokens().get(subject[0]).lower().equals("it") || after >= s.tokens().size()
                || s.chunkOf(after) < 0 || !s.chunks().get(s.chunkOf(after)).isVerbGroup()) {
            return false;
        }
        Chunk group = s.chunks().get(s.chunkOf(after));
        for (int i = group.first(); i <= group.last(); i++) {
            Token t = s.tokens().get(i);
            if (t.isVerb() && (Set.of("be", "seem", "appear", "remain", "take", "look", "become", "happen", "matter", "mean")
                    .contains(verbs.lemma(t)) || EMPTY_IT_VERBS.contains(verbs.lemma(t)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name's last word makes it an organisation's: an acronym ("BP", "WHO") or a head such as "Agency". */
    private static boolean organisation(Token last) {
        String w = last.text();
        boolean acronym = w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '&');
        return acronym || ORGANISATION_HEADS.contains(last.lower());
    }

    /** Pronouns that name no one without the speaker before them ("BP said it had contained"). */
    private static final Set<String> UNNAMED = Set.of("it", "they");

    /**
     * Whether the subject of the clause a speaker reports (the reporting verb at {@code verb}, the clause's at
     * {@code said}) names no one without the speaker: "it" or "they" alone, a phrase whose owner is a pronoun ("The WHO
     * said [its laboratories] have identified", "the minister said [his countrymen] shouldn't"), or "he" or "she" when
     * the speaker is a common noun, no name to give them ("The president said [he] had asked"; "Abaza said he was
     * seeking" reads "Abaza was seeking"), or "I", "we" or "you" ("The judge told Dr Murray: "You may not use ...""). The
     * headline then keeps who said it.
     */
    static boolean namesNoOne(ParsedSentence s, int verb, int said, boolean[] skip) {
        int[] subject = SubjectFinder.find(s, s.chunks().get(s.chunkOf(said)).first(), skip);
        if (subject == null) {
            return false;
        }
        Token first = s.tokens().get(subject[0]);
        if (subject[0] == subject[1] && isPersonal(s, subject)) {
            int[] speaker = SubjectFinder.find(s, s.chunks().get(s.chunkOf(verb)).first(), skip);
            // a pronoun speaker is named as "he" is, from the sentences before ("He acknowledged that he had given")
            return speaker != null && s.tokens().get(speaker[1]).isNoun() && !s.tokens().get(speaker[1]).isProperNoun();
        }
        if (subject[0] == subject[1] && SPEAKER_OR_HEARER.contains(first.lower())) {
            // a speaker who is a pronoun names no one either, nor does the subject of a verb without a tense ("adding:
            // "You can"")
            int[] speaker = SubjectFinder.find(s, s.chunks().get(s.chunkOf(verb)).first(), skip);
            return quoted(s, subject[0]) && speaker != null && s.tokens().get(speaker[1]).isNoun() && EventVerb.finite(s, verb);
        }
        return subject[0] == subject[1] && UNNAMED.contains(first.lower()) || first.tag().equals("PRP$");
    }

    /**
     * Whether the subject of the clause at {@code said} is "I", "we" or "you" opening a quotation after a colon: the
     * clause alone would name no one ("I think the impact of this disaster is likely", told a broadcaster).
     */
    static boolean quotedSpeakerOrHearer(ParsedSentence s, int said, boolean[] skip) {
        int[] subject = SubjectFinder.find(s, s.chunks().get(s.chunkOf(said)).first(), skip);
        return subject != null && subject[0] == subject[1] && SPEAKER_OR_HEARER.contains(s.tokens().get(subject[0]).lower())
                && quoted(s, subject[0]);
    }

    /**
     * The pronouns of a quotation's speaker and hearer ("I", "we", "you"; labels/speaker-pronouns.txt and
     * reader-pronouns.txt): they name no one without who said it.
     */
    private static final Set<String> SPEAKER_OR_HEARER = WordList.loadAll("/dateline/labels/speaker-pronouns.txt",
            "/dateline/labels/reader-pronouns.txt");

    /**
     * Whether the pronoun at {@code pronoun} opens a quotation after a colon ("said: "We will pay""). Only there is it
     * taken for the speaker's or the hearer's: "I think we can all conclude", "evidence to suggest we are seeing" name
     * no speaker to keep.
     */
    private static boolean quoted(ParsedSentence s, int pronoun) {
        return HeadlineWords.colonBefore(s.tokens(), pronoun) >= 0;
    }

    /**
     * For a lone pronoun subject of what a speaker says right before it ("BP said it finally choked off the flow
     * Thursday", "The minister told reporters he would resign"), the speaker's first and last token and the reporting
     * verb group's first and the last token to keep with it (the hearer's), to be kept with the clause: "It choked off
     * the flow" names no one, "BP said it choked off the flow" does. Null otherwise.
     */
    static int[] reporter(ParsedSentence s, int[] subject, boolean[] skip, EventVerb verbs) {
        if (subject == null || subject[0] != subject[1]) {
            return null;
        }
        String pronoun = s.tokens().get(subject[0]).lower();
        if (!UNNAMED.contains(pronoun) && !PERSONAL.contains(pronoun) && !(SPEAKER_OR_HEARER.contains(pronoun) && quoted(s, subject[0]))) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int[] reporting = reportingGroup(s, subject[0], skip, verbs);
        if (reporting == null) {
            return null;
        }
        Chunk group = s.chunks().get(reporting[0]);
        int[] said = SubjectFinder.find(s, group.first(), skip);
        if (said == null || tokens.get(said[1]).isPronoun()) {
            return null; // "He said it would": no name to give
        }
        String number = tokens.get(said[1]).tag();
        if (PERSONAL.contains(pronoun) && (number.equals("NNS") || number.equals("NNPS"))) {
            return null; // "reports suggest he filed for bankruptcy": the reports are not he
        }
        return new int[] {said[0], said[1], group.first(), reporting[1]};
    }

    /**
     * The reporting verb group a pronoun subject at {@code pronoun} follows, past a "that" and the date, and past the
     * hearer when the hearer cannot be whom the pronoun stands for ("The minister told reporters he would resign":
     * not the reporters; "Officials told the BBC they": not the BBC): {its chunk, the last token to keep with it}.
     * Null when no reporting verb stands there.
     */
    static int[] reportingGroup(ParsedSentence s, int pronoun, boolean[] skip, EventVerb verbs) {
        List<Token> tokens = s.tokens();
        int i = pronoun - 1;
        while (i >= 0 && (skip[i] || tokens.get(i).lower().equals("that") || tokens.get(i).text().equals(":")
                || HeadlineWords.QUOTES.contains(tokens.get(i).text()))) {
            i--; // "said: "We will pay"" as "said that we will pay"
        }
        int opening = openingAfterThat(tokens, i);
        if (opening >= 0) {
            i = opening; // "reveals that, on the night of 25 June, he injected": the speaker is before "that"
        }
        int last = i;
        if (i >= 0 && s.chunkOf(i) >= 0 && s.chunks().get(s.chunkOf(i)).isNounPhrase()
                && !agrees(tokens.get(pronoun).lower(), tokens.get(i))) {
            i = s.chunks().get(s.chunkOf(i)).first() - 1; // the hearer
            while (i >= 0 && skip[i]) {
                i--;
            }
        }
        boolean pastPhrases = false;
        // "reveals [in a recorded interview with police] that he": the saying's circumstances, a preposition and its
        // phrase at a time (the hearer step may have stopped on the preposition)
        for (int n = 0; n < 6 && i > 0; n++) {
            int preposition = i;
            if (s.chunkOf(i) >= 0 && s.chunks().get(s.chunkOf(i)).isNounPhrase()) {
                preposition = s.chunks().get(s.chunkOf(i)).first() - 1;
            }
            if (preposition < 1 || !tokens.get(preposition).tag().equals("IN") || tokens.get(preposition).lower().equals("that")
                    || s.chunkOf(preposition - 1) < 0 || !(s.chunks().get(s.chunkOf(preposition - 1)).isNounPhrase()
                    || s.chunks().get(s.chunkOf(preposition - 1)).isVerbGroup())) {
                break;
            }
            i = preposition - 1;
            while (i >= 0 && skip[i]) {
                i--;
            }
            pastPhrases = true;
            if (i >= 0 && s.chunkOf(i) >= 0 && s.chunks().get(s.chunkOf(i)).isVerbGroup()) {
                break;
            }
        }
        if (i < 0 || s.chunkOf(i) < 0 || !s.chunks().get(s.chunkOf(i)).isVerbGroup() || !verbs.reports(s, s.chunks().get(s.chunkOf(i)).head())) {
            return null;
        }
        // the circumstances stay out of a label that keeps the saying: "Dr Murray reveals he injected"
        return new int[] {s.chunkOf(i), pastPhrases ? s.chunks().get(s.chunkOf(i)).last() : last};
    }

    /**
     * Whether a phrase ending on {@code head} may be what the pronoun stands for: by number ("reporters" is no "he"),
     * and a hearer named by a common noun is taken for no "he" or "she" ("Cherilyn Lee tells the court she warned").
     */
    private static boolean agrees(String pronoun, Token head) {
        boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS");
        return switch (pronoun) {
            case "he", "she" -> !plural && head.isProperNoun();
            case "it" -> !plural;
            case "they" -> plural || head.isProperNoun();
            default -> true;
        };
    }

    /**
     * When token {@code comma} closes a phrase set off by commas right after "that" ("that, on the night of 25 June,
     * he"), the token before "that"; -1 otherwise. The phrase holds no verb and at most ten words.
     */
    private static int openingAfterThat(List<Token> tokens, int comma) {
        if (comma < 3 || !tokens.get(comma).text().equals(",")) {
            return -1;
        }
        for (int k = comma - 1; k >= 1 && comma - k <= 11; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return tokens.get(k - 1).lower().equals("that") ? k - 2 : -1;
            }
            if (t.isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For a lone pronoun that is the subject of a clause of time or cause after the main clause ("The rig was drilling
     * the well when it was ripped by an explosion"), the main clause's subject when it agrees (it: a singular noun,
     * they: a plural one, he or she: a name); null otherwise.
     */
    static Headline mainSubject(ParsedSentence s, int[] subject, boolean[] skip) {
        if (subject == null || subject[0] != subject[1] || subject[0] < 3) {
            return null;
        }
        List<Token> tokens = s.tokens();
        String pronoun = tokens.get(subject[0]).lower();
        String link = tokens.get(subject[0] - 1).lower();
        if (!ClauseTrimmer.CLAUSE_LINKS.contains(link) && !link.equals("since")) {
            return null; // "since" before a pronoun and its verb opens a clause too: "has paid $1.45 billion since it took over"
        }
        int main = -1;
        for (int i = subject[0] - 2; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean stop = HeadlineWords.STOPS.contains(t.text()) && !t.text().equals(","); // "Bob Dudley, BP's chief, will"
            if (stop || t.tag().startsWith("W") || HeadlineWords.SUBORDINATORS.contains(t.lower())) {
                return null; // a clause of its own before: not plainly the main one
            }
            if (t.isVerb() && s.chunks().get(s.chunkOf(i)).first() == i && EventVerb.finite(s, i)) {
                main = i; // the first verb with a tense: "The Facility administered by Feinberg has paid": "has paid"
            }
        }
        if (main < 0) {
            return null;
        }
        int[] antecedent = SubjectFinder.find(s, main, skip);
        if (antecedent != null && tokens.get(antecedent[1]).isProperNoun()) {
            antecedent[0] = Math.min(antecedent[0], s.chunks().get(s.chunkOf(antecedent[0])).first()); // "the US Mineral ..."
        }
        int opening = antecedent == null ? -1 : antecedent[0] - 1;
        while (opening >= 0 && (skip[opening] || opening == 0 && OPENING_CONJUNCTIONS.contains(tokens.get(0).lower()))) {
            opening--;
        }
        if (antecedent == null || opening >= 0) {
            return null; // the main clause opens the sentence with its subject (after "But" or "And")
        }
        if (pronoun.equals("it")) {
            Chunk group = s.chunks().get(s.chunkOf(main));
            for (int i = group.last() + 1; i < subject[0] - 1; i++) {
                String tag = tokens.get(i).tag();
                boolean object = (tag.equals("NN") || tag.equals("NNP")) && s.chunks().get(s.chunkOf(i)).last() == i
                        && !tokens.get(s.chunks().get(s.chunkOf(i)).first() - 1).tag().equals("IN");
                if (object) {
                    return null; // "BP was operating the rig when it exploded": the object may be what "it" is
                }
            }
        }
        String head = tokens.get(antecedent[1]).tag();
        // "the US Mineral Management Services": a name of several words that ends on a plural is one body
        boolean body = head.equals("NNPS") && antecedent[1] > antecedent[0] && tokens.get(antecedent[1] - 1).isProperNoun();
        boolean agrees = switch (pronoun) {
            case "it" -> head.equals("NN") || head.equals("NNP") || body;
            case "they" -> head.equals("NNS") || head.equals("NNPS");
            case "he", "she" -> head.equals("NNP");
            default -> false;
        };
        int first = antecedent[0];
        if (PERSONAL.contains(pronoun)) {
            first = antecedent[1]; // a person by name, no title or credit before it ("Photograph Kirsty Wigglesworth/AP Bob Dudley")
            while (first > antecedent[0] && antecedent[1] - first < 2 && tokens.get(first - 1).isProperNoun()
                    && !HeadlineWords.TITLES.contains(tokens.get(first - 1).lower()) && !slashed(tokens, first - 1)) {
                first--;
            }
        }
        return agrees ? Headline.span(s, first, antecedent[1]) : null;
    }

    private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and");

    /** Whether token {@code i} is written against a slash ("Wigglesworth/AP"): a photo credit, no name. */
    private static boolean slashed(List<Token> tokens, int i) {
        return tokens.get(i).text().contains("/") || i > 0 && tokens.get(i - 1).text().equals("/")
                || i + 1 < tokens.size() && tokens.get(i + 1).text().equals("/");
    }

    /** The name of a person from the three sentences before, or null when none names a subject. */
    static Headline antecedent(HeadlineMaker.Context context) {
        return antecedent(context, null);
    }

    /**
     * Whom a lone "he" or "she" ({@code pronoun}; null: names only) stands for, from the three sentences before: the
     * nearest subject that is a person's name or "the ... NOUN" of a person often left unnamed ("The Mexican man", "the
     * woman"); else, when none names one, a title's "the president" (labels/person-nouns.tsv). Null when none.
     */
    static Headline antecedent(HeadlineMaker.Context context, String pronoun) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence p = context.before(k);
            if (p == null) {
                break; // the article begins here; a title before may still stand for the pronoun
            }
            Headline name = null;
            List<Token> tokens = p.tokens();
            for (int c = 0; c + 1 < p.chunks().size(); c++) {
                Chunk np = p.chunks().get(c);
                if (!np.isNounPhrase() || !p.chunks().get(c + 1).isVerbGroup()) {
                    continue;
                }
                // a subject stands before a finite verb and after no preposition: "arrived in Hong Kong on Thursday
                // following a stopover" names no one
                boolean object = np.first() > 0 && (tokens.get(np.first() - 1).tag().equals("IN") || tokens.get(np.first() - 1).tag().equals("TO"));
                if (object || !HeadlineWords.FINITE.contains(tokens.get(p.chunks().get(c + 1).first()).tag())) {
                    continue;
                }
                int last = np.last();
                int first = last;
                while (first > np.first() && tokens.get(first - 1).isProperNoun()) {
                    first--;
                }
                if (tokens.get(last).isProperNoun() && person(tokens, first, last)) {
                    name = Headline.span(p, first, last);
                }
            }
            if (name != null) {
                return name;
            }
            Headline described = pronoun == null ? null : description(p, unnamed(pronoun));
            if (described != null) {
                return described;
            }
        }
        for (int k = 1; k <= 3 && pronoun != null && context.before(k) != null; k++) {
            Headline titled = description(context.before(k), titles(pronoun));
            if (titled != null) {
                return titled; // "the president": a title said again of someone named earlier, when no name is near
            }
        }
        return null;
    }

    private static final String PERSON_TABLE = "/dateline/labels/person-nouns.tsv";
    private static final Map<String, Set<String>> PERSON_NOUNS = WordList.loadClasses(PERSON_TABLE);

    /** The nouns of a person often left unnamed that "he" (or "she") may stand for: "the man", "the baby". */
    private static Set<String> unnamed(String pronoun) {
        return nouns(pronoun, "either");
    }

    /** The titles "he" (or "she") may stand for: "the president", "the spokesman". */
    private static Set<String> titles(String pronoun) {
        return nouns("title-" + pronoun, "title");
    }

    private static Set<String> nouns(String gendered, String either) {
        Set<String> nouns = new java.util.HashSet<>(WordList.wordClass(PERSON_NOUNS, PERSON_TABLE, gendered));
        nouns.addAll(WordList.wordClass(PERSON_NOUNS, PERSON_TABLE, either));
        return nouns;
    }

    /**
     * The first subject of {@code p} that is "the", then adjectives or names, then a singular noun of {@code nouns},
     * before a finite verb or a relative clause set off by commas and then one ("The
     * woman, who suffered from asthma, died"); null when none.
     */
    private static Headline description(ParsedSentence p, Set<String> nouns) {
        List<Token> tokens = p.tokens();
        for (int c = 0; c < p.chunks().size(); c++) {
            Chunk np = p.chunks().get(c);
            int first = np.first();
            int last = np.last();
            while (first < last && np.isNounPhrase() && !tokens.get(first).lower().equals("the")) {
                first++; // a run-in heading's last word in the phrase: "FORWARD The Mexican man arrived"
            }
            if (!np.isNounPhrase() || last == first || !tokens.get(first).lower().equals("the")
                    || !tokens.get(last).tag().equals("NN") || !nouns.contains(tokens.get(last).lower())
                    || np.first() > 0 && (tokens.get(np.first() - 1).tag().equals("IN") || tokens.get(np.first() - 1).tag().equals("TO"))) {
                continue;
            }
            boolean described = true;
            for (int i = first + 1; i < last; i++) {
                String tag = tokens.get(i).tag();
                described &= tag.startsWith("JJ") || tag.equals("NNP") || tag.equals("NN") || tag.equals("CD") || tag.equals("HYPH");
            }
            int verb = afterRelativeClause(p, last + 1);
            if (described && verb < tokens.size() && p.chunkOf(verb) >= 0 && p.chunks().get(p.chunkOf(verb)).isVerbGroup()
                    && p.chunks().get(p.chunkOf(verb)).first() == verb && HeadlineWords.FINITE.contains(tokens.get(verb).tag())) {
                return Headline.span(p, first, last);
            }
        }
        return null;
    }

    /** Past a relative clause set off by commas at {@code i} (", who suffered from asthma,"), the token after it; else {@code i}. */
    private static int afterRelativeClause(ParsedSentence p, int i) {
        List<Token> tokens = p.tokens();
        if (i + 1 >= tokens.size() || !tokens.get(i).text().equals(",") || !tokens.get(i + 1).lower().equals("who")) {
            return i;
        }
        for (int k = i + 2; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * Whether the name {@code first..last} may name the one person "he" or "she" stands for: not a plural alone
     * ("Americans", "Republicans"; but "Jackie Rees", whose surname the tagger may read as a plural) and not an acronym
     * ("BP", "WHO"), which names an organisation or a country.
     */
    private static boolean person(List<Token> tokens, int first, int last) {
        String w = tokens.get(last).text();
        boolean acronym = w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '&');
        return !(tokens.get(last).tag().equals("NNPS") && first == last) && !acronym;
    }

    /**
     * Whether tokens {@code first..last} are a description of a group: "the", then adjectives or names, then a
     * group noun ("the conservative Islamist movement", "the militant group").
     */
    static boolean isGroupDescription(ParsedSentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        if (last <= first || !tokens.get(first).lower().equals("the") || !GROUP_NOUNS.contains(tokens.get(last).lower())
                || !tokens.get(last).tag().equals("NN")) {
            return false;
        }
        for (int i = first + 1; i < last; i++) {
            String tag = tokens.get(i).tag();
            if (!tag.startsWith("JJ") && !tag.equals("NNP") && !tag.equals("NN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The organisation the sentence just before names last with "the" and a proper noun ("its handling of the
     * Taliban" -> "the Taliban"), in its words; null when it names none.
     */
    static Headline organisation(HeadlineMaker.Context context) {
        ParsedSentence p = context.before(1);
        if (p == null) {
            return null;
        }
        Headline name = null;
        List<Token> tokens = p.tokens();
        for (Chunk np : p.chunks()) {
            if (!np.isNounPhrase() || np.last() == np.first() || !tokens.get(np.first()).lower().equals("the")) {
                continue;
            }
            boolean proper = true;
            for (int i = np.first() + 1; i <= np.last(); i++) {
                proper &= tokens.get(i).isProperNoun();
            }
            if (proper) {
                name = Headline.span(p, np.first(), np.last());
            }
        }
        return name;
    }
}
