package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.ParsedSentence;

/** The tokens a keep-mask keeps, one space apart: what the compression tests compare. */
final class KeptTokens {

    private KeptTokens() {
    }

    static String of(ParsedSentence s, boolean[] keep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                b.append(b.length() == 0 ? "" : " ").append(s.tokens().get(i).text());
            }
        }
        return b.toString();
    }
}
