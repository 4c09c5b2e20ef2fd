package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.QuotationMarks;
import app.dateline.engine.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features of each token that the deletion model weighs: its word, tag and shape and its neighbours', its
 * phrase, where it stands against the rules' verb (side, distance, commas and brackets between), whether the
 * rules keep it and its neighbours, and whether it belongs to a date phrase. Names are plain strings, so that the
 * model file can be read. Thread-safe.
 */
public final class TokenFeatures {

    private static final Set<String> OPENING = Set.of("(", "[", "{");
    private static final Set<String> CLOSING = Set.of(")", "]", "}");
    /** Tags of closed word classes, whose words are features themselves (open-class words are known by their tag). */
    private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile(
            "IN|TO|CC|DT|PDT|WDT|WP|WP\\$|WRB|MD|PRP|PRP\\$|POS|EX|RP");
    private static final Set<String> QUOTES = QuotationMarks.DOUBLE;

    private TokenFeatures() {
    }

    /** @return per token, its feature names */
    public static List<List<String>> of(CompressionInput in) {
        ParsedSentence s = in.sentence();
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int verb = ruleVerb(in);
        int[] chunkOf = new int[n];
        for (int i = 0; i < n; i++) {
            chunkOf[i] = s.chunkOf(i);
        }
        boolean ruled = false;
        for (boolean r : in.rule()) {
            ruled |= r;
        }
        int[] depth = brackets(tokens);
        boolean[] quoted = quoted(tokens);
        List<List<String>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            List<String> f = new ArrayList<>(48);
            String tag = t.tag();
            f.add("bias");
            boolean closed = CLOSED.matcher(tag).matches() || t.isPunctuation();
            f.add("w=" + (closed ? t.lower() : tag));
            f.add("t=" + tag);
            f.add("sh=" + shape(t.text()));
            f.add("t-1=" + tag(tokens, i - 1));
            f.add("t+1=" + tag(tokens, i + 1));
            f.add("t-2=" + tag(tokens, i - 2));
            f.add("t+2=" + tag(tokens, i + 2));
            f.add("t-1t=" + tag(tokens, i - 1) + "_" + tag);
            f.add("tt+1=" + tag + "_" + tag(tokens, i + 1));
            f.add("w-1=" + closedWord(tokens, i - 1));
            f.add("w+1=" + closedWord(tokens, i + 1));
            f.add("w-1t=" + closedWord(tokens, i - 1) + "_" + tag);
            Chunk c = chunkOf[i] < 0 ? null : s.chunks().get(chunkOf[i]);
            String ct = c == null ? "none" : c.type();
            String cpos = c == null ? "-" : c.first() == c.last() ? "S" : i == c.first() ? "B" : i == c.last() ? "E" : "I";
            f.add("c=" + ct + cpos);
            f.add("ch=" + ct + (c != null && c.head() == i));
            f.add("ct=" + ct + "_" + tag);
            f.add("pos=" + (i == 0 ? "first" : i == n - 1 ? "last" : Integer.toString(10 * i / n)));
            boolean r = in.rule()[i];
            f.add("r=" + (ruled ? r : "none"));
            f.add("rt=" + (ruled ? r : "none") + "_" + tag);
            f.add("r-1=" + rule(in, i - 1) + "_" + r);
            f.add("r+1=" + r + "_" + rule(in, i + 1));
            f.add("d=" + in.date()[i]);
            if (in.date()[i]) {
                f.add("dt=" + tag);
            }
            f.add("br=" + Math.min(depth[i], 2) + "_" + (OPENING.contains(t.text()) || CLOSING.contains(t.text())));
            f.add("q=" + quoted[i]);
            if (verb >= 0) {
                String side = i < verb ? "L" : i == verb ? "V" : "R";
                int gap = Math.abs(i - verb);
                String dist = gap <= 3 ? Integer.toString(gap) : gap <= 6 ? "4-6" : gap <= 10 ? "7-10" : "11+";
                int commas = commas(tokens, Math.min(i, verb), Math.max(i, verb));
                f.add("v=" + side + dist);
                f.add("vt=" + side + "_" + tag);
                f.add("vc=" + side + Math.min(commas, 3));
                f.add("vct=" + side + Math.min(commas, 2) + "_" + tag);
                f.add("vcr=" + side + Math.min(commas, 2) + "_" + r);
                f.add("vw=" + side + "_" + (Character.isLetter(t.text().charAt(0)) && t.tag().matches("IN|TO|CC|WDT|WP|WRB|DT")
                        ? t.lower() : tag));
                int from = Math.min(i, verb);
                int to = Math.max(i, verb);
                int preps = 0;
                int groups = 0;
                String marker = "none";
                for (int k = from + 1; k < to; k++) {
                    Token x = tokens.get(k);
                    preps += x.tag().equals("IN") || x.tag().equals("TO") ? 1 : 0;
                    groups += chunkOf[k] >= 0 && s.chunks().get(chunkOf[k]).isVerbGroup() && s.chunks().get(chunkOf[k]).head() == k
                            && chunkOf[k] != chunkOf[verb] ? 1 : 0;
                    String m = marker(x);
                    if (m != null && (i > verb || marker.equals("none"))) {
                        marker = m; // right of the verb: the last marker before the token; left: the first after it
                    }
                }
                f.add("vp=" + side + Math.min(preps, 3));
                f.add("vg=" + side + Math.min(groups, 2));
                f.add("vm=" + side + "_" + marker);
                f.add("vmt=" + side + "_" + marker + "_" + tag);
                f.add("vmg=" + side + "_" + marker + "_" + Math.min(groups, 2));
            } else {
                f.add("v=none");
            }
            all.add(f);
        }
        return all;
    }

    /** The transition features from the previous token's decision ({@code previous}) to this one's. */
    static String[] transition(CompressionInput in, int i, boolean previous) {
        String p = previous ? "K" : "D";
        ParsedSentence s = in.sentence();
        String tag = s.tokens().get(i).tag();
        int c = s.chunkOf(i);
        boolean inside = c >= 0 && s.chunks().get(c).first() < i; // the previous token is in this token's phrase
        return new String[] {"tr=" + p, "trt=" + p + "_" + tag, "trr=" + p + "_" + in.rule()[i], "trc=" + p + "_" + inside,
            "trct=" + p + "_" + inside + "_" + tag, "trtt=" + p + "_" + tag(s.tokens(), i - 1) + "_" + tag};
    }

    /** The head of the verb group the rules keep first, or -1: the event's verb. */
    static int ruleVerb(CompressionInput in) {
        ParsedSentence s = in.sentence();
        for (Chunk c : s.chunks()) {
            if (c.isVerbGroup() && in.rule()[c.head()]) {
                return c.head();
            }
        }
        for (Chunk c : s.chunks()) {
            if (c.isVerbGroup() && !in.date()[c.head()]) {
                return c.head();
            }
        }
        return -1;
    }

    /** What opens a clause or phrase between the token and the verb: a mark, a subordinator, a relative, "that". */
    private static String marker(Token x) {
        String w = x.lower();
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("--") || w.equals("(")) {
            return w;
        }
        if (x.tag().equals("WDT") || x.tag().startsWith("WP") || x.tag().equals("WRB") || x.tag().equals("CC")) {
            return x.tag();
        }
        if (x.tag().equals("IN") && !w.equals("of")) {
            return w.matches("that|as|after|because|while|when|before|since|although|if|until|though|amid|despite|following")
                    ? w : "IN";
        }
        return x.tag().equals("TO") ? "to" : null;
    }

    private static String tag(List<Token> tokens, int i) {
        return i < 0 ? "<s>" : i >= tokens.size() ? "</s>" : tokens.get(i).tag();
    }

    /** The word when it is of a closed class (prepositions, determiners, marks...), else its tag. */
    private static String closedWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return i < 0 ? "<s>" : "</s>";
        }
        Token t = tokens.get(i);
        return CLOSED.matcher(t.tag()).matches() || t.isPunctuation() ? t.lower() : t.tag();
    }

    private static String rule(CompressionInput in, int i) {
        return i < 0 || i >= in.size() ? "out" : Boolean.toString(in.rule()[i]);
    }

    private static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && b.length() < 4; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    private static int commas(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).text();
            n += w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("--") ? 1 : 0;
        }
        return n;
    }

    private static int[] brackets(List<Token> tokens) {
        int[] depth = new int[tokens.size()];
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (OPENING.contains(tokens.get(i).text())) {
                d++;
            }
            depth[i] = d;
            if (CLOSING.contains(tokens.get(i).text()) && d > 0) {
                d--;
            }
        }
        return depth;
    }

    private static boolean[] quoted(List<Token> tokens) {
        boolean[] q = new boolean[tokens.size()];
        boolean in = false;
        for (int i = 0; i < tokens.size(); i++) {
            boolean mark = QUOTES.contains(tokens.get(i).text());
            if (mark) {
                in = !in;
            }
            q[i] = in || mark;
        }
        return q;
    }
}
