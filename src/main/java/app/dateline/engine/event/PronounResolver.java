package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/** Gives a subject "he" or "she" the name it stands for: the last personal name that is a subject just before. */
final class PronounResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she");

    private PronounResolver() {
    }

    /** Whether the subject {first, last} is a lone "he" or "she". */
    static boolean isPersonal(ParsedSentence s, int[] subject) {
        return subject[0] == subject[1] && PERSONAL.contains(s.tokens().get(subject[0]).lower());
    }

    /** The name from the three sentences before, or null when none names a subject. */
    static String antecedent(HeadlineMaker.Context context) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence p = context.before(k);
            if (p == null) {
                return null;
            }
            String name = null;
            List<Token> tokens = p.tokens();
            for (int c = 0; c + 1 < p.chunks().size(); c++) {
                Chunk np = p.chunks().get(c);
                if (!np.isNounPhrase() || !p.chunks().get(c + 1).isVerbGroup()) {
                    continue;
                }
                int last = np.last();
                int first = last;
                while (first > np.first() && tokens.get(first - 1).isProperNoun()) {
                    first--;
                }
                if (tokens.get(last).isProperNoun()) {
                    name = p.span(first, last);
                }
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }
}
