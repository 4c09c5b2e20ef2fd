package app.dateline.engine.tagger;

import static app.dateline.engine.tagger.TaggerFixture.only;
import static app.dateline.engine.tagger.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways raw Natty goes wrong on news (README.md, "How dates are read"), each checked against what Dateline reports. */
class NattyPitfallsTest {

    @Test
    void lateJanuaryKeepsLate() {
        Mention m = only("At a ceremony in Beijing in late January, Xi accepted the credentials.", "2024-03-05");
        assertThat(m.text()).isEqualTo("late January");
        assertThat(m.timex().value()).isEqualTo("2024-01");
        assertThat(m.timex().mod()).isEqualTo(TimexMod.END);
        assertThat(m.timex().from()).isEqualTo(LocalDate.of(2024, 1, 22));
    }

    @Test
    void inAYearIsFound() {
        Mention m = only("China reopened its embassy in Kabul in 2022.", "2024-03-05");
        assertThat(m.timex().value()).isEqualTo("2022");
        assertThat(m.timex().granularity()).isEqualTo(Granularity.YEAR);
    }

    @Test
    void theNinetiesAreADecade() {
        Mention m = only("The first Taliban regime in the 1990s was isolated.", "2024-03-05");
        assertThat(m.timex().value()).isEqualTo("199");
        assertThat(m.timex().granularity()).isEqualTo(Granularity.DECADE);
    }

    @Test
    void theSummerOf2021IsTheSeasonNotTheArticleDate() {
        Mention m = only("The Taliban retook Kabul in the summer of 2021.", "2024-03-05");
        assertThat(m.timex().value()).isEqualTo("2021-SU");
        assertThat(m.timex().granularity()).isEqualTo(Granularity.SEASON);
    }

    @Test
    void forTwoYearsIsADurationNotADate() {
        Mention m = only("The envoys have waited for two years.", "2024-03-05");
        assertThat(m.timex().type()).isEqualTo(TimexType.DURATION);
        assertThat(m.timex().value()).isEqualTo("P2Y");
        assertThat(m.timex().isAnchoredPoint()).isFalse();
    }

    @Test
    void mayTheVerbAndSunTheNewspaperAreNotDates() {
        assertThat(tag("Officials may meet again, the Sun reported.", "2024-03-05")).isEmpty();
        assertThat(tag("Thus, the Taliban may march on.", "2024-03-05")).isEmpty();
    }

    @Test
    void saidFridayIsThePastFriday() {
        Mention m = only("The spokesman said Friday that talks would continue.", "2024-03-05");
        assertThat(m.timex().value()).isEqualTo("2024-03-01");
        assertThat(m.anchor().kind()).isEqualTo(AnchorKind.ARTICLE_DATE);
    }

    @Test
    void onMondayAfterANameIsFound() {
        Mention m = only("Foreign Ministry spokesperson Wang Wenbin on Monday blasted U.S. involvement.", "2022-08-16");
        assertThat(m.text()).isEqualTo("Monday");
        assertThat(m.timex().value()).isEqualTo("2022-08-15");
    }

    @Test
    void trailingSpaceChangesNothing() {
        List<Mention> plain = tag("Talks resumed on March 3.", "2024-03-05");
        List<Mention> spaced = tag("Talks resumed on March 3.   ", "2024-03-05");
        assertThat(spaced).extracting(m -> m.timex().value()).isEqualTo(plain.stream().map(m -> m.timex().value()).toList())
                .containsExactly("2024-03-03");
    }

    @Test
    void nattyFillsGapsWithGranularityReadFromItsParseTree() {
        // No rule covers "Christmas Day"; Natty finds it and its tree names the holiday, the year comes from us.
        Mention m = only("The prisoners were freed on Christmas Day, officials said.", "2024-03-05");
        assertThat(m.origin()).startsWith("natty");
        assertThat(m.timex().value()).isEqualTo("2023-12-25");
        assertThat(m.timex().granularity()).isEqualTo(Granularity.DAY);
        // Natty seeks moving holidays from its own clock; the rules place them by tense instead
        assertThat(only("Talks will resume by Thanksgiving.", "2024-03-05").timex().value()).isEqualTo("2024-11-28");
        assertThat(only("The boy was found on Thanksgiving Day.", "2024-03-05").timex().value()).isEqualTo("2023-11-23");
    }

    @Test
    void nattyParseTreesBecomeOurValueForms() {
        NattyParser natty = new NattyParser(w -> true);
        assertThat(natty.parse("He said Friday it was done.", LocalDate.of(2024, 3, 5)))
                .extracting(NattyCandidate::value).containsExactly("UNDEF-weekday-5");
        assertThat(natty.parse("They met on April 6, 2023 in Washington.", LocalDate.of(2024, 3, 5)))
                .extracting(NattyCandidate::value).containsExactly("2023-04-06");
        assertThat(natty.parse("for two years we may go", LocalDate.of(2024, 3, 5))).isEmpty();
    }

    @Test
    void whateverNattyThrowsIsCaught() {
        NattyParser natty = new NattyParser(w -> true);
        String hostile = "(((( 12/12/12/12/12 :::: " + "9".repeat(400) + " of of of the the ))))";
        assertThat(natty.parse(hostile, LocalDate.of(2024, 3, 5))).isNotNull();
        assertThat(natty.parse("", null)).isEmpty();
    }
}
