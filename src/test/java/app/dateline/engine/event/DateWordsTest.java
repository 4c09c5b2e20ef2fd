package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateWordsTest {

    private final SentenceParser parser = new SentenceParser();

    private List<String> marked(String sentence, String date) {
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf(date);
        boolean[] skip = DateWords.mark(s, at, at + date.length());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < skip.length; i++) {
            if (skip[i]) {
                words.add(s.tokens().get(i).text());
            }
        }
        return words;
    }

    @Test
    void aDateThatQualifiesTheNounAfterItLeavesThePrepositionAndTheArticle() {
        // forty-seventh round: the labels read "Obama risked the wrath victims' families", "BP has been criticised blowout"
        assertThat(marked("Obama risked the wrath of September 11 families by comparing the spill to the attacks.", "September 11"))
                .containsExactly("September", "11");
        assertThat(marked("BP has been widely criticised since the 20 April blowout in the Gulf.", "the 20 April"))
                .containsExactly("20", "April");
        assertThat(marked("Congress began hearings on April 20 oil rig blast.", "April 20")).containsExactly("April", "20");
        // a date that opens a clause's subject, a measure and a clause's verb the tagger read as a noun go with it
        assertThat(marked("In 2009 swine flu spread to 70 countries.", "2009")).containsExactly("In", "2009");
        assertThat(marked("The child was born at 29 weeks gestation.", "29 weeks")).containsExactly("at", "29", "weeks");
        assertThat(marked("Jane died in 1906 suffering from dementia.", "1906")).containsExactly("in", "1906");
    }

    @Test
    void aDateBeforeANameAfterTheLeavesThePrepositionAndTheArticle() {
        // was "Congress dictated Oil Pollution Act", "The spill could rival Exxon Valdez disaster"
        assertThat(marked("Congress dictated in the 1990 Oil Pollution Act that firms pay.", "1990")).containsExactly("1990");
        assertThat(marked("The spill could rival the 1989 Exxon Valdez disaster.", "1989")).containsExactly("1989");
        // without "the" a name after the date is no noun it qualifies: "on Monday Obama said"
        assertThat(marked("On Monday Obama said the spill was a disaster.", "Monday")).containsExactly("On", "Monday");
    }

    @Test
    void earlierOrLateReadAsAnAdjectiveBeforeTheDateIsTheDates() {
        // forty-seventh round: "earlier/JJR Thursday" left "Barton had complained at a hearing earlier"
        assertThat(marked("Barton had complained at a hearing earlier Thursday that the fund was unfair.", "Thursday"))
                .containsExactly("earlier", "Thursday");
    }

    @Test
    void backBeforeTheDatesInIsTheDatesAfterANoun() {
        assertThat(marked("They were exposed to the SARS virus back in 2003.", "2003")).containsExactly("back", "in", "2003");
        // after a verb it is the verb's particle
        assertThat(marked("Many of them will be back in a few weeks.", "a few weeks")).doesNotContain("back");
    }

    @Test
    void anAdjectiveOfTimeThatDescribesTheNounAfterItIsTheNouns() {
        // was marked, with its preposition: the labels read "Rates would remain levels", "Generations will pay"
        assertThat(marked("Rates would remain at current levels.", "current")).isEmpty();
        assertThat(marked("Future generations will pay for the spill.", "Future")).isEmpty();
        assertThat(marked("BP announced a six-month moratorium on drilling.", "six-month")).isEmpty();
        // a date phrase that ends on its own noun goes, as before
        assertThat(marked("Prices rose in recent weeks.", "recent weeks")).containsExactly("in", "recent", "weeks");
        // the label keeps it: the first plottable date is the label's, "current" only another date
        assertThat(new SentenceLabeler(java.time.LocalDate.of(2010, 6, 1), null)
                .label("BP imposed a six-month moratorium on drilling on Friday."))
                .isEqualTo("BP imposed a six-month moratorium on drilling");
    }

    @Test
    void theDateTakesItsPrepositionAndDeterminer() {
        assertThat(marked("China appointed an ambassador in September 2023.", "September 2023"))
                .containsExactly("in", "September", "2023");
        assertThat(marked("Representatives met again in Doha earlier this week.", "this week"))
                .containsExactly("earlier", "this", "week");
    }

    @Test
    void aPrepositionReadAsAParticleGoesWithADayButNotWithNow() {
        // the tagger reads "on" as the verb's particle (RP) in both
        assertThat(marked("A preliminary hearing is scheduled to begin on 4 January where the judge will decide.", "4 January"))
                .containsExactly("on", "4", "January");
        assertThat(marked("Work on the bridge carried on today despite the rain.", "today")).containsExactly("today");
    }

    @Test
    void anOfPhraseAfterTheDateSaysWhichTimeAndGoesWithIt() {
        assertThat(marked("The pressure dropped quickly in the first ten minutes of the repair.", "the first ten minutes"))
                .containsExactly("in", "the", "first", "ten", "minutes", "of", "the", "repair");
    }

    @Test
    void aPossessiveDateThatDeterminesItsNounStaysWithIt() {
        // fifty-fourth round: marked with its "'s", the date left "The Taliban were not invited to summit"
        assertThat(marked("The Taliban were not invited to last year's summit.", "last year")).isEmpty();
        // before a name the possessive is no determiner of a common noun: it goes
        assertThat(marked("The Taliban were not invited to Monday's Moscow talks.", "Monday")).containsExactly("Monday", "'s");
    }

    @Test
    void aDateBeforeItsNounLeavesThePhrasesWordsToTheNoun() {
        // twenty-second round: "spewing oil since the April 20 explosion" was labelled "spewing oil explosion"
        assertThat(marked("The well has been spewing oil since the April 20 explosion off the coast.", "April 20"))
                .containsExactly("April", "20");
        assertThat(marked("The president postponed his planned June 2010 trip to Indonesia.", "June 2010"))
                .containsExactly("June", "2010");
        // an article that fits the date, not its noun, goes with the date ("an breakfast")
        assertThat(marked("Podesta hosted an April 13 breakfast for the candidate.", "April 13"))
                .containsExactly("an", "April", "13");
        // the date's own preposition opens the phrase: no noun phrase holds the date
        assertThat(marked("On Tuesday officials said the well was capped.", "Tuesday")).contains("On", "Tuesday");
    }

    @Test
    void noDateMarksNothingAndOtherDatesAreMarkedToo() {
        String sentence = "India reopened its embassy in 2022 and in 2023 allowed the Taliban to take control.";
        ParsedSentence s = parser.parse(sentence, 0);
        assertThat(DateWords.mark(s, -1, -1)).doesNotContain(true);
        int a = sentence.indexOf("2022");
        int b = sentence.indexOf("2023");
        boolean[] both = DateWords.mark(s, a, a + 4, List.of(new int[] {b, b + 4}));
        long marked = 0;
        for (boolean m : both) {
            marked += m ? 1 : 0;
        }
        assertThat(marked).isEqualTo(4); // "in 2022", "in 2023"
    }

    @Test
    void aClockTimesZoneAndTheWordsThatPlaceItRoughlyGoWithIt() {
        // time-zones.txt's example; the label was "BP suspended pumping around local time"
        assertThat(marked("BP suspended pumping around midnight local time on Thursday.", "midnight"))
                .containsExactly("around", "midnight", "local", "time");
        assertThat(marked("The vote closed at 8pm GMT on Tuesday.", "8pm")).containsExactly("at", "8", "pm", "GMT");
        assertThat(marked("Police arrived shortly after midnight on Sunday.", "midnight"))
                .containsExactly("shortly", "after", "midnight");
        // an "around" the model reads as a preposition, after the clock's own (the label was "The show started at instead of")
        assertThat(marked("The show started at around 6.38 pm instead of the usual time.", "6.38 pm"))
                .containsExactly("at", "around", "6.38", "pm");
        // an abbreviation counts only in capitals
        assertThat(marked("The band played until 2 a.m. et cetera.", "2 a.m.")).containsExactly("until", "2", "a.m.");
    }

    @Test
    void aDatesQualifierAndItsUntilGoWithItButNotAnUntilThatGivesADeadline() {
        // date-qualifiers.txt's example; the label was "A vaccine won't be ready" only because "until" hung at its end
        assertThat(marked("A vaccine won't be ready until October at the earliest.", "October"))
                .containsExactly("until", "October", "at", "the", "earliest");
        // "until" opens no clause here: "The focus has until now been stopping the leak" → "The focus has been stopping"
        assertThat(marked("The focus has until now been stopping the leak.", "now")).containsExactly("until", "now");
        // a deadline for what follows keeps its "until": "Victims have to file claims" says another thing
        assertThat(marked("Victims have until Friday to file claims.", "Friday")).containsExactly("Friday");
        // "after" a stretch of time takes the stretch's phrase: was "The statement came after of negotiations"
        assertThat(marked("The statement came after 18 months of negotiations.", "18 months"))
                .containsExactly("after", "18", "months", "of", "negotiations");
    }

    @Test
    void aPartOfAPeriodWhoseDateFollowsIsTheDates() throws java.io.IOException {
        // sixty-second round; period-parts.txt's example: the label was "The firm will suspend its dividend for the rest"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example("/dateline/labels/period-parts.txt");
        String sentence = example.sentence();
        assertThat(new WrittenSentenceLabels().label(sentence, "this year")).isEqualTo(example.label());
        assertThat(marked("The rally will go on for the remainder of the week.", "the week")).containsExactly("for", "the",
                "remainder", "of", "the", "week");
    }

    @Test
    void aPartOfTheDayWhoseDateFollowsIsTheDates() {
        // forty-eighth round; was "The ferry sank on the morning"
        assertThat(new WrittenSentenceLabels().label("Even before the ferry sank on the morning of April 22, a rescue command was"
                + " set up on the island.", "April 22")).isEqualTo("The ferry sank");
        // a part of the day with no "of" after it stays the verb's: "arrived in the morning" is no date phrase
        assertThat(new WrittenSentenceLabels().label("The ferry arrived in the morning on April 22 with the last passengers.",
                "on April 22")).contains("in the morning");
    }

    @Test
    void aComparisonOfTimeBeforeTheDateIsTheDates() {
        // fifty-fourth round: 14 labels of the shared stories ended on "as" ("An official announcement could come as")
        assertThat(marked("An official announcement could come as early as Monday.", "Monday"))
                .containsExactly("as", "early", "as", "Monday");
        assertThat(marked("Family members had said as recently as Saturday that he was making progress.", "Saturday"))
                .containsExactly("as", "recently", "as", "Saturday");
        assertThat(new WrittenSentenceLabels().label("BP says work will begin as early as Thursday to drill a relief well.",
                "Thursday")).isEqualTo("Work will begin to drill a relief well");
        // a comparison of another kind is the verb's: "as bad as last winter"
        assertThat(marked("Forecasters expect conditions will be as bad as last winter.", "last winter"))
                .containsExactly("last", "winter");
        // one "as" is a preposition of its own: "as of Monday" keeps no comparison
        assertThat(marked("The rule applies as of Monday.", "Monday")).doesNotContain("applies");
    }

    @Test
    void anotherDateInsideTheDateAtTheSentencesEndIsMarkedWithIt() {
        // fifty-fourth round: the check for two dates joined as a subject read past the last word, and WikiWars lost
        // three articles ("could not be processed")
        String sentence = "The war began on April 12, 1861";
        ParsedSentence s = parser.parse(sentence, 0);
        int at = sentence.indexOf("April");
        int year = sentence.indexOf("1861");
        boolean[] skip = DateWords.mark(s, at, sentence.length(), List.of(new int[] {year, year + 4}));
        assertThat(skip[skip.length - 1]).isTrue();
        assertThat(skip[0]).isFalse();
    }
}
