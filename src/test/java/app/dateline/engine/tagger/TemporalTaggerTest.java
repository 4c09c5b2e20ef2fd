package app.dateline.engine.tagger;

import static app.dateline.engine.tagger.TaggerFixture.only;
import static app.dateline.engine.tagger.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    @Test
    void offsetsAreUtf16IndicesIntoTheBody() {
        String text = "Intro 🙂 line.\n“In April,” Russia accepted their ambassadors.";
        Mention m = only(text, "2022-08-16");
        assertThat(text.substring(m.begin(), m.end())).isEqualTo("April").isEqualTo(m.text());
        assertThat(m.sentence()).isEqualTo(1);
        assertThat(m.paragraph()).isEqualTo(1);
    }

    @Test
    void relativeDatesInAnArticleWithoutDateAreUnanchored() {
        List<Mention> mentions = tag("Last week the envoys met. In April they met again. On September 11, 2001 it began.", null);
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("XXXX-WXX", "XXXX-04", "2001-09-11");
        assertThat(mentions.get(0).anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        assertThat(mentions.get(0).timex().from()).isNull();
        assertThat(mentions.get(2).anchor().kind()).isEqualTo(AnchorKind.EXPLICIT);
    }

    @Test
    void impossibleDatesAreNotReported() {
        assertThat(tag("It happened on February 30, 2021 and on 32 March 2020.", "2024-03-05"))
                .noneMatch(m -> m.text().contains("February 30")).noneMatch(m -> m.text().contains("32"));
    }

    @Test
    void decadesLaterWithNoDateBeforeCountFromTheYearTheSentenceDatesItsEventBy() {
        // counted from the article date it was the 2040s (pooled BP, Fox News of 2010-06-04)
        Mention later = tag("Three decades later, the 1979 Ixtoc disaster remains the worst peacetime oil spill.", "2010-06-04").get(0);
        assertThat(later.text()).isEqualTo("Three decades later");
        assertThat(later.timex().value()).isEqualTo("200");
        assertThat(later.anchor().kind()).isEqualTo(AnchorKind.PREVIOUS_DATE);
        assertThat(later.anchor().explanation()).contains("the year the sentence dates the event by, 1979");
    }

    @Test
    void aCountLaterWithNothingToCountFromIsNotPutAfterTheArticleDate() {
        Mention decades = only("Two decades later, they agree on one thing with regard to the spill.", "2010-05-07");
        assertThat(decades.timex().value()).isEqualTo("XXX");
        assertThat(decades.timex().from()).isNull();
        assertThat(decades.anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        // the article's own day named before is no date to count decades from either
        List<Mention> dated = tag("The rig sank on May 7, 2010. Two decades later, they agree on one thing.", "2010-05-07");
        assertThat(dated.get(1).timex().value()).isEqualTo("XXX");
        // "later, in 2009": the year is the time counted to, not from
        List<Mention> appositive = tag("Three decades later, in 2009, the fund was still paying.", "2010-06-04");
        assertThat(appositive.get(0).timex().value()).isEqualTo("XXX");
        assertThat(appositive.get(1).timex().value()).isEqualTo("2009");
        // a plan's future stays: "two years later" after a year to come, in the future tense
        List<Mention> plan = tag("The plant will open in 2012, and two years later it will double its output.", "2010-06-04");
        assertThat(plan.get(1).timex().value()).isEqualTo("2014");
    }

    @Test
    void aYearLaterCountsFromTheDateBeforeAndKeepsItsGranularity() {
        List<Mention> mentions = tag("The Taliban took Kabul in August 2021. A year later, girls were still barred.", "2024-03-05");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("2021-08", "2022-08");
        assertThat(mentions.get(1).anchor().kind()).isEqualTo(AnchorKind.PREVIOUS_DATE);
    }

    @Test
    void aHalfIsWrittenInTheNextSmallerUnit() {
        assertThat(only("The talks lasted 2 1/2 years in Doha.", "2024-03-05").timex().value()).isEqualTo("P2Y6M");
        assertThat(only("The flight took about 5 1/2 hours in all.", "2024-03-05").timex().value()).isEqualTo("PT5H30M");
        assertThat(only("The applause lasted a minute and a half.", "2024-03-05").timex().value()).isEqualTo("PT1M30S");
    }

    @Test
    void aDateIsNoVerbOfAnother() {
        // "sat" is Saturday here, not the past of "sit": "friday night" is the coming one
        List<Mention> mentions = TaggerFixture.post("@rachel how about friday night or sat? We can go nearby our area! :)", "2012-11-22");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("2012-11-23TNI", "2012-11-24");
        // without the date, "sat" is a verb, and the Friday the past one
        assertThat(TaggerFixture.post("@rachel on friday night we sat at the bar :)", "2012-11-22"))
                .extracting(m -> m.timex().value()).containsExactly("2012-11-16TNI");
    }

    @Test
    void aDayOfTheWeekThatADayJustNamedFallsOnIsThatDay() {
        List<Mention> course = TaggerFixture.post("SILK SUSPENSION I and II May 5 - 6 (Tues-Wed 9:00am - 5:30pm) http://t.co/x", "2015-04-14");
        assertThat(course).filteredOn(m -> m.text().equals("Tues")).extracting(m -> m.timex().value()).containsExactly("2015-05-05");
        assertThat(course.stream().filter(m -> m.text().equals("Tues")).findFirst().orElseThrow().anchor().kind())
                .isEqualTo(AnchorKind.PREVIOUS_DATE);
        // the end of a range the day begins is another day: Sept. 14, 1989 was a Thursday too
        List<Mention> shares = tag("Crane holds 254,200 shares bought from Sept. 14 to Thursday for $15.50 each.", "1989-10-27");
        assertThat(shares).extracting(m -> m.timex().value()).containsExactly("1989-09-14", "1989-10-26");
    }

    @Test
    void aClockTimeAfterATimeOfADayIsOnThatDay() {
        // "9:00am - 5:30pm" on the Wed a day of May names: both times on 2015-05-06, not the post's day
        List<Mention> course = TaggerFixture.post("SILK SUSPENSION I and II May 5 - 6 (Tues-Wed 9:00am - 5:30pm) http://t.co/x", "2015-04-14");
        assertThat(course).filteredOn(m -> m.text().endsWith("m")).extracting(m -> m.timex().value())
                .containsExactly("2015-05-06T09:00", "2015-05-06T17:30");
        // with no day named before, a clock time is on the post's own day
        assertThat(TaggerFixture.post("reserve a table of 4 for me at 6pm!! #Friday", "2015-02-06"))
                .extracting(m -> m.timex().value()).containsExactly("2015-02-06T18:00");
    }

    @Test
    void futureTenseResolvesForward() {
        assertThat(only("The envoys will meet in January.", "2024-03-05").timex().value()).isEqualTo("2025-01");
        assertThat(only("The envoys met in January.", "2024-03-05").timex().value()).isEqualTo("2024-01");
    }

    @Test
    void aDayOfTheWeekAheadOfWhichSomethingHappensIsStillToCome() {
        // Michael Jackson's tribute concert in Cardiff was on Saturday 8 October 2011; the article is of Friday the 7th
        assertThat(only("His brothers spoke about their brother ahead of Saturday night's memorial concert in Cardiff.",
                "2011-10-07").timex().value()).isEqualTo("2011-10-08TNI");
        // the hearing was on Tuesday 11 May 2010; Reuters wrote on Monday the 10th
        assertThat(only("Nagel, speaking to reporters ahead of Senate hearings Tuesday, said the limit is not an effective cap.",
                "2010-05-10").timex().value()).isEqualTo("2010-05-11");
    }

    @Test
    void aRelativeClausesWillDoesNotMoveTheMainClausesDayAhead() {
        // an article of Friday 7 October 2011: the brothers defended it on the Tuesday before, the 4th
        assertThat(only("On Tuesday his brothers, who will be taking part in the tribute, defended the decision.",
                "2011-10-07").timex().value()).isEqualTo("2011-10-04");
        // with "will" as the main clause's verb it is the Tuesday to come
        assertThat(only("On Tuesday his brothers will take part in the tribute.", "2011-10-07").timex().value())
                .isEqualTo("2011-10-11");
    }

    @Test
    void aReadersCommentIsReadAgainstTheDayItWasWritten() {
        // the BBC editors' blog of 29 April 2009 (Timeline17, H1N1) and the comments under it, written days later
        List<Mention> mentions = tag("This week, one story has been prominent in our output: swine flu. "
                + "At 10:36 1st May 2009, Pendle_Witch wrote: Last night, the presenter on the second part of the Six O'clock "
                + "News Hour conducted a discussion about swine flu. The subsequent programme was shortened on Friday.", "2009-04-29");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("This week=2009-W18", "1st May 2009=2009-05-01", "Last night=2009-04-30TNI", "Friday=2009-05-01");
        assertThat(mentions.get(2).anchor().explanation()).contains("reader's comment");
    }

    @Test
    void aYearEarlierInAQuarterlyReportIsThatQuarterAYearBefore() {
        List<Mention> mentions = tag("Net income in the third quarter rose to $5 million from $4 million a year earlier. "
                + "Sales in the year-ago quarter were flat, and year-earlier costs were high.", "1989-11-02");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("the third quarter=1989-Q3", "a year earlier=1988-Q3", "the year-ago quarter=1988-Q3",
                        "year-earlier=1988-Q3");
    }

    @Test
    void aComparisonWithADateAlreadyAYearBackIsThatDate() {
        List<Mention> mentions = tag("Last year catastrophe losses totaled $5 million. The year-earlier results have been "
                + "restated. Production fell 8% from a year ago, and costs rose compared with a year earlier.", "1989-10-30");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("Last year=1988", "year-earlier=1988", "a year ago=1988", "a year earlier=1988");
    }

    @Test
    void theQuarterWithoutOneMentionedIsTheLastThatEnded() {
        assertThat(only("Profit in the latest quarter fell 5%.", "1989-11-02").timex().value()).isEqualTo("1989-Q3");
        assertThat(only("Profit in the quarter fell 5%.", "1990-02-10").timex().value()).isEqualTo("1989-Q4");
    }

    @Test
    void aClockTimeNattyReadsAroundADateWidensIt() {
        Mention m = only("The offer expires at 5 p.m. EST, Nov. 6, the company said.", "1989-11-02");
        assertThat(m.text()).isEqualTo("5 p.m. EST, Nov. 6");
        assertThat(m.timex().type()).isEqualTo(TimexType.TIME);
        assertThat(m.timex().value()).isEqualTo("1989-11-06T17:00");
    }

    @Test
    void stockPriceFractionsAreNotDatesOrTimes() {
        assertThat(tag("The shares rose 6 3/8 to 40 and then 7/8 more.", "1989-11-02")).isEmpty();
    }

    @Test
    void decadesOfDurationAreCountedInYears() {
        assertThat(only("The war lasted nearly two decades.", "2024-03-05").timex().value()).isEqualTo("P20Y");
    }

    @Test
    void aDayWithoutAYearIsTheNearOneEvenInAPastTenseSentence() {
        // "payable Dec. 7" in a sentence whose verb is past: a year back would be eleven months away
        assertThat(only("The board declared a dividend payable Dec. 7 to holders.", "1989-11-02").timex().value())
                .isEqualTo("1989-12-07");
        assertThat(only("The plan was announced Aug. 21 by the thrift.", "1989-11-02").timex().value())
                .isEqualTo("1989-08-21");
    }

    @Test
    void aClockTimeAloneIsOnTheDayUnderDiscussion() {
        List<Mention> mentions = tag("The blast hit Nairobi on Friday, Aug. 7, 1998. It struck at 10:35 a.m. near the embassy.",
                "1998-08-08");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("Friday, Aug. 7, 1998=1998-08-07", "10:35 a.m.=1998-08-07T10:35");
    }

    @Test
    void aClockTimeRightBeforeAWeekdayIsOnThatDay() {
        Mention m = only("The relatives have until 9 a.m. EST Tuesday to sign the paper.", "2000-04-01");
        assertThat(m.text()).isEqualTo("9 a.m. EST Tuesday");
        assertThat(m.timex().type()).isEqualTo(TimexType.TIME);
        assertThat(m.timex().value()).isEqualTo("2000-04-04T09:00");
    }

    @Test
    void aClockTimeInNewsTakesADayNamedInItsOwnSentenceOrTheOneBefore() {
        // the day two sentences back is not the clock time's: the shares recovered on the article's day
        List<Mention> far = tag("The rig exploded on April 20. Shares fell sharply. By 10am the shares had recovered.", "2010-06-01");
        assertThat(far).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("April 20=2010-04-20", "10am=2010-06-01T10:00");
        List<Mention> near = tag("The rig exploded on April 20. It blew up at 10pm, killing 11 workers.", "2010-06-01");
        assertThat(near).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("April 20=2010-04-20", "10pm=2010-04-20T22:00");
    }

    @Test
    void aLiveBlogEntryIsOnTheArticlesDay() {
        List<Mention> mentions = tag("The hearing recalls the blast of April 20.\n3.17 pm: So it has come to this.", "2010-05-26");
        assertThat(mentions).extracting(m -> m.text() + "=" + m.timex().value())
                .containsExactly("April 20=2010-04-20", "3.17 pm=2010-05-26T15:17");
    }

    @Test
    void aClockTimeTheRulesFindTakesTheDayRightAfterIt() {
        // forty-ninth round: "1930 CDT" was read on the article's day and "0030 GMT" on the day named before it (the BBC's
        // "This was completed at 1930 CDT on 1 June (0030 GMT 2 June)", written on 4 June, made events of 4 and 1 June)
        List<Mention> completed = tag("This was completed at 1930 CDT on 1 June (0030 GMT 2 June).", "2010-06-04");
        assertThat(completed).extracting(m -> m.text() + " = " + m.timex().value())
                .containsExactly("1930 CDT on 1 June = 2010-06-01T19:30", "0030 GMT 2 June = 2010-06-02T00:30Z");
        // past the same moment in another zone, in brackets
        assertThat(only("The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday.", "2010-07-16").timex().value())
                .isEqualTo("2010-07-15T14:25");
        // a clock time with no day after it stays on the article's day; a day after a full stop is another sentence's
        assertThat(only("The hearing resumes at 1400 EDT in Washington.", "2010-06-17").timex().value())
                .isEqualTo("2010-06-17T14:00");
        assertThat(tag("The vote came at 2000 GMT, and then on Friday the count began.", "2010-06-17"))
                .extracting(m -> m.text()).containsExactly("2000 GMT", "Friday");
    }
}
