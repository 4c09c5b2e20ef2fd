package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Set;

/**
 * Gives a subject "he" or "she" the name it stands for (the last personal name that is a subject just before), and
 * a description of a group ("the conservative Islamist movement") the organisation the sentence before names
 * ("the Taliban").
 */
final class PronounResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> GROUP_NOUNS = WordList.load("/dateline/labels/group-nouns.txt");

    private PronounResolver() {
    }

    /** Whether the subject {first, last} is a lone "he" or "she". */
    static boolean isPersonal(ParsedSentence s, int[] subject) {
        return subject[0] == subject[1] && PERSONAL.contains(s.tokens().get(subject[0]).lower());
    }

    /**
     * For a lone "he" or "she" that is the subject of what a named speaker says in the same sentence ("Obama,
     * on his fourth visit to the coast, said he would press BP executives"), the speaker's name; null otherwise.
     */
    static Headline speaker(ParsedSentence s, int[] subject, boolean[] skip, EventVerb verbs) {
        if (subject == null || !isPersonal(s, subject)) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int i = subject[0] - 1;
        while (i >= 0 && (skip[i] || tokens.get(i).lower().equals("that"))) {
            i--;
        }
        if (i < 0 || s.chunkOf(i) < 0 || !s.chunks().get(s.chunkOf(i)).isVerbGroup() || !verbs.reports(s, s.chunks().get(s.chunkOf(i)).head())) {
            return null;
        }
        int[] said = SubjectFinder.find(s, s.chunks().get(s.chunkOf(i)).first(), skip);
        if (said == null || !tokens.get(said[1]).isProperNoun()) {
            return null;
        }
        int first = said[1];
        while (first > said[0] && tokens.get(first - 1).isProperNoun() && !HeadlineWords.TITLES.contains(tokens.get(first - 1).lower())) {
            first--; // "International Monetary Fund Managing Director Dominique Strauss-Kahn": the name after the title
        }
        return Headline.span(s, first, said[1]);
    }

    /** The name from the three sentences before, or null when none names a subject. */
    static Headline antecedent(HeadlineMaker.Context context) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence p = context.before(k);
            if (p == null) {
                return null;
            }
            Headline name = null;
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
                    name = Headline.span(p, first, last);
                }
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether tokens {@code first..last} are a description of a group: "the", then adjectives or names, then a
     * group noun ("the conservative Islamist movement", "the militant group").
     */
    static boolean isGroupDescription(ParsedSentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        if (last <= first || !tokens.get(first).lower().equals("the") || !GROUP_NOUNS.contains(tokens.get(last).lower())
                || !tokens.get(last).tag().equals("NN")) {
            return false;
        }
        for (int i = first + 1; i < last; i++) {
            String tag = tokens.get(i).tag();
            if (!tag.startsWith("JJ") && !tag.equals("NNP") && !tag.equals("NN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The organisation the sentence just before names last with "the" and a proper noun ("its handling of the
     * Taliban" -> "the Taliban"), in its words; null when it names none.
     */
    static Headline organisation(HeadlineMaker.Context context) {
        ParsedSentence p = context.before(1);
        if (p == null) {
            return null;
        }
        Headline name = null;
        List<Token> tokens = p.tokens();
        for (Chunk np : p.chunks()) {
            if (!np.isNounPhrase() || np.last() == np.first() || !tokens.get(np.first()).lower().equals("the")) {
                continue;
            }
            boolean proper = true;
            for (int i = np.first() + 1; i <= np.last(); i++) {
                proper &= tokens.get(i).isProperNoun();
            }
            if (proper) {
                name = Headline.span(p, np.first(), np.last());
            }
        }
        return name;
    }
}
