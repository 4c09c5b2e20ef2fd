package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The readable compressions the model chooses among: the rules' headline, the same headline carried on to each of
 * the next phrase boundaries after its end (a preposition, a conjunction, a relative word, a mark, the sentence's
 * end), and cut back to each phrase boundary after its verb. Each is a run of whole phrases the rules' headline
 * starts; each is tidied ({@link Tidy}).
 */
final class Candidates {

    /** How many boundaries past the rules' end a candidate may reach. */
    private static final int FURTHEST = 10;

    private Candidates() {
    }

    /** @return the candidates, the rules' headline first; none when the rules made no headline */
    static List<boolean[]> of(CompressionInput in) {
        boolean[] rule = in.rule();
        List<boolean[]> all = new ArrayList<>();
        int verb = TokenFeatures.ruleVerb(in);
        if (last(rule) < 0) {
            return all;
        }
        List<boolean[]> bases = new ArrayList<>();
        bases.add(rule);
        bases.addAll(shorterSubjects(in, verb));
        for (boolean[] base : bases) {
            carriedOnAndCutBack(in, base, verb, all);
        }
        return all;
    }

    /** The base as it is, carried on to each of the next boundaries after its end, and cut back to each after the verb. */
    private static void carriedOnAndCutBack(CompressionInput in, boolean[] base, int verb, List<boolean[]> all) {
        ParsedSentence s = in.sentence();
        int n = in.size();
        int last = last(base);
        add(all, s, base.clone());
        int reached = 0;
        for (int j = last + 1; j <= n && reached < FURTHEST; j++) {
            if (j == n || boundary(s.tokens(), j)) {
                boolean[] longer = base.clone();
                for (int i = last + 1; i < j; i++) {
                    longer[i] = !in.date()[i]; // the dates stay out, as in the rules' headline
                }
                add(all, s, longer);
                reached++;
            }
        }
        for (int j = last; j > verb + 1 && verb >= 0; j--) {
            if (base[j] && boundary(s.tokens(), j)) {
                boolean[] shorter = base.clone();
                for (int i = j; i < n; i++) {
                    shorter[i] = false;
                }
                add(all, s, shorter);
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

    private static int last(boolean[] keep) {
        int last = -1;
        for (int i = 0; i < keep.length; i++) {
            last = keep[i] ? i : last;
        }
        return last;
    }

    private static void add(List<boolean[]> all, ParsedSentence s, boolean[] keep) {
        Tidy.apply(s, keep);
        for (boolean[] other : all) {
            if (Arrays.equals(other, keep)) {
                return;
            }
        }
        all.add(keep);
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
