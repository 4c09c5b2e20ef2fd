package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an event's headline from its sentence, in the sentence's own words and order: the event's verb group
 * with its subject and its object or complement ("Xi Jinping accepted the credentials of the Taliban's
 * ambassador"), without the date phrase, lead-in clauses, appositives, relative and subordinate clauses,
 * and attributions that follow the event (", officials said"). A subject "he" or "she" gets the name it stands
 * for from the sentences before; a sentence that only frames the date ("March 2022 proved to be a turning
 * point") takes its event from the sentences after it in the paragraph. Labels longer than
 * {@value #TARGET} characters lose trailing phrases, whole; none is cut inside a phrase. Thread-safe.
 */
public final class HeadlineMaker {

    /** The length a headline is trimmed to, phrase by phrase. */
    public static final int TARGET = 60;
    private static final Set<String> STOPS = Set.of(",", ";", ":", "--", "(", ")", "[", "]", "\u2014", "\u2013", "-", "?", "!");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "``", "''", "\u2018", "'");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> FRAMING = Set.of("be", "prove", "mark", "see", "bring", "become", "witness");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");
    private static final Set<String> SUBORDINATORS = WordList.load("/dateline/syntax/subordinators.txt");
    private static final Set<String> TITLES = WordList.load("/dateline/syntax/titles.txt");
    /** Past {@link #TARGET}, trailing phrases go while the object keeps three words; past this, whatever it keeps. */
    static final int MAX = 72;
    private static final Set<String> NOT_MAIN = Set.of("according", "including", "following", "compared");

    /** The sentences around the event's sentence, parsed when asked for. */
    public interface Context {
        /** The {@code k}-th sentence before (1 is the one just before) in the article, or null. */
        ParsedSentence before(int k);

        /** The {@code k}-th sentence after in the same paragraph, or null. */
        ParsedSentence after(int k);

        Context NONE = new Context() {
            @Override
            public ParsedSentence before(int k) {
                return null;
            }

            @Override
            public ParsedSentence after(int k) {
                return null;
            }
        };
    }

    private final Lemmatizer lemmatizer = new Lemmatizer();

    /**
     * @param dateBegin the date phrase's first character (sentence offsets), or -1 for no date
     * @param trigger   the trigger's token index, or -1
     * @return the headline, or null when the sentence has no verb to make one of
     */
    public String label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, Context context) {
        return label(s, dateBegin, dateEnd, trigger, List.of(), context, true);
    }

    /** @param otherDates the sentence's other date phrases (begin, end; sentence offsets): left out too */
    public String label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context) {
        return label(s, dateBegin, dateEnd, trigger, otherDates, context, true);
    }

    private String label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context,
                         boolean mayFollow) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        boolean[] skip = dateTokens(s, dateBegin, dateEnd);
        for (int[] d : otherDates) {
            boolean[] other = dateTokens(s, d[0], d[1]);
            for (int i = 0; i < skip.length; i++) {
                skip[i] |= other[i];
            }
        }
        int verb = trigger >= 0 && tokens.get(trigger).isVerb() && !skip[trigger] ? trigger : mainVerb(s, trigger, skip);
        if (verb < 0) {
            return null;
        }
        if (verb != trigger) {
            verb = reported(s, verb, skip);
        }
        Chunk group = s.chunks().get(s.chunkOf(verb));
        int[] subject = subject(s, group.first(), skip);
        if (subject == null && !FINITE.contains(tokens.get(group.first()).tag())) {
            // "Giving remarks about the withdrawal, Biden said": a participle alone says too little; the
            // sentence's main verb names the event with its subject.
            int main = mainVerb(s, verb, skip);
            if (main >= 0 && main != verb && FINITE.contains(tokens.get(s.chunks().get(s.chunkOf(main)).first()).tag())) {
                verb = main;
                group = s.chunks().get(s.chunkOf(verb));
                subject = subject(s, group.first(), skip);
            }
        }
        if (mayFollow && subject == null && dateBegin >= 0 && s.tokenAt(dateBegin) < group.first()
                && FRAMING.contains(lemmatizer.lemma(tokens.get(group.head())))) {
            String following = following(context);
            if (following != null) {
                return following;
            }
        }
        boolean[] keep = new boolean[tokens.size()];
        String replaced = null;
        if (subject != null) {
            for (int i = subject[0]; i <= subject[1]; i++) {
                keep[i] = !skip[i];
            }
            if (subject[0] == subject[1] && PERSONAL.contains(tokens.get(subject[0]).lower())) {
                replaced = antecedent(context);
            }
        }
        for (int i = group.first(); i <= group.last(); i++) {
            keep[i] = !skip[i];
        }
        int objectStart = group.last() + 1;
        int end = object(s, objectStart, skip, REPORTING.contains(lemmatizer.lemma(tokens.get(group.head()))));
        for (int i = objectStart; i < end; i++) {
            keep[i] = !skip[i] && !QUOTES.contains(tokens.get(i).text());
        }
        trimTail(s, keep);
        String text = render(s, keep, subject, replaced);
        int firstObject = firstObjectPhraseEnd(s, objectStart, end);
        // Trailing phrases go while the object keeps three words; then the modifiers inside its noun phrases
        // ("the Taliban's newly appointed Afghan ambassador" -> "the Taliban's ambassador"); past MAX, phrases go anyway.
        for (int pass = 0; pass < 2 && text.length() > TARGET; pass++) {
            if (pass == 1) {
                dropModifiers(s, keep, objectStart, end);
                text = render(s, keep, subject, replaced);
            }
            for (int cut = end - 1; text.length() > TARGET && cut > firstObject; cut--) {
                if (keep[cut] && isCutPoint(s, cut) && (pass == 1 && text.length() > MAX || words(keep, objectStart, cut) >= 3)) {
                    for (int i = cut; i < tokens.size(); i++) {
                        keep[i] = false;
                    }
                    trimTail(s, keep);
                    text = render(s, keep, subject, replaced);
                }
            }
        }
        if (text.length() > TARGET && subject != null && subject[0] < subject[1]) {
            // A long subject keeps its last phrase: "the head of the delegation of X" -> "X" is not right, so
            // keep the first phrase, the head of the chain.
            int firstEnd = s.chunks().get(s.chunkOf(subject[0])).last();
            if (firstEnd < subject[1]) {
                for (int i = firstEnd + 1; i <= subject[1]; i++) {
                    keep[i] = false;
                }
                text = render(s, keep, new int[] {subject[0], firstEnd}, replaced);
            }
        }
        if (text.length() > MAX && mayFollow) {
            // "Guterres affirmed that the entire world was seeking to continue engaging": what was said, alone.
            int said = reported(s, verb, skip);
            if (said != verb) {
                String clause = label(s, dateBegin, dateEnd, said, otherDates, context, false);
                if (clause != null && clause.length() < text.length()) {
                    return clause;
                }
            }
        }
        // Past MAX still: whole phrases off the end, never part of one.
        for (int c = s.chunks().size() - 1; text.length() > MAX && c > 0; c--) {
            Chunk last = s.chunks().get(c);
            if (last.first() <= group.last()) {
                break;
            }
            for (int i = last.first(); i <= last.last(); i++) {
                keep[i] = false;
            }
            trimTail(s, keep);
            text = render(s, keep, subject, replaced);
        }
        return capitalise(text);
    }

    /** Adverbs, adjectives and participles inside the object's noun phrases, before their head. */
    private static void dropModifiers(ParsedSentence s, boolean[] keep, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = s.chunkOf(i);
            if (c < 0 || !s.chunks().get(c).isNounPhrase() || i >= s.chunks().get(c).head()) {
                continue;
            }
            String tag = s.tokens().get(i).tag();
            if (tag.equals("RB") || tag.equals("JJ") || tag.equals("VBN") || tag.equals("VBG")) {
                keep[i] = false;
            }
        }
    }

    private static int words(boolean[] keep, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += keep[i] ? 1 : 0;
        }
        return n;
    }

    /** The date's tokens, with the preposition and determiner before it and a possessive after it. */
    private static boolean[] dateTokens(ParsedSentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        boolean[] skip = new boolean[tokens.size()];
        if (begin < 0) {
            return skip;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                skip[i] = true;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return skip;
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).tag().equals("POS")) {
            skip[last + 1] = true; // "to last year's summit": the preposition belongs to the summit
            return skip;
        }
        int i = first - 1;
        while (i >= 0 && (tokens.get(i).tag().equals("DT") || tokens.get(i).tag().equals("RB") && i == first - 1
                && tokens.get(i).lower().matches("earlier|later|early|late|just|since"))) {
            skip[i--] = true;
        }
        if (i >= 0 && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("TO"))
                && !SUBORDINATORS.contains(tokens.get(i).lower()) || i >= 0 && tokens.get(i).lower().equals("since")) {
            skip[i] = true;
            if (i > 0 && tokens.get(i - 1).lower().matches("earlier|later|as|until|up")) {
                skip[i - 1] = true;
            }
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).tag().equals("POS")) {
            skip[last + 1] = true;
        }
        return skip;
    }

    /**
     * The verb of the sentence's main event: the finite verb nearest the trigger noun, or the first finite verb
     * after any lead-in (a clause before the first comma that opens with a preposition or subordinator).
     */
    private int mainVerb(ParsedSentence s, int trigger, boolean[] skip) {
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
    private static boolean subordinate(ParsedSentence s, int v) {
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
                return false;
            }
        }
        return false;
    }

    /**
     * "An RTI activist has alleged that the Rajasthan Government was misusing public funds": the event is what
     * was said, the verb of the reported clause, when the sentence's main verb only reports it.
     */
    private int reported(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (!REPORTING.contains(lemmatizer.lemma(tokens.get(verb)))) {
            return verb;
        }
        int i = s.chunks().get(s.chunkOf(verb)).last() + 1;
        while (i < tokens.size() && (skip[i] || tokens.get(i).lower().equals("that"))) {
            i++;
        }
        int commas = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") && ++commas <= 2) {
                continue;
            }
            if (STOPS.contains(t.text()) || t.tag().equals(".")) {
                return verb;
            }
            if (isHead(s, i, skip, true)) {
                return i;
            }
        }
        return verb;
    }

    private boolean isHead(ParsedSentence s, int i, boolean[] skip, boolean finiteOnly) {
        Token w = s.tokens().get(i);
        if (skip[i] || !w.isVerb() || !Character.isLetter(w.text().charAt(0)) || NOT_MAIN.contains(w.lower())) {
            return false;
        }
        Chunk c = s.chunks().get(s.chunkOf(i));
        if (c.head() != i) {
            return false;
        }
        return !finiteOnly || FINITE.contains(s.tokens().get(c.first()).tag());
    }

    /** First and last token of the verb's subject: the noun phrases (with "of" and "and") right before it. */
    private static int[] subject(ParsedSentence s, int groupStart, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int j = groupStart - 1;
        while (j >= 0 && (skip[j] || tokens.get(j).tag().equals("RB"))) {
            j--;
        }
        if (j >= 0 && (tokens.get(j).tag().equals("WDT") || tokens.get(j).tag().equals("WP"))) {
            j--; // "the regime that was deposed": the regime
            while (j >= 0 && (skip[j] || tokens.get(j).text().equals(","))) {
                j--;
            }
        } else if (j >= 1 && tokens.get(j).text().equals(",")) {
            // An appositive: "Qureshi, the foreign minister, said" -> Qureshi.
            int k = j - 1;
            while (k >= 0 && !tokens.get(k).text().equals(",") && j - k < 15) {
                k--;
            }
            if (k < 1 || !tokens.get(k).text().equals(",") || !nounPhraseAt(s, k + 1) || !nounPhraseAt(s, k - 1)) {
                return null;
            }
            j = k - 1;
        }
        if (j < 0 || !nounPhraseAt(s, j) || skip[j]) {
            return null;
        }
        // Back over the noun phrases, prepositions and reduced relatives before the verb to the first noun
        // phrase: "Several school districts in Hampton Roads are", "A man charged with killing his father was".
        int first = s.chunkOf(j);
        for (int c = first - 1; c >= 0; c--) {
            Chunk ch = s.chunks().get(c);
            Token t = tokens.get(ch.first());
            boolean material = ch.isNounPhrase() || t.tag().equals("IN") && !SUBORDINATORS.contains(t.lower())
                    || t.tag().equals("CC") || t.tag().equals("POS") || t.tag().equals("RB") || t.tag().equals("TO")
                    || ch.isVerbGroup() && (t.tag().equals("VBN") || t.tag().equals("VBG")) || skip[ch.first()];
            if (!material || STOPS.contains(t.text())) {
                break;
            }
            if (ch.isNounPhrase() && !skip[ch.first()]) {
                first = c;
            }
        }
        Chunk c = s.chunks().get(first);
        int start = c.first();
        // The first noun phrase with its "of" phrases: "A wave of attacks", "Three members of a family".
        int end = c.last();
        for (int n = 0; n < 2 && end + 2 <= j; n++) {
            Token link = tokens.get(end + 1);
            if (!(link.lower().equals("of") || link.lower().equals("and")) || !nounPhraseAt(s, end + 2) || skip[end + 2]) {
                break;
            }
            end = s.chunks().get(s.chunkOf(end + 2)).last();
        }
        j = end;
        // "Birmingham poet Benjamin Zephaniah", "British mobile phone giant Vodafone": the name alone.
        if (tokens.get(c.last()).isProperNoun()) {
            int name = c.last();
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
        // "Chinese President Xi Jinping", "US Secretary of State Antony Blinken": the name alone.
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
        return new int[] {start, j};
    }

    private static boolean nounPhraseAt(ParsedSentence s, int t) {
        int c = t >= 0 && t < s.tokens().size() ? s.chunkOf(t) : -1;
        return c >= 0 && s.chunks().get(c).isNounPhrase();
    }

    /** The end (exclusive) of the object or complement: up to the first clause boundary. */
    private static int object(ParsedSentence s, int from, boolean[] skip, boolean reporting) {
        List<Token> tokens = s.tokens();
        int i = from;
        for (; i < tokens.size(); i++) {
            if (skip[i]) {
                continue;
            }
            Token t = tokens.get(i);
            String w = t.lower();
            if (STOPS.contains(t.text()) || t.tag().equals(".")) {
                break;
            }
            if (t.tag().startsWith("W") && !(reporting && i == from)) {
                break;
            }
            if (w.equals("that") && i == from && reporting) {
                skip[i] = true;
                continue;
            }
            if (SUBORDINATORS.contains(w) && (t.tag().equals("IN") || t.tag().equals("RB") || t.tag().equals("VBG")
                    || t.tag().equals("WRB")) && i > from) {
                break;
            }
            if (t.tag().equals("CC") && i + 1 < tokens.size() && startsClause(s, i + 1)) {
                break;
            }
            if ((t.tag().equals("VBN") || t.tag().equals("VBG")) && i > from && s.chunks().get(s.chunkOf(i)).first() == i
                    && !SUBORDINATORS.contains(w)) {
                String before = tokens.get(i - 1).tag();
                if (!before.equals("IN") && !before.equals("TO") && !before.equals("CC") && !before.startsWith("VB")
                        && !before.equals("RB")) {
                    break; // "closed lower, dragged down by": a participle adds a clause
                }
            }
        }
        return i;
    }

    /** A verb group, or a noun phrase followed by one: a new clause after "and" or "but". */
    private static boolean startsClause(ParsedSentence s, int t) {
        int c = s.chunkOf(t);
        if (c < 0) {
            return false;
        }
        Chunk chunk = s.chunks().get(c);
        if (chunk.isVerbGroup()) {
            return true;
        }
        return chunk.isNounPhrase() && c + 1 < s.chunks().size() && s.chunks().get(c + 1).isVerbGroup()
                && FINITE.contains(s.tokens().get(s.chunks().get(c + 1).first()).tag());
    }

    private static int firstObjectPhraseEnd(ParsedSentence s, int from, int end) {
        if (from >= end) {
            return from;
        }
        int c = s.chunkOf(from);
        return c >= 0 ? s.chunks().get(c).last() : from;
    }

    /** Where a trailing phrase starts: a preposition, "to", a conjunction, a participle. */
    private static boolean isCutPoint(ParsedSentence s, int t) {
        Chunk c = s.chunks().get(s.chunkOf(t));
        if (c.first() != t) {
            return false;
        }
        String tag = s.tokens().get(t).tag();
        return tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("VBG") || tag.equals("RB");
    }

    /** Drops words a headline cannot end on: prepositions, articles, conjunctions, commas. */
    private static void trimTail(ParsedSentence s, boolean[] keep) {
        for (int i = keep.length - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            String tag = s.tokens().get(i).tag();
            if (tag.equals("IN") || tag.equals("DT") || tag.equals("CC") || tag.equals("TO") || tag.equals(",")
                    || tag.equals("PRP$") || tag.equals("POS") || tag.equals("WDT") || STOPS.contains(s.tokens().get(i).text())) {
                keep[i] = false;
            } else {
                return;
            }
        }
    }

    /** The kept tokens as the sentence spells them; the subject replaced by {@code replaced} if given. */
    private static String render(ParsedSentence s, boolean[] keep, int[] subject, String replaced) {
        List<Token> tokens = s.tokens();
        StringBuilder b = new StringBuilder();
        int previous = -2;
        for (int i = 0; i < tokens.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            String word = tokens.get(i).text();
            if (replaced != null && subject != null && i == subject[0]) {
                word = replaced;
            }
            if (b.length() > 0) {
                b.append(previous == i - 1 ? s.text().substring(tokens.get(i - 1).end(), tokens.get(i).begin()) : " ");
            }
            b.append(word);
            previous = i;
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** The name a "he" or "she" stands for: the last personal name that is a subject in the sentences before. */
    private static String antecedent(Context context) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence p = context.before(k);
            if (p == null) {
                return null;
            }
            String name = null;
            List<Token> tokens = p.tokens();
            for (int c = 0; c + 1 < p.chunks().size(); c++) {
                Chunk np = p.chunks().get(c);
                if (!np.isNounPhrase() || !p.chunks().get(c + 1).isVerbGroup()) {
                    continue;
                }
                int last = np.last();
                int first = last;
                while (first > np.first() && tokens.get(first - 1).isProperNoun()) {
                    first--;
                }
                if (tokens.get(last).isProperNoun()) {
                    name = p.span(first, last);
                }
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The event of the paragraph's next sentences: the first told in the simple past, without a date of its own. */
    private String following(Context context) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence next = context.after(k);
            if (next == null) {
                return null;
            }
            boolean[] none = new boolean[next.tokens().size()];
            int verb = mainVerb(next, -1, none);
            if (verb < 0) {
                continue;
            }
            Chunk group = next.chunks().get(next.chunkOf(verb));
            if (next.tokens().get(group.first()).tag().equals("VBD") && !lemmatizer.lemma(next.tokens().get(group.first())).equals("have")) {
                // "overruled officials in Kabul and extended the ban": the last of the verbs the subject shares.
                int shared = verb;
                for (int i = group.last() + 1; i + 1 < next.tokens().size(); i++) {
                    Token t = next.tokens().get(i);
                    if (STOPS.contains(t.text()) || t.tag().startsWith("W")) {
                        break;
                    }
                    if (t.tag().equals("CC") && next.chunks().get(next.chunkOf(i + 1)).isVerbGroup()
                            && next.tokens().get(i + 1).tag().equals("VBD")) {
                        shared = next.chunks().get(next.chunkOf(i + 1)).head();
                    }
                }
                String label = label(next, -1, -1, shared == verb ? -1 : shared, List.of(), Context.NONE, false);
                if (label != null && shared != verb) {
                    int[] subject = subject(next, group.first(), none);
                    if (subject != null) {
                        label = capitalise(next.span(subject[0], subject[1]) + " " + decapitalise(label));
                    }
                }
                if (label != null) {
                    return label;
                }
            }
        }
        return null;
    }

    private static String decapitalise(String t) {
        return t.isEmpty() || t.length() > 1 && Character.isUpperCase(t.charAt(1)) ? t
                : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }

    private static String capitalise(String t) {
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return t;
        }
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }
}
