package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The readable compressions the model chooses among. Bases: the rules' headline (and the same with a shorter
 * subject), and the clause of each other finite verb of the sentence from the start of its subject. Each base is
 * carried on to each of the next phrase boundaries after its end (a preposition, a conjunction, a relative word, a
 * mark, the sentence's end) and cut back to each phrase boundary after its verb. Then the deletions a person makes
 * inside a sentence ({@link Deletions}: an aside between commas, dashes or brackets; a relative clause; a phrase
 * after the subject; a preposition's phrase; the modifiers before a noun) are applied to each, one at a time and
 * the asides all at once. Every candidate keeps its verb and is tidied ({@link Tidy}).
 */
final class Candidates {

    /** How many boundaries past the base's end a candidate may reach. */
    private static final int FURTHEST = 10;
    /** How many subjects' starts the clause of another verb is tried from. */
    private static final int SUBJECT_STARTS = 3;

    private Candidates() {
    }

    /** @return the candidates, the rules' headline first; none when the rules made no headline */
    static List<Candidate> of(CompressionInput in) {
        List<Candidate> all = new ArrayList<>();
        if (last(in.rule()) < 0) {
            return all;
        }
        Set<BitSet> seen = new HashSet<>();
        int verb = TokenFeatures.ruleVerb(in);
        carriedOnAndCutBack(in, in.rule(), verb, List.of("B:rule"), all, seen);
        for (boolean[] shorter : shorterSubjects(in, verb)) {
            carriedOnAndCutBack(in, shorter, verb, List.of("B:shorter"), all, seen);
        }
        otherClauses(in, verb, all, seen);
        int bases = all.size();
        for (int k = 0; k < bases; k++) {
            Candidate c = all.get(k);
            for (Deletions.Deletion d : Deletions.of(in, c.keep(), c.verb())) {
                List<String> traits = new ArrayList<>(c.traits());
                traits.addAll(d.names());
                add(all, seen, in.sentence(), d.apply(c.keep()), c.verb(), traits);
            }
        }
        return all;
    }

    /**
     * The clause of each finite verb other than the rules' one: from each of the first and the last starts of a
     * noun phrase before it (after any clause marker: "that", a relative word, a subordinator), to its verb group.
     */
    private static void otherClauses(CompressionInput in, int ruleVerb, List<Candidate> all, Set<BitSet> seen) {
        ParsedSentence s = in.sentence();
        List<Token> tokens = s.tokens();
        int ordinal = 0;
        for (Chunk c : s.chunks()) {
            if (!c.isVerbGroup() || !finite(tokens.get(c.first())) || in.date()[c.head()]) {
                continue;
            }
            ordinal++;
            if (c.head() == ruleVerb) {
                continue;
            }
            List<Integer> starts = subjectStarts(s, c.first());
            for (int start : starts) {
                boolean[] base = new boolean[in.size()];
                for (int i = start; i <= c.last(); i++) {
                    base[i] = !in.date()[i];
                }
                String before = start == 0 ? "<s>" : marker(tokens.get(start - 1));
                carriedOnAndCutBack(in, base, c.head(), List.of("B:clause", "B:clause" + Math.min(ordinal, 3),
                        "B:after=" + before, "B:vt=" + tokens.get(c.first()).tag()), all, seen);
            }
        }
    }

    /** Where the subject of the verb group starting at {@code group} may start: noun phrases back to a clause marker. */
    static List<Integer> subjectStarts(ParsedSentence s, int group) {
        List<Token> tokens = s.tokens();
        List<Integer> found = new ArrayList<>();
        for (int i = group - 1; i >= 0 && group - i <= 30; i--) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (finite(t) && s.chunkOf(i) >= 0) {
                int first = s.chunks().get(s.chunkOf(i)).first();
                if (first >= 2 && relative(tokens.get(first - 1)) && tokens.get(first - 2).isNoun()) {
                    i = first; // "a woman [who keeps cats] says": the relative clause is inside the subject
                    continue;
                }
            }
            if (relative(t)) {
                found.add(i); // "who was shot": the relative word is the subject
                if (i > 0 && tokens.get(i - 1).isNoun() && found.size() > 1) {
                    continue; // ... of this verb's clause only when another phrase follows it
                }
                break;
            }
            if (w.equals(";") || w.equals(":") || w.equals("that") || finite(t)
                    || t.tag().equals("IN") && SUBORDINATORS.contains(w)) {
                break;
            }
            int c = s.chunkOf(i);
            if (c >= 0 && s.chunks().get(c).isNounPhrase() && s.chunks().get(c).first() == i) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                if (before == null || !(before.tag().equals("IN") || before.tag().equals("TO") || before.tag().equals("POS"))) {
                    found.add(i);
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = found.size() - 1; k >= 0 && starts.size() < SUBJECT_STARTS; k--) {
            starts.add(found.get(k)); // the farthest first
        }
        if (!found.isEmpty() && !starts.contains(found.get(0))) {
            starts.add(found.get(0)); // and the nearest
        }
        return starts;
    }

    /** Words that open a clause: the subject of a verb after one starts after it. */
    private static final Set<String> SUBORDINATORS = WordList.load("/dateline/syntax/subordinators.txt");

    private static boolean relative(Token t) {
        return t.tag().equals("WDT") || t.tag().startsWith("WP");
    }

    private static boolean finite(Token t) {
        String tag = t.tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    private static String marker(Token t) {
        String tag = t.tag();
        return t.isPunctuation() || tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("WDT")
                || tag.startsWith("WP") || tag.equals("WRB") || tag.equals("DT") ? t.lower() : tag;
    }

    /** The base as it is, carried on to each of the next boundaries after its end, and cut back to each after the verb. */
    private static void carriedOnAndCutBack(CompressionInput in, boolean[] base, int verb, List<String> traits,
                                            List<Candidate> all, Set<BitSet> seen) {
        ParsedSentence s = in.sentence();
        int n = in.size();
        int last = last(base);
        add(all, seen, s, base.clone(), verb, traits);
        int reached = 0;
        for (int j = last + 1; j <= n && reached < FURTHEST; j++) {
            if (j == n || boundary(s.tokens(), j)) {
                boolean[] longer = base.clone();
                for (int i = last + 1; i < j; i++) {
                    longer[i] = !in.date()[i]; // the dates stay out, as in the rules' headline
                }
                add(all, seen, s, longer, verb, traits);
                reached++;
            }
        }
        for (int j = last; j > verb + 1 && verb >= 0; j--) {
            if (base[j] && boundary(s.tokens(), j)) {
                boolean[] shorter = base.clone();
                for (int i = j; i < n; i++) {
                    shorter[i] = false;
                }
                add(all, seen, s, shorter, verb, traits);
            }
        }
    }

    /**
     * The rules' headline with a shorter subject: starting at a later phrase before the verb, or at the last name
     * of its first phrase ("British mobile phone giant Vodafone" -> "Vodafone").
     */
    private static List<boolean[]> shorterSubjects(CompressionInput in, int verb) {
        List<boolean[]> shorter = new ArrayList<>();
        if (verb < 0) {
            return shorter;
        }
        ParsedSentence s = in.sentence();
        int first = 0;
        while (first < verb && !in.rule()[first]) {
            first++;
        }
        int group = s.chunkOf(verb);
        int groupStart = group < 0 ? verb : s.chunks().get(group).first();
        for (int from = first + 1; from < groupStart; from++) {
            Token t = s.tokens().get(from);
            int c = s.chunkOf(from);
            boolean phraseStart = c >= 0 && s.chunks().get(c).first() == from && s.chunks().get(c).isNounPhrase();
            boolean nameStart = t.isProperNoun() && !s.tokens().get(from - 1).isProperNoun();
            if (in.rule()[from] && (phraseStart || nameStart)) {
                boolean[] b = in.rule().clone();
                for (int i = 0; i < from; i++) {
                    b[i] = false;
                }
                shorter.add(b);
            }
        }
        return shorter;
    }

    static int last(boolean[] keep) {
        int last = -1;
        for (int i = 0; i < keep.length; i++) {
            last = keep[i] ? i : last;
        }
        return last;
    }

    private static void add(List<Candidate> all, Set<BitSet> seen, ParsedSentence s, boolean[] keep, int verb,
                            List<String> traits) {
        Tidy.apply(s, keep);
        if (verb >= 0 && !keep[verb]) {
            return; // every candidate keeps its verb
        }
        BitSet key = new BitSet(keep.length);
        for (int i = 0; i < keep.length; i++) {
            key.set(i, keep[i]);
        }
        if (!key.isEmpty() && seen.add(key)) {
            all.add(new Candidate(keep, verb, traits));
        }
    }

    /** Does a phrase start at token {@code j}? */
    static boolean boundary(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        String tag = t.tag();
        Token before = j > 0 ? tokens.get(j - 1) : null;
        if (before != null && (before.tag().startsWith("RB") || before.tag().equals("RP")
                || before.isVerb() && j + 1 < tokens.size() && tokens.get(j + 1).tag().equals("IN"))) {
            return false; // "as soon | as", "tested right | off the bat", "get | in on the action": one phrase
        }
        if (before != null && before.end() == t.begin() && j + 1 < tokens.size() && t.end() == tokens.get(j + 1).begin()) {
            return false; // "passers-by": a mark inside a word
        }
        return tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("WDT") || tag.startsWith("WP")
                || tag.equals("WRB") || t.isPunctuation() && !tag.equals("POS");
    }
}
