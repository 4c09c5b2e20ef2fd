package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelMakerTest {

    private final LabelMaker labels = new LabelMaker();

    private String label(String sentence, String date) {
        int at = sentence.indexOf(date);
        return labels.label(sentence, at, at + date.length());
    }

    @Test
    void aLeadInDateIsDropped() {
        assertThat(label("In April, Russia accepted their ambassadors.", "April")).isEqualTo("Russia accepted their ambassadors");
    }

    @Test
    void theDateAndItsPrepositionAreRemovedFromTheClause() {
        assertThat(label("Blinken met his counterpart on Thursday in New York.", "Thursday"))
                .isEqualTo("Blinken met his counterpart in New York");
    }

    @Test
    void everyPrepositionOfTheDateGoesWithIt() {
        // prepositions.txt: was "The repairs, he said, should be done within." and "The old mill closed around."
        assertThat(label("The repairs, he said, should be done within three weeks.", "three weeks"))
                .isEqualTo("The repairs, he said, should be done");
        assertThat(label("The old mill closed around 1873.", "1873")).isEqualTo("The old mill closed");
        // and the word that makes a time approximate: was "The minister left Kabul at"
        assertThat(label("The minister left Kabul at about 3pm on Monday.", "3pm on Monday")).isEqualTo("The minister left Kabul");
        assertThat(label("The minister left Kabul at around 3pm.", "3pm")).isEqualTo("The minister left Kabul");
    }

    @Test
    void aCutLabelEndsOnNoWordThatLeadsIntoWhatWasCut() {
        String notion = "For over two years, the U.S. approach to Afghanistan has been tethered to the notion that withholding"
                + " recognition of the Taliban is the strongest form of leverage that Washington possesses.";
        assertThat(label(notion, "over two years")).isEqualTo("The U.S. approach to Afghanistan has been tethered to the notion");
        String approach = "Over the past two years, the United States has sought to build on this approach\u2014not only by"
                + " withholding its own recognition of the Taliban but also by sustaining an international consensus.";
        assertThat(label(approach, "the past two years")).isEqualTo("The United States has sought to build on this approach");
    }

    @Test
    void aPossessiveDateStays() {
        assertThat(label("The Taliban were not invited to last year’s summit.", "last year"))
                .isEqualTo("The Taliban were not invited to last year’s summit");
    }

    @Test
    void aDateThatIsTheSubjectStays() {
        assertThat(label("March 2022 proved to be a turning point.", "March 2022")).isEqualTo("March 2022 proved to be a turning point");
    }

    @Test
    void anEntrysTimeBeforeAColonIsNoSubject() {
        // a live page's entry, stamped with its time: the label is the entry's words
        assertThat(label("2130: The White House posts the full speech online", "2130")).isEqualTo("The White House posts the full speech online");
        assertThat(label("May 29: The company tries to plug the well", "May 29")).isEqualTo("The company tries to plug the well");
    }

    @Test
    void linkingWordsThatOpenTheSentenceAreDropped() {
        assertThat(label("Thus, last year’s multilateral attempts failed.", "last year"))
                .isEqualTo("Last year’s multilateral attempts failed");
        assertThat(label("Even India reopened its embassy in Kabul in 2022.", "2022"))
                .isEqualTo("India reopened its embassy in Kabul");
        assertThat(label("Overall, the effect of these moves was clear in 2021.", "2021"))
                .isEqualTo("The effect of these moves was clear");
        assertThat(label("Stillwater officials met in 2021.", "2021")).isEqualTo("Stillwater officials met");
    }

    @Test
    void longLabelsAreCutAtAWordWithoutAnEllipsis() {
        String sentence = "On Monday, " + "the envoys discussed the frozen assets and the humanitarian situation ".repeat(3) + "again.";
        String label = label(sentence, "Monday");
        assertThat(label.length()).isLessThanOrEqualTo(LabelMaker.MAX_LENGTH);
        assertThat(label).doesNotContain("\u2026").startsWith("The envoys discussed").endsWith("situation");
        assertThat(sentence).contains(label.substring(1));
    }

    @Test
    void aWireDatelineIsNeverPartOfALabel() {
        assertThat(label("CANBERRA, Australia (AP)_ Qantas will almost double its flights between Australia and India by August.", "August"))
                .isEqualTo("Qantas will almost double its flights between Australia and India");
        assertThat(label("ADDIS ABABA, Ethiopia (AP) _ The Organization of African Unity said Friday it would act.", "Friday"))
                .startsWith("The Organization of African Unity said");
        assertThat(label("WASHINGTON (Reuters) - The Senate voted on Tuesday to raise the limit.", "Tuesday"))
                .isEqualTo("The Senate voted to raise the limit");
        // a sentence that merely starts in capitals keeps its words
        assertThat(label("NATO said on Monday that it would send more troops.", "Monday")).startsWith("NATO said");
    }

    @Test
    void aLabelEndsOnNoFullStopButAnAbbreviations() {
        // twenty-first round: "The announcement of a Michael Jackson tribute concert in Cardiff." on the pooled folder's timeline
        assertThat(label("The announcement of a Michael Jackson tribute concert in Cardiff in October.", "October"))
                .isEqualTo("The announcement of a Michael Jackson tribute concert in Cardiff");
        assertThat(label("It won't matter what he says in 2010...", "2010")).isEqualTo("It won't matter what he says");
        assertThat(label("In 2009 the company was bought by Belo Corp.", "2009")).isEqualTo("The company was bought by Belo Corp.");
        assertThat(label("In May the well was drilled off Venice, La.", "May")).isEqualTo("The well was drilled off Venice, La.");
        assertThat(label("In 1998 the firm opened an office in the U.S.", "1998")).isEqualTo("The firm opened an office in the U.S.");
    }
}
