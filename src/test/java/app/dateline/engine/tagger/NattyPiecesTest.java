package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Natty gets a few whole words around each trigger, never a long sentence. */
class NattyPiecesTest {

    private static List<String> pieces(String sentence, String... triggers) {
        List<int[]> at = new java.util.ArrayList<>();
        for (String t : triggers) {
            int i = sentence.indexOf(t);
            at.add(new int[] {i, i + t.length()});
        }
        return NattyPieces.around(sentence, at).stream().map(p -> sentence.substring(p.begin(), p.end())).toList();
    }

    @Test
    void aFewWholeWordsAroundTheTrigger() {
        String s = "The minister said that the envoys would arrive at 5 p.m. EST, Nov. 6 in the capital for the long talks.";
        assertThat(pieces(s, "5 p.m")).containsExactly("that the envoys would arrive at 5 p.m. EST, Nov. 6 in the");
    }

    @Test
    void triggersCloseTogetherShareOnePiece() {
        String s = "He left at 9 a.m. Tuesday and came back at 4 p.m. on the same day, tired, and then he slept.";
        assertThat(pieces(s, "9 a.m", "4 p.m")).containsExactly("He left at 9 a.m. Tuesday and came back at 4 p.m. on the same day, tired,");
    }

    @Test
    void aLongSentenceGivesShortPieces() {
        String s = "The scores at noon were " + "1, ".repeat(300) + "and at midnight " + "2, ".repeat(300) + "in all.";
        List<String> p = pieces(s, "noon", "midnight");
        assertThat(p).hasSize(2).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(NattyPieces.MAX_CHARS));
        assertThat(p.get(0)).startsWith("The scores at noon");
        assertThat(p.get(1)).contains("and at midnight");
    }

    @Test
    void aWordWithoutSpacesIsNotCut() {
        String s = "x".repeat(300) + " at noon " + "y".repeat(300);
        assertThat(pieces(s, "noon")).containsExactly("at noon");
    }
}
