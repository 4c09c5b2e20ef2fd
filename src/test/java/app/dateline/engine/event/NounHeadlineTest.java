package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class NounHeadlineTest {

    private final SentenceParser parser = new SentenceParser();

    private String headline(String sentence, String date, String trigger) {
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf(date);
        return NounHeadline.of(s, s.tokenAt(sentence.indexOf(trigger)), DateWords.mark(s, at, at + date.length()));
    }

    @Test
    void anEventNounInALeadInIsTheHeadlineWithWhatItWasFor() {
        assertThat(headline("At a May 2023 conference for special envoys on Afghanistan, UN Secretary-General António Guterres"
                + " affirmed that the entire world was seeking to continue engaging with Afghanistan.", "May 2023", "conference"))
                .isEqualTo("A conference for special envoys on Afghanistan");
    }

    @Test
    void anEventNounAfterFollowingIsTheHeadlineWithoutItsDate() {
        assertThat(headline("The Taliban had been toppled by a U.S.-led coalition following the terrorist attacks of"
                + " September 11, 2001.", "September 11, 2001", "attacks")).isEqualTo("The terrorist attacks");
    }

    @Test
    void aNounThatIsAVerbsObjectLeavesTheHeadlineToTheVerb() {
        assertThat(headline("The U.S. has continued to maintain a cold shoulder toward the Taliban, abruptly canceling a"
                + " meeting this spring.", "this spring", "meeting")).isNull();
        assertThat(headline("Xi Jinping accepted the credentials in late January.", "late January", "accepted")).isNull();
    }
}
