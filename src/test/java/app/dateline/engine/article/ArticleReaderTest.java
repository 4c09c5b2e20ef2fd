package app.dateline.engine.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private Article read(String text) throws ArticleReadException {
        return reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void frontMatterGivesTitlePublisherAndDateAndTheBodyFollowsItExactly() throws Exception {
        Article a = read("---\ntitle: \"Talks: a new round\"\npublisher: Newsweek\npublished: 2022-08-16\n---\nBody line one.\nTwo.");
        assertThat(a.title()).isEqualTo("Talks: a new round");
        assertThat(a.publisher()).isEqualTo("Newsweek");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 8, 16));
        assertThat(a.dateOrigin()).isEqualTo(DateOrigin.FRONT_MATTER);
        assertThat(a.body()).isEqualTo("Body line one.\nTwo.");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreHandled() throws Exception {
        Article a = read("\uFEFF---\r\npublished: 2021-09-24\r\n---\r\nOn Thursday he spoke.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 9, 24));
        assertThat(a.body()).isEqualTo("On Thursday he spoke.");
    }

    @Test
    void withoutFrontMatterAPublishedLineGivesTheDate() throws Exception {
        Article a = read("Truth, Inspiration, Hope.\n\nHeadline\nLeo Timm\nPublished: April 11, 2023\nText.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(a.dateOrigin()).isEqualTo(DateOrigin.DATE_LINE);
        assertThat(a.body()).startsWith("Truth, Inspiration, Hope.");
    }

    @Test
    void anUpdateLineIsUsedWhenThereIsNoPublishedLine() throws Exception {
        assertThat(read("Text.\nUpdate 08/16/22, 5:04 p.m. ET: This article was updated.").published())
                .isEqualTo(LocalDate.of(2022, 8, 16));
    }

    @Test
    void theGivenDateIsTheLastResortAndUnknownStaysUnknown() throws Exception {
        Article given = new ArticleReader(LocalDate.of(2020, 1, 2)).read("a.txt", "No date here.".getBytes(StandardCharsets.UTF_8));
        assertThat(given.published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(given.dateOrigin()).isEqualTo(DateOrigin.GIVEN);
        Article none = read("No date here.");
        assertThat(none.published()).isNull();
        assertThat(none.dateOrigin()).isEqualTo(DateOrigin.UNKNOWN);
    }

    @Test
    void impossiblePublishedDateIsAWarningNotAnInventedDate() throws Exception {
        Article a = read("---\ntitle: T\npublished: 2021-02-30\n---\nBody.");
        assertThat(a.published()).isNull();
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.warnings()).singleElement().asString().contains("2021-02-30");
    }

    @Test
    void unclosedFrontMatterKeepsTheWholeTextAsBody() throws Exception {
        Article a = read("---\ntitle: T\nBody without a closing line.");
        assertThat(a.body()).isEqualTo("---\ntitle: T\nBody without a closing line.");
        assertThat(a.warnings()).singleElement().asString().contains("not closed");
    }

    @Test
    void malformedYamlIsAWarningAndTheBodyIsStillRead() throws Exception {
        Article a = read("---\ntitle: [unclosed\n---\nBody.");
        assertThat(a.body()).isEqualTo("Body.");
        assertThat(a.warnings()).singleElement().asString().contains("not valid YAML");
    }

    @Test
    void anUnquotedColonInTheTitleDoesNotLoseTheDate() throws Exception {
        Article a = read("---\npublished: 2000-04-03\ntitle: Castro: Elian's Dad May Come Monday\n---\nBody.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2000, 4, 3));
        assertThat(a.title()).isEqualTo("Castro: Elian's Dad May Come Monday");
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0])).hasMessage("empty.txt: is empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> reader.read("photo.txt", png)).hasMessageStartingWith("photo.txt: is not a text file");
    }

    @Test
    void windows1252IsReadWithItsCurlyQuotesAndAWarning() throws Exception {
        byte[] bytes = "He said \u201cno\u201d on Monday.".getBytes(Charset.forName("windows-1252"));
        Article a = reader.read("cp.txt", bytes);
        assertThat(a.body()).isEqualTo("He said \u201cno\u201d on Monday.");
        assertThat(a.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void htmlIsReadAsTextWithoutMarkupOrScripts(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>x</title><script>alert('x')</script></head>"
                + "<body><h1>Headline</h1><p>The Taliban took Kabul in <b>August 2021</b>.</p></body></html>");
        Article a = reader.read(page);
        assertThat(a.body()).contains("Headline").contains("The Taliban took Kabul in August 2021.")
                .doesNotContain("<").doesNotContain("alert");
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt"))).hasMessageContaining("gone.txt").hasMessageContaining("does not exist");
    }
}
