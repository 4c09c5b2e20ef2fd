package app.dateline.engine.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryQueryTest {

    private static final String TEXT = "The Taliban met envoys from China in Doha. The Security Council said nothing.";

    @Test
    void andBindsBeforeOrAndWordsSideBySideMeanAnd() {
        assertThat(StoryQuery.parse("taliban china").matches(TEXT)).isTrue();
        assertThat(StoryQuery.parse("Taliban AND Russia").matches(TEXT)).isFalse();
        assertThat(StoryQuery.parse("Russia OR China").matches(TEXT)).isTrue();
        assertThat(StoryQuery.parse("Russia AND Kabul OR Doha").matches(TEXT)).isTrue(); // (Russia AND Kabul) OR Doha
        assertThat(StoryQuery.parse("Russia AND (Kabul OR Doha)").matches(TEXT)).isFalse();
        assertThat(StoryQuery.parse("Taliban AND (Russia OR \"security council\")").matches(TEXT)).isTrue();
    }

    @Test
    void wordsAreWholeWordsIgnoringCase() {
        assertThat(StoryQuery.parse("Tali").matches(TEXT)).isFalse();
        assertThat(StoryQuery.parse("TALIBAN").matches(TEXT)).isTrue();
        assertThat(StoryQuery.parse("\"council said\"").matches(TEXT)).isTrue();
        assertThat(StoryQuery.parse("\"china said\"").matches(TEXT)).isFalse();
    }

    @Test
    void theTitleCountsToo() {
        Article a = new Article("a.txt", "Kabul diary", null, LocalDate.of(2021, 8, 16), DateOrigin.FRONT_MATTER, TEXT, List.of());
        assertThat(StoryQuery.parse("Kabul AND Doha").matches(a)).isTrue();
    }

    @Test
    void aBrokenQueryIsNamed() {
        assertThatThrownBy(() -> StoryQuery.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> StoryQuery.parse("Taliban AND")).hasMessageContaining("ends where a word should come");
        assertThatThrownBy(() -> StoryQuery.parse("(Taliban OR China")).hasMessageContaining("bracket");
        assertThatThrownBy(() -> StoryQuery.parse("Taliban)")).hasMessageContaining("')'");
        assertThatThrownBy(() -> StoryQuery.parse("\"Security Council")).hasMessageContaining("quote");
        assertThatThrownBy(() -> new DateWindow(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1))).hasMessageContaining("before it begins");
    }
}
