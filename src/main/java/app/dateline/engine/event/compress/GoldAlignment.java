package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tokens of a sentence a person's deletion-only compression keeps: the compression's words placed in the
 * sentence in order, preferring long unbroken runs (so that a repeated "the" goes where its neighbours are).
 */
public final class GoldAlignment {

    /** Words (letters, digits, inner apostrophes and hyphens) and single marks, as the compression scorer splits them. */
    private static final Pattern WORD = Pattern.compile(
            "[A-Za-z0-9\\u00C0-\\u024F]+(?:['\\u2019\\-][A-Za-z0-9\\u00C0-\\u024F]+)*|[^\\sA-Za-z0-9]");

    private GoldAlignment() {
    }

    /** @return per token of {@code s}: true when the compression keeps (most of) it */
    public static boolean[] keep(ParsedSentence s, String compression) {
        List<int[]> words = split(s.text());
        List<String> wanted = split(compression).stream().map(w -> compression.substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
        String[] have = words.stream().map(w -> s.text().substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean[] kept = align(have, wanted);
        List<Token> tokens = s.tokens();
        boolean[] keep = new boolean[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            int in = 0;
            int out = 0;
            for (int w = 0; w < words.size(); w++) {
                int[] x = words.get(w);
                if (x[1] > tokens.get(t).begin() && x[0] < tokens.get(t).end()) {
                    int overlap = Math.min(x[1], tokens.get(t).end()) - Math.max(x[0], tokens.get(t).begin());
                    if (kept[w]) {
                        in += overlap;
                    } else {
                        out += overlap;
                    }
                }
            }
            keep[t] = in > out;
        }
        return keep;
    }

    private static List<int[]> split(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    /** The most words matched in order; among those, the fewest runs. */
    private static boolean[] align(String[] have, List<String> wanted) {
        int n = have.length;
        int m = wanted.size();
        // best[i][j][k]: cost (runs opened - BIG * matches) of placing wanted[j..] in have[i..], k = previous matched
        final int big = 1000;
        int[][][] best = new int[n + 1][m + 1][2];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                for (int k = 0; k < 2; k++) {
                    if (i == n || j == m) {
                        best[i][j][k] = 0;
                        continue;
                    }
                    int skip = best[i + 1][j][0];
                    int drop = best[i][j + 1][k]; // a compression word the sentence does not have here
                    int v = Math.min(skip, drop);
                    if (have[i].equals(wanted.get(j))) {
                        v = Math.min(v, best[i + 1][j + 1][1] - big + (k == 1 ? 0 : 1));
                    }
                    best[i][j][k] = v;
                }
            }
        }
        boolean[] kept = new boolean[n];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n && j < m) {
            int v = best[i][j][k];
            if (have[i].equals(wanted.get(j)) && v == best[i + 1][j + 1][1] - big + (k == 1 ? 0 : 1)) {
                kept[i] = true;
                i++;
                j++;
                k = 1;
            } else if (v == best[i + 1][j][0]) {
                i++;
                k = 0;
            } else {
                j++;
            }
        }
        return kept;
    }
}
