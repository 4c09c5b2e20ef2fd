package app.dateline.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap test that tells which rules cannot match a sentence, so that their regexes are not run on it. For
 * each rule pattern it works out a set of strings of which every match must contain at least one (read off
 * the pattern itself: its literal words and the words of its tables, or "a digit"), choosing the rarest
 * such set among the parts that every match must have. A rule is tried on a sentence only when the
 * lower-cased sentence contains one of its strings.
 *
 * <p>The analysis understands the regex forms rule patterns use (groups, alternation, quantifiers,
 * character classes, {@code \Q...\E} quoting, look-arounds); where it is unsure it gives no requirement and
 * the rule is always tried.
 */
final class Prefilter {

    /** Stands for "any digit" in a requirement set. */
    static final String DIGIT = "\u0000digit";

    /** Words so common that a requirement made of them filters nothing. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "by", "s", "this", "that", "its", "it", "is", "was", "from", "with", "as");

    private final String[] strings;
    private final int[][] ruleStrings; // per rule: indexes into strings, or null for "always try"

    Prefilter(List<Rule> rules) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> all = new ArrayList<>();
        ruleStrings = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            Set<String> req = required(rules.get(r).pattern().pattern());
            if (req == null) {
                continue;
            }
            int[] idx = new int[req.size()];
            int i = 0;
            for (String s : req) {
                idx[i++] = ids.computeIfAbsent(s, k -> {
                    all.add(k);
                    return all.size() - 1;
                });
            }
            ruleStrings[r] = idx;
        }
        strings = all.toArray(String[]::new);
    }

    /** For each rule (in the order given), whether it may match {@code sentence}. */
    boolean[] admitted(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        byte[] seen = new byte[strings.length]; // 0 unknown, 1 present, 2 absent
        boolean[] out = new boolean[ruleStrings.length];
        for (int r = 0; r < ruleStrings.length; r++) {
            int[] idx = ruleStrings[r];
            if (idx == null) {
                out[r] = true;
                continue;
            }
            for (int id : idx) {
                if (seen[id] == 0) {
                    seen[id] = present(lower, strings[id]) ? (byte) 1 : (byte) 2;
                }
                if (seen[id] == 1) {
                    out[r] = true;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean present(String lower, String s) {
        if (s.equals(DIGIT)) {
            for (int i = 0; i < lower.length(); i++) {
                if (Character.isDigit(lower.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
        return lower.contains(s);
    }

    /** The strings of which every match of {@code regex} contains one, or null when none can be named. */
    static Set<String> required(String regex) {
        try {
            Parser p = new Parser(regex);
            Set<String> req = p.alternation();
            return req == null || p.pos != regex.length() ? null : req;
        } catch (RuntimeException unreadable) {
            return null; // a form this reading does not know: always try the rule
        }
    }

    private static int cost(Set<String> req) {
        int c = 0;
        for (String s : req) {
            c += s.equals(DIGIT) ? 40 : COMMON.contains(s) || s.length() < 2 ? 100 : s.length() < 3 ? 8 : 1;
        }
        return c;
    }

    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return cost(b) < cost(a) ? b : a;
    }

    /** A recursive-descent reading of a Java regex that keeps only what a match must contain. */
    private static final class Parser extends RegexWalker {

        Parser(String re) {
            super(re);
        }

        /** alternation := sequence ('|' sequence)* ; the union of the branches' requirements. */
        Set<String> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean all = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    all = false;
                } else {
                    union.addAll(branch);
                }
                if (!nextBranch()) {
                    break;
                }
            }
            return all ? union : null;
        }

        /** sequence := (atom quantifier?)* ; the best requirement of its mandatory parts. */
        Set<String> sequence() {
            Set<String> best = null;
            StringBuilder literal = new StringBuilder();
            while (!atBranchEnd()) {
                Atom a = atom();
                boolean optional = quantifier();
                if (a.literal != null && !optional) {
                    literal.append(a.literal);
                    continue;
                }
                best = better(best, word(literal));
                literal.setLength(0);
                if (!optional) {
                    best = better(best, a.req);
                }
            }
            return better(best, word(literal));
        }

        private static Set<String> word(CharSequence literal) {
            String s = literal.toString().toLowerCase(Locale.ROOT).strip();
            if (s.isEmpty()) {
                return null;
            }
            Set<String> one = new LinkedHashSet<>();
            one.add(s);
            return one;
        }

        private Atom atom() {
            char c = re.charAt(pos);
            if (c == '(') {
                return group();
            }
            if (c == '[') {
                return charClass();
            }
            if (c == '\\') {
                return escape();
            }
            pos++;
            if (c == '.' || c == '^' || c == '$') {
                return Atom.NOTHING;
            }
            return Atom.literal(String.valueOf(c));
        }

        private Atom group() {
            RegexWalker.Group kind = openGroup();
            if (kind == RegexWalker.Group.FLAGS) {
                return Atom.NOTHING;
            }
            Set<String> inner = alternation();
            closeGroup();
            return kind == RegexWalker.Group.ZERO_WIDTH ? Atom.NOTHING : new Atom(null, inner);
        }

        private Atom charClass() {
            int start = pos;
            pos++;
            if (pos < re.length() && re.charAt(pos) == '^') {
                pos++;
            }
            if (pos < re.length() && re.charAt(pos) == ']') {
                pos++;
            }
            while (re.charAt(pos) != ']') {
                pos += re.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
            String body = re.substring(start + 1, pos - 1);
            return body.matches("(?:\\d|\\d-\\d|\\\\d)+") ? Atom.digit() : Atom.NOTHING;
        }

        private Atom escape() {
            char e = re.charAt(pos + 1);
            if (e == 'Q') {
                return Atom.literal(quoted());
            }
            pos += 2;
            if (e == 'p' || e == 'P') {
                property();
                return Atom.NOTHING;
            }
            if (e == 'd') {
                return Atom.digit();
            }
            if (Character.isLetterOrDigit(e)) {
                return Atom.NOTHING; // \s \w \b \S ...
            }
            return Atom.literal(String.valueOf(e));
        }
    }

    /** A parsed piece: a literal run (joined with its neighbours) or a requirement of its own. */
    private record Atom(String literal, Set<String> req) {
        static final Atom NOTHING = new Atom(null, null);

        static Atom literal(String s) {
            return new Atom(s, null);
        }

        static Atom digit() {
            Set<String> d = new LinkedHashSet<>();
            d.add(DIGIT);
            return new Atom(null, d);
        }
    }
}
