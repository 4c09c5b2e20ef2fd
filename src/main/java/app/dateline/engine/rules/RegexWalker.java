package app.dateline.engine.rules;

/**
 * A cursor over a Java regex for the two readings of rule patterns ({@link FirstChars}, {@link Prefilter}): the
 * pieces of syntax both must step over the same way (quantifiers, group heads, {@code \p} names, {@code \Q...\E}).
 * Forms it cannot read throw; the readings then give up on the pattern, which only makes a rule tried more often.
 */
abstract class RegexWalker {

    /** What a group's head says about its insides. */
    enum Group {
        /** a capturing, named, non-capturing, atomic or flagged group: its insides are part of the match */
        CONTENT,
        /** a look-ahead or look-behind: its insides match no character of the match */
        ZERO_WIDTH,
        /** flags alone, such as {@code (?i)}: already read to its end, matches nothing */
        FLAGS
    }

    /** Inline flags that change neither which characters a literal matches nor how the pattern is spelt. */
    private static final String HARMLESS_FLAGS = "idms-";

    protected final String re;
    protected int pos;

    RegexWalker(String re) {
        this.re = re;
    }

    /** Whether the cursor stands at the end of the pattern, of a branch or of a group. */
    final boolean atBranchEnd() {
        return pos >= re.length() || re.charAt(pos) == '|' || re.charAt(pos) == ')';
    }

    /** Consumes a '|' if there is one. */
    final boolean nextBranch() {
        if (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a quantifier, if any; true when it allows zero repetitions. */
    final boolean quantifier() {
        if (pos >= re.length()) {
            return false;
        }
        char c = re.charAt(pos);
        boolean optional;
        if (c == '?' || c == '*') {
            optional = true;
            pos++;
        } else if (c == '+') {
            optional = false;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String body = close < 0 ? "" : re.substring(pos + 1, close);
            if (!body.matches("\\d+(?:,\\d*)?")) {
                throw new IllegalArgumentException("quantifier {" + body);
            }
            optional = Integer.parseInt(body.split(",", -1)[0]) == 0;
            pos = close + 1;
        } else {
            return false;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return optional;
    }

    /** Consumes a group's '(' and its head. */
    final Group openGroup() {
        pos++; // (
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
            pos += 2;
            return Group.CONTENT;
        }
        if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            return Group.ZERO_WIDTH;
        }
        if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            return Group.ZERO_WIDTH;
        }
        if (re.startsWith("?<", pos)) {
            int close = re.indexOf('>', pos);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed group name");
            }
            pos = close + 1;
            return Group.CONTENT;
        }
        if (pos < re.length() && re.charAt(pos) == '?') {
            int end = pos + 1;
            while (end < re.length() && HARMLESS_FLAGS.indexOf(re.charAt(end)) >= 0) {
                end++;
            }
            if (end < re.length() && re.charAt(end) == ')') {
                pos = end + 1;
                return Group.FLAGS;
            }
            if (end >= re.length() || re.charAt(end) != ':') {
                throw new IllegalArgumentException("group flags at " + pos); // (?x), (?u), back-references ...
            }
            pos = end + 1;
        }
        return Group.CONTENT;
    }

    /** Consumes the ')' that ends a group. */
    final void closeGroup() {
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unbalanced group at " + pos);
        }
        pos++;
    }

    /** Consumes the name of a property after {@code \p} or {@code \P}: one letter or {@code {Name}}. */
    final void property() {
        if (pos < re.length() && re.charAt(pos) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed property");
            }
            pos = close + 1;
        } else {
            pos++;
        }
    }

    /** Consumes {@code \Q...\E} (the cursor on its backslash) and gives the quoted text. */
    final String quoted() {
        int end = re.indexOf("\\E", pos + 2);
        String text = re.substring(pos + 2, end < 0 ? re.length() : end);
        pos = end < 0 ? re.length() : end + 2;
        return text;
    }
}
