package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    @Test
    void keptWordsKeepTheSentencesSpacingAndAReplacedSubject() {
        ParsedSentence s = new SentenceParser().parse("He met with U.S.-backed ministers on Wednesday.", 0);
        boolean[] keep = new boolean[s.tokens().size()];
        for (int i = 0; i < s.tokens().size() - 3; i++) {
            keep[i] = true;
        }
        assertThat(HeadlineText.render(s, keep, new int[] {0, 0}, "Blinken")).isEqualTo("Blinken met with U.S.-backed ministers");
    }

    @Test
    void capitalisingLeavesNamesAndAcronymsAlone() {
        assertThat(HeadlineText.capitalise("talks began")).isEqualTo("Talks began");
        assertThat(HeadlineText.decapitalise("Extended the ban")).isEqualTo("extended the ban");
        assertThat(HeadlineText.decapitalise("US troops left")).isEqualTo("US troops left");
    }
}
