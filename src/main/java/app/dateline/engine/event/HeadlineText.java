package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spells a headline from the kept words of its sentence, with the sentence's own spacing. */
final class HeadlineText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word's glued-on ending: "'s", "'re", "'ve", "'ll", "'d", "'m", "n't" (either apostrophe). */
    private static final Pattern CLITIC = Pattern.compile("(?i)['\u2019](?:s|re|ve|ll|d|m)|n['\u2019]t");

    private HeadlineText() {
    }

    /**
     * The kept tokens as the sentence spells them; the words {@code subject[0]..subject[1]} replaced by
     * {@code replaced} if given (a pronoun by its name, a description by the organisation it stands for).
     */
    static String render(ParsedSentence s, boolean[] keep, int[] subject, String replaced) {
        return headline(s, keep, subject, replaced == null ? null : new Headline(replaced, List.of())).text();
    }

    /** As {@link #render}, with the stretches of the article the words come from. */
    static Headline headline(ParsedSentence s, boolean[] keep, int[] subject, Headline replaced) {
        List<Token> tokens = s.tokens();
        keep = withHosts(s, keep);
        StringBuilder b = new StringBuilder();
        List<LabelSource> sources = new ArrayList<>();
        int previous = -2;
        int run = -1; // the first token of the run of kept tokens being spelt
        for (int i = 0; i < tokens.size(); i++) {
            if (!keep[i] || b.length() == 0 && !wordy(tokens.get(i).text())
                    && !(replaced != null && subject != null && i == subject[0])) {
                continue; // a headline opens with a word: "- An Obama aide says" is "An Obama aide says"
            }
            if (previous != i - 1 && run >= 0) {
                sources.add(source(s, run, previous));
                run = -1;
            }
            String word = tokens.get(i).text();
            if (b.length() > 0 && afterColonLeftOut(s, keep, i)) {
                word = decapitalise(word); // "Hayward said: "We will pay"" is "Hayward said we will pay"
            }
            if (replaced != null && subject != null && i == subject[0]) {
                word = replaced.text();
                if (b.length() > 0) {
                    b.append(previous == i - 1 ? s.text().substring(tokens.get(i - 1).end(), tokens.get(i).begin()) : " ");
                }
                b.append(word);
                if (run >= 0) {
                    sources.add(source(s, run, previous));
                    run = -1;
                }
                sources.addAll(replaced.sources());
                i = Math.max(i, subject[1]);
                previous = i;
                continue;
            }
            if (b.length() > 0) {
                // a comma after words left out keeps to the word before it: "reopened[ on Monday], except"
                String gap = previous == i - 1 ? s.text().substring(tokens.get(i - 1).end(), tokens.get(i).begin())
                        : word.equals(",") ? "" : " ";
                // "Prabhakaran s corpse": the scrape lost the apostrophe; the word gets it back, glued
                boolean lost = previous == i - 1 && gap.equals(" ") && LostApostrophes.lost(tokens.get(i - 1).text(), word);
                b.append(lost ? "'" : gap);
            }
            b.append(word);
            if (run < 0) {
                run = i;
            }
            previous = i;
        }
        if (run >= 0) {
            sources.add(source(s, run, previous));
        }
        return new Headline(SPACES.matcher(b).replaceAll(" ").strip(), sources);
    }

    /**
     * The kept words with every kept clitic given its word back: "[that]'s all right then" is "That's all right
     * then", "the riser [that]'s spewing oil" is "the riser that's spewing oil". An ending left on a noun or number
     * that is not kept goes with it: "in the late 1800['s]", "predict this year['s] to be".
     */
    static boolean[] withHosts(ParsedSentence s, boolean[] keep) {
        List<Token> tokens = s.tokens();
        boolean[] out = keep;
        for (int i = 1; i < tokens.size(); i++) {
            Token host = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (!keep[i] || keep[i - 1] || host.end() != t.begin() || !CLITIC.matcher(t.text()).matches()) {
                continue;
            }
            if (out == keep) {
                out = keep.clone();
            }
            boolean owner = host.isNoun() || host.tag().equals("CD") || t.tag().equals("POS");
            if (owner) {
                out[i] = false;
            } else {
                out[i - 1] = true;
            }
        }
        return out;
    }

    /** Whether the token at {@code i} opens what was said after a colon that is left out, and is no name or "I". */
    private static boolean afterColonLeftOut(ParsedSentence s, boolean[] keep, int i) {
        int colon = HeadlineWords.colonBefore(s.tokens(), i);
        Token t = s.tokens().get(i);
        return colon >= 0 && !keep[colon] && !t.tag().startsWith("NNP") && !t.text().equals("I");
    }

    private static boolean wordy(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static LabelSource source(ParsedSentence s, int first, int last) {
        return new LabelSource(s.offset() + s.tokens().get(first).begin(), s.offset() + s.tokens().get(last).end());
    }

    static String decapitalise(String t) {
        return t.isEmpty() || t.length() > 1 && Character.isUpperCase(t.charAt(1)) ? t
                : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }

    static String capitalise(String t) {
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return t;
        }
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }
}
