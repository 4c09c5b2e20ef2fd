package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolverTest {

    private final Resolver resolver = new Resolver();
    private static final LocalDate DCT = LocalDate.of(2024, 3, 5); // a Tuesday

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "UNDEF-year-02,          PAST,    2024-02",
            "UNDEF-year-11,          PAST,    2023-11",
            "UNDEF-year-11,          PRESENT, 2023-11",
            "UNDEF-year-05,          PRESENT, 2024-05",
            "UNDEF-year-01,          FUTURE,  2025-01",
            "UNDEF-year-03,          FUTURE,  2024-03",
            "UNDEF-year-08-06,       PAST,    2023-08-06",
            "UNDEF-year-04-06,       PAST,    2024-04-06",
            // a past tense turns a day ahead only within a quarter: "the blow-out on 20 April" in January is last April's
            "UNDEF-year-06-20,       PAST,    2023-06-20",
            "UNDEF-year-02-06,       FUTURE,  2024-02-06",
            "UNDEF-year-Q3,          PAST,    2023-Q3",
            "UNDEF-year-Q1,          PRESENT, 2024-Q1",
            "UNDEF-weekday-WE,       PAST,    2024-W09-WE",
            "UNDEF-year-11-22-D4,    PAST,    2023-11-23",
            "UNDEF-year-11-22-D4,    FUTURE,  2024-11-28",
            "UNDEF-year-E0,          FUTURE,  2024-03-31",
            "UNDEF-year-E-2,         PAST,    2023-04-07",
            "UNDEF-year-EW,          PAST,    2023-W14",
            "UNDEF-year-EW,          FUTURE,  2024-W13",
            "UNDEF-weekday-WE,       FUTURE,  2024-W10-WE",
            "UNDEF-REF-quarter,      PAST,    2023-Q4",
            "UNDEF-REF-quarter-MINUS-4, PAST, 2022-Q4",
            "UNDEF-ago-year-MINUS-1, PAST,    2023",
            "UNDEF-this-year-PLUS-1+-Q1, FUTURE, 2025-Q1",
            "UNDEF-this-week-MINUS-1, PAST,   2024-W09",
            "UNDEF-this-year-MINUS-2, PAST,   2022",
            "UNDEF-this-decade,      PRESENT, 202",
            "UNDEF-this-quarter,     PRESENT, 2024-Q1",
            "UNDEF-last-12,          PAST,    2023-12",
            "UNDEF-last-03,          PAST,    2023-03",
            "UNDEF-next-03,          FUTURE,  2025-03",
            "UNDEF-this-SP,          PAST,    2024-SP",
            "UNDEF-last-SU,          PAST,    2023-SU",
            "UNDEF-weekday-5,        PAST,    2024-03-01",
            "UNDEF-weekday-5,        FUTURE,  2024-03-08",
            "UNDEF-weekday-2,        PAST,    2024-03-05",
            "UNDEF-last-weekday-2,   PAST,    2024-02-27",
            "UNDEF-weekday-3+TEV,    PAST,    2024-02-28TEV",
            "UNDEF-this-year-MINUS-50=century, PAST, 19",
            "UNDEF-this-year-MINUS-0=century,  PAST, 20",
            "UNDEF-short-decade-2,   PAST,    202",
            "UNDEF-short-decade-1,   PAST,    201",
    })
    void resolvesAgainstTheArticleDateAndTense(String value, Tense tense, String expected) {
        ResolvedValue r = resolver.resolve(value, DCT, null, tense);
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
        assertThat(r.anchor().explanation()).contains("2024-03-05");
    }

    @ParameterizedTest(name = "weekend at {0} ({1})")
    @CsvSource({"9999-12-31, FUTURE", "0001-01-01, PAST"})
    void aWeekendPastTheEdgeOfTheCalendarIsLeftUnknownRatherThanFailing(LocalDate dct, Tense tense) {
        // the next Saturday after 9999-12-31 is 10000-01-01, the last before 0001-01-01 is BC0001-12-30: no ISO week
        ResolvedValue r = resolver.resolve("UNDEF-weekday-WE", dct, null, tense);
        assertThat(r.value()).isEqualTo("XXXX-WXX-WE");
        assertThat(r.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
    }

    @Test
    void explainsWhichPartCameFromTheArticleDate() {
        assertThat(resolver.resolve("UNDEF-year-01", DCT, null, Tense.PAST).anchor().explanation())
                .isEqualTo("month from the text, year the latest (past tense) up to the article date 2024-03-05");
    }

    @Test
    void referenceFormsUseTheDateMentionedBefore() {
        ResolvedValue r = resolver.resolve("UNDEF-REF-month-PLUS-1", DCT, Timex.of(TimexType.DATE, "2023-05-01", null), Tense.PAST);
        assertThat(r.value()).isEqualTo("2023-06");
        assertThat(r.anchor().kind()).isEqualTo(AnchorKind.PREVIOUS_DATE);
        assertThat(resolver.resolve("UNDEF-REF-month-PLUS-1", DCT, null, Tense.PAST).value()).isEqualTo("2024-04");
    }

    @Test
    void aYearBeforeTheDateUnderDiscussionKeepsItsGranularity() {
        Timex quarter = Timex.of(TimexType.DATE, "2023-Q3", null);
        assertThat(resolver.resolve("UNDEF-ago-year-MINUS-1", DCT, quarter, Tense.PAST).value()).isEqualTo("2022-Q3");
        assertThat(resolver.resolve("UNDEF-REF-year-MINUS-1", DCT, quarter, Tense.PAST).value()).isEqualTo("2022-Q3");
        assertThat(resolver.resolve("UNDEF-REF-quarter", DCT, quarter, Tense.PAST).value()).isEqualTo("2023-Q3");
        assertThat(resolver.resolve("UNDEF-REF-quarter-MINUS-4", DCT, quarter, Tense.PAST).value()).isEqualTo("2022-Q3");
        Timex day = Timex.of(TimexType.DATE, "2024-02-29", null);
        assertThat(resolver.resolve("UNDEF-REF-year-MINUS-1", DCT, day, Tense.PAST).value()).isEqualTo("2023-02-28");
        Timex old = Timex.of(TimexType.DATE, "2019-05", null);
        assertThat(resolver.resolve("UNDEF-ago-year-MINUS-1", DCT, old, Tense.PAST).value())
                .as("a date long before the article is not what 'a year ago' counts from").isEqualTo("2023");
    }

    @Test
    void withoutAnArticleDateNothingIsInvented() {
        ResolvedValue month = resolver.resolve("UNDEF-year-04", null, null, Tense.PAST);
        assertThat(month.value()).isEqualTo("XXXX-04");
        assertThat(month.anchor().kind()).isEqualTo(AnchorKind.UNANCHORED);
        assertThat(resolver.resolve("UNDEF-this-week-MINUS-1", null, null, Tense.PAST).value()).isEqualTo("XXXX-WXX");
        assertThat(resolver.resolve("UNDEF-weekday-1", null, null, Tense.PAST).value()).isEqualTo("XXXX-WXX-1");
    }

    @Test
    void aDirectionWithoutADistanceIsAPastOrFutureReference() {
        assertThat(resolver.resolve("UNDEF-this-year-MINUS-X", DCT, null, Tense.PAST).value()).isEqualTo("PAST_REF");
        assertThat(resolver.resolve("UNDEF-this-day-PLUS-X", DCT, null, Tense.FUTURE).value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void explicitValuesPassThrough() {
        ResolvedValue r = resolver.resolve("2001-09-11", DCT, null, Tense.PAST);
        assertThat(r.value()).isEqualTo("2001-09-11");
        assertThat(r.anchor().kind()).isEqualTo(AnchorKind.EXPLICIT);
    }
}
