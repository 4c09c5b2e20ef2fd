package app.dateline.engine.rules;

import java.util.BitSet;

/**
 * The characters a match of a rule pattern can begin with, read off the pattern itself, so that the pattern is
 * tried only at the positions of a sentence that hold one of them (a rule that begins with a month name is not
 * tried at "2" or "t"). The set is a superset: each letter is taken in both ASCII cases (the rules are
 * case-insensitive without Unicode case folding) and every form the reading is unsure of gives no set at all
 * (null: the rule is tried everywhere). A pattern that can match the empty string has no set either.
 *
 * <p>The reading understands the forms the rule patterns use: groups (plain, named, with case flags), alternation,
 * quantifiers, character classes of literal characters, ranges and {@code \d \s \w}, {@code \Q...\E} quoting,
 * look-arounds and boundaries (which match no character and whose insides are read only to find their end).
 * A piece that can begin with any character ({@code .}, {@code \p{..}}, a negated class) at the start makes the
 * set unknown; a form it cannot read at all (nested classes, back-references, other flags, {@code \x}) too.
 */
final class FirstChars {

    private FirstChars() {
    }

    /** The characters every non-empty match of {@code regex} begins with, or null when they cannot be named. */
    static BitSet of(String regex) {
        try {
            Reader r = new Reader(regex);
            Part p = r.alternation();
            if (r.pos != regex.length() || p.chars == null || p.empty) {
                return null;
            }
            return p.chars;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * What a piece of a pattern can begin with.
     *
     * @param chars the characters it can begin with, null for "any"
     * @param empty whether it can match the empty string (then what follows it can begin a match too)
     */
    private record Part(BitSet chars, boolean empty) {
        static Part zeroWidth() {
            return new Part(new BitSet(), true);
        }
    }

    private static final class Unknown extends RuntimeException {
        Unknown(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reading of a Java regex. */
    private static final class Reader extends RegexWalker {

        Reader(String re) {
            super(re);
        }

        /** alternation := sequence ('|' sequence)* */
        Part alternation() {
            BitSet union = new BitSet();
            boolean empty = false;
            boolean any = false;
            while (true) {
                Part branch = sequence();
                if (branch.chars == null) {
                    any = true;
                } else {
                    union.or(branch.chars);
                }
                empty |= branch.empty;
                if (!nextBranch()) {
                    break;
                }
            }
            return new Part(any ? null : union, empty);
        }

        /** sequence := (atom quantifier?)*: the atoms' first characters up to the first that cannot be empty. */
        Part sequence() {
            BitSet chars = new BitSet();
            boolean any = false;
            boolean empty = true; // so far every atom can be empty
            while (!atBranchEnd()) {
                Part atom = atom();
                boolean optional = quantifier();
                if (empty) {
                    if (atom.chars == null) {
                        any = true;
                    } else {
                        chars.or(atom.chars);
                    }
                    empty = atom.empty || optional;
                }
            }
            return new Part(any ? null : chars, empty);
        }

        private Part atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return new Part(charClass(), false); // null chars: any
                case '\\':
                    return escape();
                case '.':
                    pos++;
                    return new Part(null, false);
                case '^':
                case '$':
                    pos++;
                    return Part.zeroWidth();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unknown("dangling quantifier");
                default:
                    pos++;
                    return new Part(literal(c), false);
            }
        }

        private Part group() {
            RegexWalker.Group kind = openGroup();
            if (kind == RegexWalker.Group.FLAGS) {
                return Part.zeroWidth(); // "(?i)" alone
            }
            Part inner = alternation();
            closeGroup();
            return kind == RegexWalker.Group.ZERO_WIDTH ? Part.zeroWidth() : inner;
        }

        /**
         * A class of literal characters, ranges and {@code \d \s \w}; null ("any") for a negated class or one
         * with a property ({@code \p{..}}) or an upper-case escape, read to its end all the same.
         */
        private BitSet charClass() {
            pos++; // [
            boolean any = false;
            if (re.charAt(pos) == '^') {
                any = true;
                pos++;
            }
            BitSet set = new BitSet();
            boolean first = true;
            while (first || re.charAt(pos) != ']') {
                first = false;
                char c = re.charAt(pos);
                if (c == '[' || c == '&' && re.charAt(pos + 1) == '&') {
                    throw new Unknown("nested class");
                }
                char lo;
                if (c == '\\') {
                    char e = re.charAt(pos + 1);
                    pos += 2;
                    if (e == 'p' || e == 'P') {
                        property();
                        any = true;
                        continue;
                    }
                    if (Character.isUpperCase(e)) {
                        any = true; // \D \S \W ...
                        continue;
                    }
                    BitSet named = named(e);
                    if (named != null) {
                        set.or(named);
                        continue;
                    }
                    lo = escaped(e);
                } else {
                    lo = c;
                    pos++;
                }
                if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char hi = re.charAt(pos + 1);
                    if (hi == '\\' || hi == '[') {
                        throw new Unknown("range end");
                    }
                    pos += 2;
                    for (int x = lo; x <= hi; x++) {
                        set.or(literal((char) x));
                    }
                } else {
                    set.or(literal(lo));
                }
            }
            pos++; // ]
            return any ? null : set;
        }

        private Part escape() {
            char e = re.charAt(pos + 1);
            if (e == 'Q') {
                String quoted = quoted();
                return quoted.isEmpty() ? Part.zeroWidth() : new Part(literal(quoted.charAt(0)), false);
            }
            pos += 2;
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
                return Part.zeroWidth();
            }
            if (e == 'p' || e == 'P') {
                property();
                return new Part(null, false);
            }
            if (e == 'D' || e == 'S' || e == 'W') {
                return new Part(null, false);
            }
            BitSet named = named(e);
            return new Part(named != null ? named : literal(escaped(e)), false);
        }

        /** The class an escape letter names ({@code \d \s \w}), or null when it is a single character. */
        private static BitSet named(char e) {
            BitSet set = new BitSet();
            switch (e) {
                case 'd' -> set.set('0', '9' + 1);
                case 's' -> "\t\n\u000B\f\r ".chars().forEach(set::set);
                case 'w' -> {
                    set.set('0', '9' + 1);
                    set.set('a', 'z' + 1);
                    set.set('A', 'Z' + 1);
                    set.set('_');
                }
                default -> {
                    return null;
                }
            }
            return set;
        }

        /** The character an escape stands for: a control letter or a quoted symbol. */
        private static char escaped(char e) {
            switch (e) {
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unknown("escape \\" + e); // p, x, u (code points), back-references, ...
                    }
                    return e;
            }
        }

        /** One character in both ASCII cases. */
        private static BitSet literal(char c) {
            if (Character.isSurrogate(c)) {
                throw new Unknown("a character outside the basic plane");
            }
            BitSet set = new BitSet();
            set.set(c);
            if (c >= 'a' && c <= 'z') {
                set.set(c - 'a' + 'A');
            } else if (c >= 'A' && c <= 'Z') {
                set.set(c - 'A' + 'a');
            }
            return set;
        }
    }
}
