package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates without a year in history and background text belong to the time the story is at. */
class StoryTimeTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    private static List<Mention> tag(String text, String dct) {
        Article article = new Article("story.txt", null, null, dct == null ? null : LocalDate.parse(dct),
                dct == null ? DateOrigin.UNKNOWN : DateOrigin.GIVEN, text, List.of());
        return TAGGER.tag(article, new Segmenter().segment(text), TaggingWarnings.NONE, false);
    }

    private static Mention find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + mentions));
    }

    private static final String HISTORY = """
            On September 1, 1939, the army crossed the border. By early October the country was divided.

            In 1940 the war moved west. The offensive began on 10 May 1940 and by June the capital had fallen. \
            An armistice followed on 22 June 1940. In August 1940 the air war began, and in September 1940 the \
            raids turned to the cities. The campaign ended in May 1941 and the army moved east on 22 June 1941.

            In December 1941 the war spread to the Pacific. In January the first defeats came.
            """;

    @Test
    void aHistoryIsReadAgainstTheTimeItTells() {
        List<Mention> m = tag(HISTORY, "2009-12-19");
        Mention october = find(m, "early October");
        assertThat(october.timex().value()).isEqualTo("1939-10");
        assertThat(october.anchor().kind()).isEqualTo(AnchorKind.STORY_TIME);
        assertThat(october.anchor().explanation()).contains("the time the story is at, 1939-09-01");
        assertThat(find(m, "June").timex().value()).isEqualTo("1940-06");
        // a story goes forward: January after December 1941 is January 1942
        assertThat(find(m, "January").timex().value()).isEqualTo("1942-01");
    }

    @Test
    void theWritersLastMonthInAParagraphWithoutADateIsTheWriters() {
        // fifty-third round: a Fox News feature on 1969's spill read "An AP poll last month found" as December 1968
        String feature = HISTORY + """

                An opinion poll last month found that most voters rated the environment as important.

                In December 1941, a week before Christmas, the fleet sailed. The losses of the previous year were replaced.
                """;
        List<Mention> m = tag(feature, "2010-07-29");
        assertThat(find(m, "last month").timex().value()).isEqualTo("2010-06");
        // a year counted from the story's stays the story's
        assertThat(find(m, "the previous year").timex().value()).isEqualTo("1940");
    }

    @Test
    void aWeekdayThatOnlyAYearOrAMonthStandsBeforeIsNotPlaced() {
        // an undated wire story: "Friday" was the last Friday before the year it named (2008-12-26)
        List<Mention> m = tag("The virus was first found in pigs in 2009. Officials confirmed a new case on Friday.", null);
        Mention friday = find(m, "Friday");
        assertThat(friday.timex().value()).isEqualTo("XXXX-WXX-5");
        assertThat(friday.anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        assertThat(friday.anchor().explanation()).contains("2009");
        // after a day the story is at, a weekday is placed as before
        List<Mention> day = tag("The virus was first found on 27 April 2009. Officials confirmed a new case on Friday.", null);
        assertThat(find(day, "Friday").timex().value()).isEqualTo("2009-04-24");
    }

    private static final String ANCIENT = """
            The revolt lasted from 499 to 493 BC. In 498 BC the rebels burnt Sardis, and in 497 BC the army struck             back. By 494 BC the fleet had regrouped. In 492 BC a fleet sailed west, and in 490 BC it landed at             Marathon. The following year the commander died. In 481 BC the king gathered his army at Sardis.

            In 480 BC the army crossed into Europe. In September the fleet met the Greeks at Salamis. The winter \
            passed quietly, and a decade later the alliance was strong.
            """;

    @Test
    void aHistoryBeforeChristIsReadAgainstTheTimeItTellsAndKeepsItsEra() {
        List<Mention> m = tag(ANCIENT, "2009-12-19");
        Mention year = find(m, "The following year");
        assertThat(year.timex().value()).isEqualTo("BC0489");
        assertThat(year.timex().from()).isNull(); // a date before Christ stays off the timeline
        Mention september = find(m, "September");
        assertThat(september.timex().value()).isEqualTo("BC0480-09");
        assertThat(september.anchor().kind()).isEqualTo(AnchorKind.STORY_TIME);
        assertThat(september.anchor().explanation()).contains("BC0480");
    }

    @Test
    void theSameSentencesInTheNewsOfTheirDayAreReadAgainstTheArticleDate() {
        String news = "The envoys met on Friday. In January the talks had stalled, officials said last week.";
        Mention january = find(tag(news, "2024-03-05"), "January");
        assertThat(january.timex().value()).isEqualTo("2024-01");
        assertThat(january.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
    }

    @Test
    void anArticleWithoutADateIsNarrativeAndNothingIsInvented() {
        List<Mention> m = tag("In April the rains came. On 20 August 1950 the army crossed the river. In October it halted.", null);
        assertThat(find(m, "April").timex().value()).isEqualTo("XXXX-04");
        assertThat(find(m, "April").anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        assertThat(find(m, "October").timex().value()).isEqualTo("1950-10");
        assertThat(find(m, "October").anchor().kind()).isEqualTo(AnchorKind.STORY_TIME);
    }

    @Test
    void aBackgroundParagraphOfANewsArticleTakesTheYearItOpensWith() {
        String news = "The company reported a loss on Friday, officials said.\n\n"
                + "On Aug. 2, 1988, the company was founded. In September it opened its first office.";
        List<Mention> m = tag(news, "1998-03-05");
        assertThat(find(m, "September").timex().value()).isEqualTo("1988-09");
        assertThat(find(m, "Friday").timex().value()).isEqualTo("1998-02-27");
    }

    @Test
    void aMonthGuessedIntoTheNextYearDoesNotCarryTheStoryThere() {
        List<Mention> m = tag(HISTORY + "\nIn April 1942 the front was calm beside the carnage of November and January. "
                + "In May the offensive resumed.\n", "2009-12-19");
        List<Mention> added = m.subList(m.indexOf(find(m, "April 1942")), m.size());
        assertThat(added).extracting(x -> x.text() + "=" + x.timex().value())
                .containsExactly("April 1942=1942-04", "November=1942-11",
                        "January=1943-01", // the guess, read forward
                        "May=1942-05");    // but the story is still in 1942
    }

    @Test
    void aDateWhereSomethingEndedDoesNotMoveTheStory() {
        List<Mention> m = tag(HISTORY + "\nIn September 1942 the siege began and it lasted until the fall of the city in "
                + "February 1944. By the start of July the front had moved west.\n", "2009-12-19");
        assertThat(find(m, "February 1944").timex().value()).isEqualTo("1944-02");
        assertThat(find(m, "the start of July").timex().value()).isEqualTo("1942-07");
    }

    @Test
    void thatYearIsTheYearNamedLastEvenWhenItWasNamedInPassing() {
        // a family history told from 2004: 1881 is far from the story and does not move it, but "that year" is 1881
        List<Mention> m = tag("In March 2004 I wrote to the archive. My grandfather was born in 1870, his father in 1823. "
                + "They moved sometime pre-1881 to Wrexham (as they are listed here on the census of that year).\n", "2010-06-29");
        Mention thatYear = find(m, "that year");
        assertThat(thatYear.timex().value()).isEqualTo("1881");
        assertThat(thatYear.anchor().kind()).isEqualTo(AnchorKind.PREVIOUS_DATE);
    }

    @Test
    void todayInAHistoryIsTheWritersDayAndDoesNotMoveTheStory() {
        List<Mention> m = tag(HISTORY + "\nThe battlefield is today a park. In February the retreat began.\n", "2009-12-19");
        assertThat(find(m, "today").timex().value()).isEqualTo("2009-12-19");
        assertThat(find(m, "February").timex().value()).isEqualTo("1942-02");
    }

    @Test
    void theLastCenturyInAHistoryIsTheWritersAndThePreviousCenturyTheStorys() {
        // read against the story's 1941, "the middle of last century" was the 1800s (pooled BP: against 1953)
        List<Mention> m = tag(HISTORY + "\nIn the middle of last century the country was rebuilt. The war had undone "
                + "the gains of the previous century.\n", "2009-12-19");
        Mention last = find(m, "the middle of last century");
        assertThat(last.timex().value()).isEqualTo("19");
        assertThat(last.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
        assertThat(find(m, "the previous century").timex().value()).isEqualTo("18");
    }

    @Test
    void thePastCenturyInAHistoryIsTheHundredYearsUpToTheWritersDay() {
        // against the story's 1941 it would be the 1800s; a writer of 1989 means 1889-1989, most of it the 1900s
        // (read as the century before the writer's, as "the last century" is, it was the 1800s too)
        List<Mention> m = tag(HISTORY + "\nNo war of the past century cost more lives. In February the retreat began.\n",
                "1989-11-01");
        Mention past = find(m, "the past century");
        assertThat(past.timex().value()).isEqualTo("19");
        assertThat(past.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
        assertThat(find(m, "February").timex().value()).isEqualTo("1942-02");
    }

    @Test
    void aPostIsReadWithTheWordsOfPosts() {
        String post = "movie tmr night with the gang, best of 2014 #fun";
        Article article = new Article("post.txt", null, null, LocalDate.of(2014, 7, 21), DateOrigin.GIVEN, post, List.of());
        List<Mention> m = TAGGER.tag(article, new Segmenter().segment(post));
        assertThat(find(m, "tmr night").timex().value()).isEqualTo("2014-07-22TNI");
        assertThat(find(m, "2014").timex().value()).isEqualTo("2014"); // a year is a year, in a post as in the news
        assertThat(find(m, "2014").timex().from()).isEqualTo(LocalDate.of(2014, 1, 1));
    }
}
