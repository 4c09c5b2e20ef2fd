package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spells a headline from the kept words of its sentence, with the sentence's own spacing. */
final class HeadlineText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadlineText() {
    }

    /**
     * The kept tokens as the sentence spells them; the words {@code subject[0]..subject[1]} replaced by
     * {@code replaced} if given (a pronoun by its name, a description by the organisation it stands for).
     */
    static String render(ParsedSentence s, boolean[] keep, int[] subject, String replaced) {
        List<Token> tokens = s.tokens();
        StringBuilder b = new StringBuilder();
        int previous = -2;
        for (int i = 0; i < tokens.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            String word = tokens.get(i).text();
            if (replaced != null && subject != null && i == subject[0]) {
                word = replaced;
                if (b.length() > 0) {
                    b.append(previous == i - 1 ? s.text().substring(tokens.get(i - 1).end(), tokens.get(i).begin()) : " ");
                }
                b.append(word);
                i = Math.max(i, subject[1]);
                previous = i;
                continue;
            }
            if (b.length() > 0) {
                b.append(previous == i - 1 ? s.text().substring(tokens.get(i - 1).end(), tokens.get(i).begin()) : " ");
            }
            b.append(word);
            previous = i;
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
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
