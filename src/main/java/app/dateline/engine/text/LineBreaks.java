package app.dateline.engine.text;

/**
 * The characters that end a line: LF, CRLF, a lone CR (old Mac text), NEL (U+0085, from EBCDIC and some
 * Windows-1252 text), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). Each ends a line, and so a
 * paragraph or a sentence, as a newline does.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The index of the next line break at or after {@code from}, or -1. */
    static int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the line after the break at {@code at} starts (CRLF is one break). */
    static int after(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    /** The same text with every line break a space: same length, so offsets carry over. */
    static String flatten(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isBreak(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
