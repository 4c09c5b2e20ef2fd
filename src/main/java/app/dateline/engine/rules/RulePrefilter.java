package app.dateline.engine.rules;

import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sentence must hold for a rule's regex to match in it: a conjunction of requirements, each a set of
 * alternatives (a literal string, or {@link #DIGIT} for any ASCII digit), read from the regex itself. A rule
 * whose requirements a sentence does not meet cannot match there and is not run: the same matches, found
 * several times faster, since most sentences hold no month, unit or digit.
 * <p>
 * The analysis is conservative: whatever it does not understand (a character class of letters, a
 * back-reference, an optional part, a negative look-around) requires nothing. Literals and sentences are
 * compared case-folded ({@link #fold}), as the rules are matched case-insensitively.
 */
final class RulePrefilter {

    /** Stands for "some ASCII digit" among the alternatives of a requirement. */
    static final String DIGIT = "\u0000digit";

    private final List<Set<String>> requirements;
    /** The requirements as numbers in {@link Shared}: rules share sets (months, units), each looked at once. */
    private final int[] ids;

    private RulePrefilter(List<Set<String>> requirements, int[] ids) {
        this.requirements = requirements;
        this.ids = ids;
    }

    static RulePrefilter of(String regex) {
        return of(regex, new Shared());
    }

    static RulePrefilter of(String regex, Shared shared) {
        Node node = new Parser(regex).parse();
        List<Set<String>> all = new ArrayList<>();
        for (Set<String> set : node.requirements()) {
            all.add(minimal(set));
        }
        return new RulePrefilter(List.copyOf(all), all.stream().mapToInt(shared::id).toArray());
    }

    /** The distinct sets of alternatives of all the rules of a rule set, numbered. */
    static final class Shared {
        private final Map<Set<String>, Integer> ids = new HashMap<>();
        private final List<String[]> sets = new ArrayList<>();

        int id(Set<String> set) {
            return ids.computeIfAbsent(set, s -> {
                sets.add(s.toArray(String[]::new));
                return sets.size() - 1;
            });
        }

        int size() {
            return sets.size();
        }

        /** A sentence folded for these sets. */
        Folded fold(String sentence) {
            return new Folded(sentence, this);
        }
    }

    List<Set<String>> requirements() {
        return requirements;
    }

    /** True when the folded sentence meets every requirement (so the rule may match in it). */
    boolean mayMatch(Folded sentence) {
        for (int id : ids) {
            if (!sentence.holds(id)) {
                return false;
            }
        }
        return true;
    }

    /** A sentence folded once for all rules, remembering which shared sets it holds. */
    static final class Folded {
        private final String text;
        private final boolean digit;
        private final Shared shared;
        private final byte[] known; // 0 not looked at yet, 1 holds, 2 does not

        Folded(String sentence, Shared shared) {
            char[] folded = new char[sentence.length()];
            boolean d = false;
            for (int i = 0; i < folded.length; i++) {
                char c = sentence.charAt(i);
                d |= c >= '0' && c <= '9';
                folded[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
            }
            this.text = new String(folded);
            this.digit = d;
            this.shared = shared;
            this.known = new byte[shared.size()];
        }

        boolean holds(int id) {
            if (known[id] == 0) {
                known[id] = holdsAny(shared.sets.get(id)) ? (byte) 1 : (byte) 2;
            }
            return known[id] == 1;
        }

        boolean holdsAny(String[] alternatives) {
            for (String a : alternatives) {
                if (a == DIGIT ? digit : text.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Case folding as the regex engine compares characters case-insensitively (Unicode case). */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Drops alternatives that contain another one: a sentence holding "january" holds "jan". */
    private static Set<String> minimal(Set<String> set) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : set) {
            boolean redundant = false;
            for (String b : set) {
                if (!a.equals(b) && b != DIGIT && a != DIGIT && a.contains(b)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(a == DIGIT ? DIGIT : a);
            }
        }
        return Set.copyOf(out);
    }

    // ---- a small reader of the regex syntax the rules use ----

    /** A piece of regex and what any match of it must contain. */
    private interface Node {
        /** Conjunction of alternative sets; empty means no requirement. */
        List<Set<String>> requirements();

        /** The literal this node always matches exactly (folded), or null. */
        default String literal() {
            return null;
        }
    }

    private record Literal(String text) implements Node {
        public List<Set<String>> requirements() {
            return List.of(Set.of(text));
        }

        public String literal() {
            return text;
        }
    }

    private record Digit() implements Node {
        public List<Set<String>> requirements() {
            return List.of(Set.of(DIGIT));
        }
    }

    private record Anything() implements Node {
        public List<Set<String>> requirements() {
            return List.of();
        }
    }

    private record Sequence(List<Node> items) implements Node {
        public List<Set<String>> requirements() {
            List<Set<String>> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (Node n : items) {
                String lit = n.literal();
                if (lit != null) {
                    run.append(lit);
                    continue;
                }
                if (run.length() > 0) {
                    out.add(Set.of(run.toString()));
                    run.setLength(0);
                }
                out.addAll(n.requirements());
            }
            if (run.length() > 0) {
                out.add(Set.of(run.toString()));
            }
            return out;
        }

        public String literal() {
            StringBuilder b = new StringBuilder();
            for (Node n : items) {
                if (n.literal() == null) {
                    return null;
                }
                b.append(n.literal());
            }
            return b.toString();
        }
    }

    private record Alternation(List<Node> branches) implements Node {
        /** One set: the union over branches of each branch's most selective requirement. */
        public List<Set<String>> requirements() {
            Set<String> union = new HashSet<>();
            for (Node b : branches) {
                Set<String> best = best(b.requirements());
                if (best == null) {
                    return List.of();
                }
                union.addAll(best);
            }
            return List.of(union);
        }
    }

    /** The requirement with the longest shortest alternative, or null when there is none. */
    private static Set<String> best(List<Set<String>> requirements) {
        Set<String> best = null;
        int bestScore = -1;
        for (Set<String> set : requirements) {
            int shortest = Integer.MAX_VALUE;
            for (String a : set) {
                shortest = Math.min(shortest, a == DIGIT ? 1 : a.length());
            }
            int score = shortest * 1000 - set.size();
            if (score > bestScore) {
                best = set;
                bestScore = score;
            }
        }
        return best;
    }

    private static final class Parser {
        private final String re;
        private int i;

        Parser(String re) {
            this.re = re;
        }

        Node parse() {
            Node n = alternation();
            if (i != re.length()) {
                return new Anything(); // something this reader does not follow: require nothing
            }
            return n;
        }

        private Node alternation() {
            List<Node> branches = new ArrayList<>();
            branches.add(sequence());
            while (i < re.length() && re.charAt(i) == '|') {
                i++;
                branches.add(sequence());
            }
            return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                Node atom = atom();
                items.add(quantified(atom));
            }
            return new Sequence(items);
        }

        private Node quantified(Node atom) {
            if (i >= re.length()) {
                return atom;
            }
            char c = re.charAt(i);
            int min;
            if (c == '?' || c == '*') {
                i++;
                min = 0;
            } else if (c == '+') {
                i++;
                min = 1;
            } else if (c == '{' && re.indexOf('}', i) > 0 && re.substring(i + 1, re.indexOf('}', i)).matches("\\d+(,\\d*)?")) {
                String body = re.substring(i + 1, re.indexOf('}', i));
                i = re.indexOf('}', i) + 1;
                min = Integer.parseInt(body.split(",")[0]);
                if (!body.contains(",") && min == 1) {
                    skipLazyOrPossessive();
                    return atom;
                }
            } else {
                return atom;
            }
            skipLazyOrPossessive();
            if (min == 0) {
                return new Anything();
            }
            // Repeated at least once: what it requires holds, but it is no longer one exact literal.
            List<Set<String>> req = atom.requirements();
            return new Node() {
                public List<Set<String>> requirements() {
                    return req;
                }
            };
        }

        private void skipLazyOrPossessive() {
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++;
            }
        }

        private Node atom() {
            char c = re.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return characterClass();
                }
                case '\\' -> {
                    return escape();
                }
                case '.', '^', '$' -> {
                    i++;
                    return new Anything();
                }
                default -> {
                    i++;
                    return new Literal(String.valueOf(fold(c)));
                }
            }
        }

        private Node group() {
            i++; // (
            boolean positive = true;
            boolean zeroWidth = false;
            if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
                i += 2;
            } else if (re.startsWith("?=", i)) {
                i += 2;
                zeroWidth = true;
            } else if (re.startsWith("?!", i)) {
                i += 2;
                positive = false;
            } else if (re.startsWith("?<=", i)) {
                i += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<!", i)) {
                i += 3;
                positive = false;
            } else if (re.startsWith("?<", i)) {
                i = re.indexOf('>', i) + 1; // named group
            } else if (re.startsWith("?", i)) {
                // inline flags: (?i) or (?i:...)
                int j = i + 1;
                while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
                    j++;
                }
                if (j < re.length() && re.charAt(j) == ')') {
                    i = j + 1;
                    return new Anything();
                }
                i = j + 1; // past ':'
            }
            Node inner = alternation();
            if (i < re.length() && re.charAt(i) == ')') {
                i++;
            } else {
                i = re.length() + 1; // unbalanced: parse() gives up
            }
            if (!positive) {
                return new Anything();
            }
            if (zeroWidth) {
                // A look-around's text must be in the sentence too, but it is not part of a literal run.
                List<Set<String>> req = inner.requirements();
                return new Node() {
                    public List<Set<String>> requirements() {
                        return req;
                    }
                };
            }
            return inner;
        }

        private Node characterClass() {
            int start = i;
            i++; // [
            boolean negated = i < re.length() && re.charAt(i) == '^';
            int depth = 1;
            while (i < re.length() && depth > 0) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']' && i > start + 1 + (negated ? 1 : 0)) {
                    depth--;
                }
                i++;
            }
            String body = re.substring(start + 1, Math.max(start + 1, i - 1));
            if (!negated && body.matches("(?:\\d|\\d-\\d|\\\\d)+")) {
                return new Digit();
            }
            if (!negated && body.length() == 2 && fold(body.charAt(0)) == fold(body.charAt(1)) && Character.isLetter(body.charAt(0))) {
                return new Literal(String.valueOf(fold(body.charAt(0)))); // [Ff]
            }
            return new Anything();
        }

        private Node escape() {
            char e = i + 1 < re.length() ? re.charAt(i + 1) : '\\';
            if (e == 'Q') {
                int end = re.indexOf("\\E", i + 2);
                String quoted = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
                i = end < 0 ? re.length() : end + 2;
                StringBuilder b = new StringBuilder();
                for (char c : quoted.toCharArray()) {
                    b.append(fold(c));
                }
                return quoted.isEmpty() ? new Anything() : new Literal(b.toString());
            }
            i += 2;
            if (e == 'd') {
                return new Digit();
            }
            if (e == 'p' || e == 'P') {
                if (i < re.length() && re.charAt(i) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return new Anything();
            }
            if (e == 'u' && i + 4 <= re.length()) {
                char c = (char) Integer.parseInt(re.substring(i, i + 4), 16);
                i += 4;
                return new Literal(String.valueOf(fold(c)));
            }
            if (e == 'x' || e == 'k' || e == 'c' || e == '0' || Character.isDigit(e)) {
                return skipUnknownEscape(e);
            }
            if (Character.isLetter(e)) {
                return new Anything(); // \s \w \b \S \W \B \A \z \t \n ...
            }
            return new Literal(String.valueOf(fold(e))); // \. \$ \- \( ...
        }

        private Node skipUnknownEscape(char e) {
            if (e == 'k' && i < re.length() && re.charAt(i) == '<') {
                i = re.indexOf('>', i) + 1;
            } else if (e == 'x' && i < re.length() && re.charAt(i) == '{') {
                i = re.indexOf('}', i) + 1;
            } else if (e == 'x') {
                i += 2;
            } else if (e == 'c') {
                i += 1;
            } else {
                while (i < re.length() && Character.isDigit(re.charAt(i))) {
                    i++;
                }
            }
            return new Anything();
        }
    }
}
