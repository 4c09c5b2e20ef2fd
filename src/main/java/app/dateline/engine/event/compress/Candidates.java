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
        int n = in.size();
        int last = -1;
        for (int i = 0; i < n; i++) {
            last = rule[i] ? i : last;
        }
        List<boolean[]> all = new ArrayList<>();
        if (last < 0) {
            return all;
        }
        ParsedSentence s = in.sentence();
        add(all, s, rule.clone());
        int reached = 0;
        for (int j = last + 1; j <= n && reached < FURTHEST; j++) {
            if (j == n || boundary(s.tokens(), j)) {
                boolean[] longer = rule.clone();
                for (int i = last + 1; i < j; i++) {
                    longer[i] = !in.date()[i]; // the dates stay out, as in the rules' headline
                }
                add(all, s, longer);
                reached++;
            }
        }
        int verb = TokenFeatures.ruleVerb(in);
        for (int j = last; j > verb + 1 && verb >= 0; j--) {
            if (rule[j] && boundary(s.tokens(), j)) {
                boolean[] shorter = rule.clone();
                for (int i = j; i < n; i++) {
                    shorter[i] = false;
                }
                add(all, s, shorter);
            }
        }
        return all;
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
        return tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals("WDT") || tag.startsWith("WP")
                || tag.equals("WRB") || t.isPunctuation() && !tag.equals("POS");
    }
}
