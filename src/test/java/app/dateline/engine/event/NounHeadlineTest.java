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
    void aPossessedEventNounWithItsDateIsTheHeadlineWithWhatWasSaid() {
        assertThat(headline("China may be monitoring the discussion of Afghanistan in U.S. domestic debate—taking note, for"
                + " example, of former President Donald Trump’s November 2023 comment that the United States should enter a"
                + " deal with the Taliban to regain control of Bagram Air Base in Afghanistan as a way to keep an eye on western"
                + " China.", "November 2023", "comment")).isEqualTo("Trump’s comment that the United States should enter a deal");
        // With no clause after it, the noun and its possessor, the title left out.
        assertThat(headline("Analysts noted former President Donald Trump’s November 2023 visit to the base.", "November 2023",
                "visit")).isEqualTo("Donald Trump’s visit to the base");
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

    private static HeadlineMaker.Context before(ParsedSentence previous) {
        return WrittenContexts.before(java.util.List.of(previous));
    }

    @Test
    void aLeadInPhraseThatHoldsTheDateNamesItsEventWithItsToPhrase() {
        String sentence = "Since the conservative Islamist movement\u2019s return to power in August 2021, the world has struggled"
                + " to deal with a repressive regime.";
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf("August 2021");
        boolean[] skip = DateWords.mark(s, at, at + "August 2021".length());
        TriggerFinder nouns = new TriggerFinder();
        int noun = NounHeadline.leadInNoun(s, skip, nouns::isEventNoun);
        assertThat(noun).isEqualTo(s.tokenAt(sentence.indexOf("return")));
        assertThat(NounHeadline.of(s, noun, skip)).isEqualTo("The conservative Islamist movement\u2019s return to power");
        ParsedSentence previous = parser.parse("In fact, it was only the latest example of the challenges the United States"
                + " now faces in its handling of the Taliban.", 0);
        assertThat(NounHeadline.of(s, noun, skip, before(previous)).text()).isEqualTo("The Taliban\u2019s return to power");
        // A lead-in that is a clause, or a date outside the lead-in, names no event noun.
        String clause = "After the Taliban returned to power in August 2021, the world struggled.";
        ParsedSentence c = parser.parse(clause, 0);
        int d = clause.indexOf("August 2021");
        assertThat(NounHeadline.leadInNoun(c, DateWords.mark(c, d, d + 11), nouns::isEventNoun)).isEqualTo(-1);
    }
}
