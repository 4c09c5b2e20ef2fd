package app.dateline.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private final RuleSet rules = RuleSet.english();

    @Test
    void longerMatchWinsOverAShorterOneInside() {
        List<RuleMatch> matches = rules.match("The attacks of September 11, 2001 changed everything.");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).rule().name()).isEqualTo("month-day-year");
        assertThat(matches.get(0).value()).isEqualTo("2001-09-11");
    }

    @Test
    void capitalOnlyWordsAreNotMatchedInLowerCase() {
        assertThat(rules.match("Officials may march on the capital.")).isEmpty();
        assertThat(rules.match("Officials met in May.")).extracting(RuleMatch::value).containsExactly("UNDEF-year-05");
    }

    @Test
    void moneyBlocksTheYearRule() {
        assertThat(rules.match("The plan costs $2021 per family.")).isEmpty();
    }

    @Test
    void aWordTableReadAloneIsTheRuleTablesOwn() {
        assertThat(rules.tables()).isNotEmpty();
        rules.tables().forEach((name, table) -> {
            WordTable alone = RuleSet.loadTable(name);
            assertThat(alone.alternation()).as(name).isEqualTo(table.alternation());
        });
        assertThat(RuleSet.englishTable("tense")).isSameAs(rules.table("tense")); // once the rules are loaded
        assertThat(RuleSet.loadTable("tense").value("will")).isEqualTo("FUTURE").isEqualTo(rules.table("tense").value("will"));
    }

    @Test
    void aMissingWordTableIsNamed() {
        assertThatThrownBy(() -> RuleSet.loadTable("nosuch")).hasMessageContaining("nosuch");
    }

    @Test
    void unknownPlaceholderIsReportedWithItsName() {
        assertThatThrownBy(() -> RuleSet.expand("{nosuch} {year}", Map.of(), Map.of("year", "\\d{4}")))
                .hasMessageContaining("{nosuch}");
    }

    @Test
    void aSpaceInAPatternMatchesAnyWhiteSpace() {
        assertThat(rules.match("in August\n  2021 the Taliban")).extracting(RuleMatch::value).containsExactly("2021-08");
    }

    @Test
    void aShortTextWithAMarkOfAPostOrNoFinalFullStopIsAPost() {
        assertThat(RuleSet.isPost("movie tmr night with the gang #fun")).isTrue();
        assertThat(RuleSet.isPost("I miss my mom. Can tuesday come already...")).isTrue(); // trails off
        assertThat(RuleSet.isPost("so tired today")).isTrue();
        assertThat(RuleSet.isPost("tmr is an Equinox day. Sun will rise exactly in East.")).isTrue(); // no capital
        assertThat(RuleSet.isPost("Won't have to feel bad abt missing the night walk, cuz no one is doing it.")).isTrue();
        assertThat(RuleSet.isPost("I doubt i would be busking for the upcoming year.")).isTrue();
        assertThat(RuleSet.isPost("Survived 7Days 6Nights in Thailand and a few hours in Laos.")).isTrue(); // a glued unit
        assertThat(RuleSet.isPost("Time really flies during the o level year, true shit.")).isTrue(); // swearing
        assertThat(RuleSet.isPost("The council met on Tuesday in Geneva.")).isFalse(); // a news sentence
        assertThat(RuleSet.isPost("The talks lasted 7 days and 6 nights in Geneva.")).isFalse();
        assertThat(RuleSet.isPost("The council met on Tuesday in Geneva. ".repeat(10))).isFalse();
    }

    @Test
    void aShortTextWhoseWriterSaysIOrLeavesItOutIsAPost() {
        assertThat(RuleSet.isPost("Like seasons. I feel my winter is about to end.")).isTrue();
        assertThat(RuleSet.isPost("The season of growth reminds me of the good old days.")).isTrue();
        assertThat(RuleSet.isPost("Hate school days like this.")).isTrue(); // no "I" before the verb
        assertThat(RuleSet.isPost("Just want to take a long walk in the night with someone close.")).isTrue();
        // news: the writer's "I" only inside a quotation, a Roman numeral, a name
        assertThat(RuleSet.isPost("\"I will go,\" the minister said on Tuesday.")).isFalse();
        assertThat(RuleSet.isPost("World War I ended in November 1918.")).isFalse();
        assertThat(RuleSet.isPost("The Love Parade was cancelled on Tuesday.")).isFalse();
    }
}
