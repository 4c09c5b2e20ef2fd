package app.dateline.engine.event.compress;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.VerbBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The deletions a person makes inside a compression, each leaving a sentence that reads: an aside between commas,
 * dashes or brackets ("Invensys, a supplier of software, has acquired" -> "Invensys has acquired"); a relative
 * clause ("A woman who keeps skunks says" -> "A woman says"); a phrase between the subject and its verb ("Schools in
 * the county are closed" -> "Schools are closed"); a preposition's phrase after the verb; the modifiers before the
 * subject's noun ("A young local woman" -> "A woman"). The verb is never deleted.
 */
final class Deletions {

    /** A set of token spans to delete. */
    record Deletion(List<String> names, List<int[]> spans) {
        boolean[] apply(boolean[] keep) {
            boolean[] out = keep.clone();
            for (int[] span : spans) {
                for (int i = span[0]; i <= span[1]; i++) {
                    out[i] = false;
                }
            }
            return out;
        }
    }

    private static final Set<String> OPENERS = Set.of(",", "(", "--", "\u2014", "\u2013");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "CD", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS");
    /** The longest aside deleted, in tokens. */
    private static final int LONGEST = 30;

    private Deletions() {
    }

    /** @return the deletions possible in {@code keep}: each alone, and all the asides together */
    static List<Deletion> of(CompressionInput in, boolean[] keep, int verb) {
        ParsedSentence s = in.sentence();
        List<Deletion> all = new ArrayList<>();
        if (verb < 0) {
            return all;
        }
        int group = s.chunkOf(verb);
        int groupFirst = group < 0 ? verb : s.chunks().get(group).first();
        int groupLast = group < 0 ? verb : s.chunks().get(group).last();
        List<int[]> asides = asides(s, keep, groupFirst, groupLast);
        for (int[] a : asides) {
            all.add(new Deletion(List.of("D:aside", "D:aside=" + (a[1] < groupFirst ? "L" : "R")), List.of(a)));
        }
        if (asides.size() > 1) {
            all.add(new Deletion(List.of("D:asides"), asides));
        }
        int[] relative = relative(s, keep, groupFirst);
        if (relative != null) {
            all.add(new Deletion(List.of("D:relative"), List.of(relative)));
            if (!asides.isEmpty()) {
                List<int[]> both = new ArrayList<>(asides);
                both.add(relative);
                all.add(new Deletion(List.of("D:asides", "D:relative"), both));
            }
        }
        int[] between = between(s, keep, groupFirst);
        if (between != null) {
            all.add(new Deletion(List.of("D:between"), List.of(between)));
        }
        for (int[] pp : phrases(s, keep, groupLast)) {
            all.add(new Deletion(List.of("D:pp", "D:pp=" + s.tokens().get(pp[0]).lower()), List.of(pp)));
        }
        int[] modifiers = modifiers(s, keep, groupFirst);
        if (modifiers != null) {
            all.add(new Deletion(List.of("D:modifiers"), List.of(modifiers)));
        }
        List<int[]> adjectives = adjectives(s, keep);
        for (int[] a : adjectives) {
            all.add(new Deletion(List.of("D:adjective"), List.of(a)));
        }
        if (adjectives.size() > 1) {
            all.add(new Deletion(List.of("D:adjectives"), adjectives));
        }
        List<int[]> every = new ArrayList<>(asides);
        every.addAll(adjectives);
        if (relative != null) {
            every.add(relative);
        }
        if (between != null) {
            every.add(between);
        }
        if (modifiers != null) {
            every.add(modifiers);
        }
        if (every.size() > 1) {
            all.add(new Deletion(List.of("D:every"), every));
        }
        return all;
    }

    /** Kept runs between a pair of commas, dashes or brackets, without the verb, with a kept word after them. */
    private static List<int[]> asides(ParsedSentence s, boolean[] keep, int groupFirst, int groupLast) {
        List<Token> tokens = s.tokens();
        List<int[]> found = new ArrayList<>();
        int n = keep.length;
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i).text();
            if (!keep[i] || !OPENERS.contains(w)) {
                continue;
            }
            String close = w.equals("(") ? ")" : w;
            for (int j = i + 1; j < n && j - i <= LONGEST && keep[j]; j++) {
                String x = tokens.get(j).text();
                if (x.equals(close) || w.equals(",") && (x.equals("--") || x.equals("\u2014"))) {
                    boolean hasVerb = i <= groupLast && j >= groupFirst;
                    int after = next(keep, j + 1);
                    boolean keepCloser = w.equals("(") ? false : after < 0;
                    if (!hasVerb && (after >= 0 || w.equals("("))) {
                        found.add(new int[] {i, keepCloser ? j - 1 : j});
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** A relative clause ("who ...", "which ...", "that ...") between the subject's noun and the verb. */
    private static int[] relative(ParsedSentence s, boolean[] keep, int groupFirst) {
        List<Token> tokens = s.tokens();
        for (int i = 1; i < groupFirst; i++) {
            Token t = tokens.get(i);
            boolean rel = t.tag().equals("WDT") || t.tag().equals("WP") || t.lower().equals("that");
            if (keep[i] && keep[i - 1] && rel && tokens.get(i - 1).isNoun() && next(keep, 0) < i - 1) {
                return new int[] {i, groupFirst - 1};
            }
        }
        return null;
    }

    /** The noun phrase the kept words begin with, when it begins before the verb group; else null. */
    private static Chunk subjectPhrase(ParsedSentence s, boolean[] keep, int groupFirst) {
        int first = next(keep, 0);
        if (first < 0 || first >= groupFirst) {
            return null;
        }
        int c = s.chunkOf(first);
        return c < 0 || !s.chunks().get(c).isNounPhrase() ? null : s.chunks().get(c);
    }

    /** The last word of a noun phrase ending at {@code end} with its "of" phrases ("the head of the agency"), before {@code limit}. */
    private static int throughOfPhrases(ParsedSentence s, int end, int limit) {
        List<Token> tokens = s.tokens();
        while (end + 2 < limit && tokens.get(end + 1).lower().equals("of") && s.chunkOf(end + 2) >= 0
                && s.chunks().get(s.chunkOf(end + 2)).isNounPhrase()) {
            end = s.chunks().get(s.chunkOf(end + 2)).last();
        }
        return end;
    }

    /** The words between the subject's first noun phrase (and its "of" phrases) and the verb group. */
    private static int[] between(ParsedSentence s, boolean[] keep, int groupFirst) {
        Chunk subject = subjectPhrase(s, keep, groupFirst);
        if (subject == null) {
            return null;
        }
        int end = throughOfPhrases(s, subject.last(), groupFirst);
        groupFirst = VerbBounds.start(s.tokens(), groupFirst, new boolean[s.tokens().size()]); // "never" stays
        if (end + 1 >= groupFirst) {
            return null;
        }
        for (int i = end + 1; i < groupFirst; i++) {
            if (!keep[i]) {
                return null;
            }
        }
        return new int[] {end + 1, groupFirst - 1};
    }

    /**
     * Each preposition's phrase after the verb group (the preposition, its noun phrase and its "of" phrases) with
     * another phrase after it (a preposition, a conjunction, a relative word).
     */
    private static List<int[]> phrases(ParsedSentence s, boolean[] keep, int groupLast) {
        List<Token> tokens = s.tokens();
        List<int[]> found = new ArrayList<>();
        for (int i = groupLast + 2; i + 1 < keep.length; i++) {
            Token t = tokens.get(i);
            if (!keep[i] || !t.tag().equals("IN") || t.lower().equals("of") || t.lower().equals("that") || !keep[i + 1]) {
                continue;
            }
            int c = s.chunkOf(i + 1);
            if (c < 0 || !s.chunks().get(c).isNounPhrase()) {
                continue;
            }
            int end = throughOfPhrases(s, s.chunks().get(c).last(), keep.length);
            boolean whole = true;
            for (int k = i; k <= end; k++) {
                whole &= keep[k];
            }
            int after = next(keep, end + 1);
            if (whole && after >= 0 && !tokens.get(after).isPunctuation() && Candidates.boundary(tokens, after)) {
                // another phrase follows: "to make up [for days] missed" would not read
                found.add(new int[] {i, end});
            }
        }
        return found;
    }

    /** The modifiers between the determiner and the noun of the subject's noun phrase ("a young local woman"). */
    private static int[] modifiers(ParsedSentence s, boolean[] keep, int groupFirst) {
        Chunk np = subjectPhrase(s, keep, groupFirst);
        if (np == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int from = np.first();
        String tag = tokens.get(from).tag();
        if (tag.equals("DT") || tag.equals("PRP$") || tag.equals("PDT")) {
            from++;
        }
        int to = np.head() - 1;
        while (to >= from && tokens.get(to).isProperNoun() && tokens.get(np.head()).isProperNoun()) {
            to--; // "John Wall": the name stays whole
        }
        if (to < from) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            if (!keep[i] || !MODIFIER_TAGS.contains(tokens.get(i).tag()) && !tokens.get(i).text().equals("-")) {
                return null;
            }
        }
        return new int[] {from, to};
    }

    /** In each kept noun phrase, the adjectives and participles before its noun ("a [residential solar] business"). */
    private static List<int[]> adjectives(ParsedSentence s, boolean[] keep) {
        List<int[]> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (Chunk c : s.chunks()) {
            if (!c.isNounPhrase() || !keep[c.head()]) {
                continue;
            }
            int from = -1;
            for (int i = c.first(); i < c.head(); i++) {
                String tag = tokens.get(i).tag();
                // an ordinal in digits ("ranked at the 8th position") says which one, as the noun's number does
                boolean adjective = keep[i] && (tag.startsWith("JJ") && !Character.isDigit(tokens.get(i).text().charAt(0))
                        || tag.equals("VBN") || tag.equals("VBG") || tag.equals("RBS") || tag.equals("RB"));
                if (adjective && from < 0) {
                    from = i;
                }
                if (!adjective && from >= 0) {
                    found.add(new int[] {from, i - 1});
                    from = -1;
                }
            }
            if (from >= 0) {
                found.add(new int[] {from, c.head() - 1});
            }
        }
        return found;
    }

    private static int next(boolean[] keep, int from) {
        for (int i = from; i < keep.length; i++) {
            if (keep[i]) {
                return i;
            }
        }
        return -1;
    }
}
