package app.dateline.engine.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tagged tokens into noun phrases and verb groups by their tags, as a regular-expression chunker
 * does: a noun phrase is a run of determiners, adjectives, numbers, nouns and possessives ending in a noun,
 * number or pronoun ("the Great Hall", "Xi's January ceremony", "he"); a verb group is a run of modals,
 * verbs and the adverbs and particles inside it ("has also been taken"). Every other token is a phrase of
 * its own.
 */
public final class Chunker {

    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "PRP$", "WP$", "JJ", "JJR", "JJS", "CD", "NN",
            "NNS", "NNP", "NNPS", "POS", "$", "FW", "HYPH");
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "'s", "'re", "'m", "has", "have", "had", "having", "'ve", "'d", "do", "does", "did", "get", "got", "gets");
    private static final java.util.regex.Pattern ASPECTUAL = java.util.regex.Pattern.compile(
            "(?:tr(?:y|ie)|beg[aiu]n|start|finish|stop|continu|resum|ceas|attempt|fail)");
    private static final Set<String> NP_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "PRP", "EX", "FW", "$");
    /** Determiners that may stand for a noun phrase (data: standalone-determiners.txt). */
    private static final Set<String> STANDALONE = WordList.load("/dateline/syntax/standalone-determiners.txt");
    /** The tags a standalone determiner or quantifier may have. */
    private static final Set<String> STANDALONE_TAGS = Set.of("DT", "JJ", "JJS", "RBS");
    /** Bounds of a number that are part of its noun phrase ("at least"), each as its words. */
    private static final List<List<String>> NUMBER_BOUNDS = WordList.load("/dateline/syntax/number-bounds.txt").stream()
            .sorted().map(b -> List.of(b.split(" "))).toList();

    public List<Chunk> chunk(List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            Token t = tokens.get(i);
            String tag = t.tag();
            if (tag.equals("PRP") || tag.equals("EX") || tag.equals("WP")) {
                chunks.add(new Chunk("NP", i, i, i));
                i++;
                continue;
            }
            int bound = numberBound(tokens, i);
            if (NP_TAGS.contains(tag) || isNounHyphen(tokens, i) || bound > 0) {
                int j = i + bound;
                int head = -1;
                while (j < n && (NP_TAGS.contains(tokens.get(j).tag()) || isNounHyphen(tokens, j) || isModifierInside(tokens, i, j))
                        && !startsNewPhrase(tokens, i, j)) {
                    if (NP_ENDS.contains(tokens.get(j).tag())) {
                        head = j;
                    }
                    j++;
                }
                if (head >= 0) {
                    // Trailing adjectives or determiners after the last noun belong to the next phrase.
                    chunks.add(new Chunk("NP", i, head, head));
                    i = head + 1;
                    continue;
                }
                if (standsAlone(tokens, i)) {
                    chunks.add(new Chunk("NP", i, i, i)); // "This was completed", "All are being counted"
                    i++;
                    continue;
                }
                if (tag.equals("PDT") && i + 1 < n && standsAlone(tokens, i + 1)) {
                    chunks.add(new Chunk("NP", i, i + 1, i + 1)); // "All those who have shown symptoms"
                    i += 2;
                    continue;
                }
            }
            if (tag.equals("RBS") && standsAlone(tokens, i)) {
                chunks.add(new Chunk("NP", i, i, i)); // "a handover period means most/RBS are at least 13"
                i++;
                continue;
            }
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("TO") && i + 1 < n && tokens.get(i + 1).tag().startsWith("VB")) {
                int j = i;
                int head = -1;
                while (j < n) {
                    String tj = tokens.get(j).tag();
                    if (head >= 0 && FINITE.contains(tj) && lexicalBeforeTense(tokens.get(head)) && afterTwoNouns(chunks)) {
                        // "an oil rig the company was operating | exploded": after a noun and a subject of a clause that
                        // qualifies it, a tense after a lexical -ing form opens the main clause's group
                        break;
                    }
                    if (tj.startsWith("VB") || tj.equals("MD")) {
                        head = j;
                    } else if (!(tj.equals("RB") || tj.equals("RP") || tj.equals("TO") && j + 1 < n
                            && tokens.get(j + 1).tag().startsWith("VB"))) {
                        break;
                    } else if (tj.equals("RB") && !(j + 1 < n && (tokens.get(j + 1).tag().startsWith("VB")
                            || tokens.get(j + 1).tag().equals("RB")))) {
                        break;
                    }
                    j++;
                }
                if (head >= 0) {
                    chunks.add(new Chunk("VP", i, head, mainVerb(tokens, i, head)));
                    i = head + 1;
                    continue;
                }
            }
            chunks.add(new Chunk("O", i, i, i));
            i++;
        }
        return quotedNames(tokens, chunks);
    }

    /**
     * Whether a verb may end a verb group that a verb with a tense follows: a lexical -ing form (not "being", after which
     * the model may tag a participle as a past tense: "being sold").
     */
    private static boolean lexicalBeforeTense(Token verb) {
        return verb.tag().equals("VBG") && !AUXILIARY_PARTICIPLES.contains(verb.lower());
    }

    /** Whether the last two phrases are noun phrases, a noun and the subject of a clause without a relative word. */
    private static boolean afterTwoNouns(List<Chunk> chunks) {
        int n = chunks.size();
        return n >= 2 && chunks.get(n - 1).isNounPhrase() && chunks.get(n - 2).isNounPhrase();
    }

    /** The -ing forms of the auxiliaries, after which the model may tag a participle as a past tense ("being sold"). */
    private static final Set<String> AUXILIARY_PARTICIPLES = Set.of("being", "having", "getting", "becoming");

    /** What may stand before a quoted name inside a noun phrase: "the complex", "BP's", "a new". */
    private static final Set<String> BEFORE_QUOTED = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS");

    /**
     * A name in quotation marks inside a noun phrase is part of it: 'the complex "top kill" maneuver' is one phrase
     * headed by "maneuver" (the marks split it into "the complex", "top kill" and "maneuver"), with the determiner,
     * adjectives or possessor before the marks. With no noun after the closing mark the quoted words are the head
     * ('the new "capping stack"', 'BP's "best guess"', marks included). Only when a determiner, adjective or possessive
     * stands before the opening mark: a quoted name after a name ('Elizabeth "Liz" Birnbaum') or alone is left as it is.
     */
    private static List<Chunk> quotedNames(List<Token> tokens, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>(chunks.size());
        for (int k = 0; k < chunks.size(); k++) {
            Chunk open = chunks.get(k);
            if (k + 2 < chunks.size() && quote(tokens, open, QuotationMarks.OPENING) && chunks.get(k + 1).isNounPhrase()
                    && quote(tokens, chunks.get(k + 2), QuotationMarks.CLOSING)) {
                boolean nounAfter = k + 3 < chunks.size() && continues(tokens, chunks.get(k + 3));
                int first = open.first();
                while (!out.isEmpty()) {
                    Chunk before = out.get(out.size() - 1);
                    String tag = tokens.get(before.first()).tag();
                    boolean possessor = out.size() > 1 && out.get(out.size() - 2).isNounPhrase();
                    if (before.type().equals("O") && BEFORE_QUOTED.contains(tag) && (!tag.equals("POS") || possessor)) {
                        first = before.first();
                        out.remove(out.size() - 1);
                        if (tag.equals("POS") && !out.isEmpty() && out.get(out.size() - 1).isNounPhrase()) {
                            first = out.remove(out.size() - 1).first(); // "BP's": the possessor with its mark
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if (first < open.first() && nounAfter) {
                    Chunk noun = chunks.get(k + 3);
                    out.add(new Chunk("NP", first, noun.last(), noun.head()));
                    k += 3;
                    continue;
                }
                if (first < open.first()) {
                    // 'the new "capping stack"', 'BP's "best guess"': the quoted words are the phrase's head, marks and all
                    out.add(new Chunk("NP", first, chunks.get(k + 2).first(), chunks.get(k + 1).head()));
                    k += 2;
                    continue;
                }
            }
            out.add(open);
        }
        return out;
    }

    private static boolean quote(List<Token> tokens, Chunk c, Set<String> marks) {
        Token t = tokens.get(c.first());
        return c.type().equals("O") && (marks.contains(t.tag()) || marks.contains(t.text()));
    }

    /** A noun phrase that goes on after a closing mark (its first word is a noun or adjective, not a determiner or pronoun). */
    private static boolean continues(List<Token> tokens, Chunk c) {
        String tag = tokens.get(c.first()).tag();
        return c.isNounPhrase() && (tag.startsWith("NN") || tag.startsWith("JJ"));
    }

    /**
     * The group's first verb that is not an auxiliary ("has been <b>taken</b>", "<b>tried</b> to scare", "will
     * <b>begin</b> withdrawing"), else its last verb ("<b>has</b>").
     */
    private static int mainVerb(List<Token> tokens, int first, int last) {
        // "hopes to win", "is supposed to conclude": the infinitive, unless the first verb says when it
        // starts or stops or that it was tried ("tried to scare", "began to promote").
        for (int j = first; j < last; j++) {
            if (tokens.get(j).tag().equals("TO") && tokens.get(j + 1).tag().startsWith("VB")) {
                boolean aspectual = false;
                for (int k = first; k < j; k++) {
                    aspectual |= ASPECTUAL.matcher(tokens.get(k).lower()).lookingAt();
                }
                if (!aspectual) {
                    return j + 1;
                }
                break;
            }
        }
        for (int j = first; j < last; j++) {
            Token t = tokens.get(j);
            if (t.tag().startsWith("VB") && !AUXILIARIES.contains(t.lower().replace('\u2019', '\''))) {
                return j;
            }
        }
        return last;
    }

    /**
     * "the Taliban's newly appointed Afghan ambassador": an adverb before an adjective or participle, a participle
     * between a determiner or adjective and a noun, and "and" or "or" between two adjectives, inside a noun phrase.
     */
    private static boolean isModifierInside(List<Token> tokens, int start, int j) {
        if (j == start || j + 1 >= tokens.size()) {
            return false;
        }
        String tag = tokens.get(j).tag();
        String next = tokens.get(j + 1).tag();
        String previous = tokens.get(j - 1).tag();
        if (tag.equals("CC") && previous.equals("JJ") && next.equals("JJ") && j + 2 < tokens.size()
                && NP_TAGS.contains(tokens.get(j + 2).tag()) && !tokens.get(j + 2).tag().equals("DT")) {
            return true; // "a new and worrying kind of influenza": adjectives joined before their noun
        }
        if (tag.equals(",") && j == start + 2 && OPENERS.contains(tokens.get(start).tag()) && previous.startsWith("JJ")
                && next.startsWith("JJ") && j + 2 < tokens.size() && tokens.get(j + 2).isCommonNoun()) {
            // "the new, tighter cap": two adjectives of one noun set apart by a comma, after its determiner (a common noun:
            // in "the common, payable Dec. 7" the name is a date's)
            return true;
        }
        if (tag.equals("RB")) {
            return (next.equals("JJ") || next.equals("VBN")) && j + 2 < tokens.size()
                    && (tokens.get(j + 2).tag().startsWith("NN") || tokens.get(j + 2).tag().startsWith("JJ"));
        }
        if (tag.equals("VBN") || tag.equals("VBG")) {
            boolean before = previous.equals("DT") || previous.equals("POS") || previous.equals("PRP$") || previous.equals("RB")
                    || previous.startsWith("JJ");
            return before && (next.startsWith("NN") || next.startsWith("JJ"));
        }
        return false;
    }

    /** What opens a noun phrase whose adjectives a comma may part ("the new, tighter cap", "its long, slow decline"). */
    private static final Set<String> OPENERS = Set.of("DT", "PRP$");

    /** How many tokens from {@code i} bound the number after them ("at least 12,000"), else 0. */
    private static int numberBound(List<Token> tokens, int i) {
        for (List<String> bound : NUMBER_BOUNDS) {
            int k = bound.size();
            if (i + k >= tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int b = 0; b < k && match; b++) {
                match = tokens.get(i + b).lower().equals(bound.get(b));
            }
            String next = tokens.get(i + k).tag();
            if (match && (next.equals("CD") || next.equals("$"))) {
                return k;
            }
        }
        return 0;
    }

    /** Words that open a clause, after which a determiner may be its subject ("despite the fact that [this] was"). */
    private static final Set<String> CLAUSE_OPENERS = WordList.load("/dateline/syntax/subordinators.txt");

    private static boolean opensClause(Token t) {
        return t.lower().equals("that") || CLAUSE_OPENERS.contains(t.lower());
    }

    /** Tags of a finite verb: what a determiner standing for its noun is the subject of. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * Whether the determiner at {@code i} is a noun phrase of its own (standalone-determiners.txt): the next word, past
     * adverbs, is a finite verb ("This was completed", "All are now being counted"). Not after a noun or pronoun, where
     * it floats off that phrase ("they each approved", "Nepal all confirmed"), nor after a preposition, whose object it
     * is ("Among these is"; but after "that" or a subordinator it opens the clause: "the fact that this was"); not
     * before a participle, which qualifies it ("those left behind", "some falling ill"). Right before a relative pronoun
     * it heads the pronoun's clause ("those who have shown symptoms").
     */
    private static boolean standsAlone(List<Token> tokens, int i) {
        // "but most/JJS are linked", "means most/RBS are": the tagger reads a quantifier as an adjective or adverb
        if (!STANDALONE_TAGS.contains(tokens.get(i).tag()) || !STANDALONE.contains(tokens.get(i).lower())) {
            return false;
        }
        if (i > 0) {
            String before = tokens.get(i - 1).tag();
            // "What most worries me": after a question word an adverb of degree ("When this failed": a determiner stands)
            if (NP_ENDS.contains(before) || before.equals("IN") && !opensClause(tokens.get(i - 1)) || before.equals("TO")
                    || before.startsWith("W") && !tokens.get(i).tag().equals("DT")) {
                return false;
            }
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).tag().equals("RB")) {
            j++;
        }
        // "those who have shown symptoms": the pronoun's clause tells of the determiner, which is its noun
        return j < tokens.size() && (FINITE.contains(tokens.get(j).tag()) || j == i + 1 && tokens.get(j).tag().equals("WP"));
    }

    /** A determiner after a noun opens the next noun phrase ("said Friday | the INS did"). */
    private static boolean startsNewPhrase(List<Token> tokens, int start, int j) {
        String tag = tokens.get(j).tag();
        return j > start && (tag.equals("DT") || tag.equals("PRP$")) && NP_ENDS.contains(tokens.get(j - 1).tag())
                || nameOpensClause(tokens, start, j);
    }

    /**
     * Whether a name after a verb's object noun is the subject of a clause that qualifies the noun, without a relative
     * word: "welcomed the deal | BP reached with the White House" (a past tense right after the name, then a
     * preposition: its object is the deal). Not "the oil giant BP said", which follows no verb.
     */
    private static boolean nameOpensClause(List<Token> tokens, int start, int j) {
        if (j <= start || start < 1 || !tokens.get(start - 1).tag().startsWith("VB") || !tokens.get(j).tag().startsWith("NNP")
                || !tokens.get(j - 1).isCommonNoun()) {
            return false;
        }
        int k = j;
        while (k < tokens.size() && tokens.get(k).tag().startsWith("NNP")) {
            k++;
        }
        return k + 1 < tokens.size() && tokens.get(k).tag().equals("VBD")
                && (tokens.get(k + 1).tag().equals("IN") || tokens.get(k + 1).tag().equals("TO"));
    }

    /** Whether the token at {@code i} has a space on each side ("the riser - the pipe", not "Kabul-based"). */
    private static boolean spaced(List<Token> tokens, int i) {
        return tokens.get(i - 1).end() < tokens.get(i).begin() && tokens.get(i).end() < tokens.get(i + 1).begin();
    }

    /**
     * A hyphen between two parts of a noun phrase ("Kabul-based", "May 28 - Obama" as a list's entry reads it), not a
     * dash before the determiner of a phrase that renames the one before it ("the damaged riser - the pipe which").
     */
    private static boolean isNounHyphen(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("-") && i > 0 && i + 1 < tokens.size()
                && NP_TAGS.contains(tokens.get(i - 1).tag()) && NP_TAGS.contains(tokens.get(i + 1).tag())
                && !(spaced(tokens, i) && OPENERS.contains(tokens.get(i + 1).tag()));
    }
}
