package app.dateline.engine.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The second round of bad input (issue 10) that the article reader meets: items 3, 6, 9, 13, 14 and 16. */
class ArticleReaderRoundTwoTest {

    private final ArticleReader reader = new ArticleReader();

    private Article read(String name, String text) throws ArticleReadException {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    // 3. Front matter in linear time: bounded before the YAML parser, with a warning; the body is still read.
    @Test
    void aHugeScalarInTheFrontMatterIsLeftOutWithAWarningAndTheRestIsRead() throws Exception {
        byte[] picture = new byte[600_000];
        new Random(7).nextBytes(picture);
        String base64 = Base64.getEncoder().encodeToString(picture);
        Article a = read("a.txt", "---\ntitle: Talks resume\nthumbnail: " + base64 + "\npublished: 2022-08-16\n---\nIn April, talks resumed.");
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 8, 16));
        assertThat(a.body()).isEqualTo("In April, talks resumed.");
        assertThat(a.warnings()).singleElement().asString().startsWith("front matter is too large to read as YAML")
                .contains("800,054 characters, longest line 800,011").contains("at most 65,536 and 4,096");
    }

    @Test
    void frontMatterOverTheSizeLimitIsReadLineByLine() throws Exception {
        String many = "tag: news\n".repeat(FrontMatter.MAX_CHARS / 10 + 1);
        Article a = read("a.txt", "---\ntitle: T\n" + many + "published: 2021-01-02\n---\nBody.");
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 1, 2));
        assertThat(a.warnings()).singleElement().asString().contains("too large to read as YAML");
    }

    // 6. HTML and front matter.
    @Test
    void anHtmlFileMayStartWithFrontMatter() throws Exception {
        Article a = read("a.html", "---\ntitle: From the front matter\npublished: 2022-08-16\n---\n<p>In April, <b>talks</b> resumed.</p>");
        assertThat(a.title()).isEqualTo("From the front matter");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 8, 16));
        assertThat(a.body()).isEqualTo("In April, talks resumed.");
    }

    @Test
    void markupThatLooksLikeFrontMatterInsideTheHtmlNeverSetsDateOrTitle() throws Exception {
        Article a = read("a.html", "<html><body><p>---</p><p>title: Forged</p><p>published: 2001-01-01</p><p>---</p>"
                + "<p>In April, talks resumed.</p></body></html>");
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.body()).contains("In April, talks resumed.");
    }

    // 9. UTF-16 with a byte order mark is text.
    @Test
    void utf16AndUtf32WithAByteOrderMarkAreText() throws Exception {
        String text = "---\ntitle: Kabul\npublished: 2021-08-16\n---\nKabul fell on 15 August 2021 \u2014 \u062f\u0627\u0631.";
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] bytes = ("\uFEFF" + text).getBytes(Charset.forName(cs));
            Article a = reader.read("a.txt", bytes);
            assertThat(a.title()).as(cs).isEqualTo("Kabul");
            assertThat(a.body()).as(cs).isEqualTo("Kabul fell on 15 August 2021 \u2014 \u062f\u0627\u0631.");
            assertThat(a.warnings()).as(cs).isEmpty();
        }
        assertThatThrownBy(() -> reader.read("x.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .hasMessageContaining("is not a text file");
    }

    // 13. Front matter with lone-CR line endings.
    @Test
    void frontMatterWithLoneCarriageReturnsIsRead() throws Exception {
        Article a = read("a.txt", "---\rtitle: Old Mac\rpublished: 2021-08-15\r---\rKabul fell on Sunday.\rThe envoys left.");
        assertThat(a.title()).isEqualTo("Old Mac");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(a.body()).isEqualTo("Kabul fell on Sunday.\rThe envoys left.");
    }

    // 14. A file holding only front matter.
    @Test
    void aFileOfOnlyFrontMatterIsNamed() {
        assertThatThrownBy(() -> read("a.txt", "---\ntitle: T\npublished: 2021-08-15\n---\n  \n"))
                .isInstanceOf(ArticleReadException.class).hasMessage("a.txt: has no text after its front matter");
        assertThatThrownBy(() -> read("a.html", "---\ntitle: T\n---\n<html><script>x()</script></html>"))
                .hasMessage("a.html: has no text after its front matter");
    }

    // 16. Values that are not text, aliases, timestamps with a time and zone.
    @Test
    void aBinaryTitleIsAWarningNotAnArrayName() throws Exception {
        Article a = read("a.txt", "---\ntitle: !!binary aGVsbG8=\npublisher: [a, b]\n---\nBody.");
        assertThat(a.title()).isNull();
        assertThat(a.publisher()).isNull();
        assertThat(a.warnings()).containsExactly("'title' is not text (binary data of 5 bytes); it is left out",
                "'publisher' is not text (a list); it is left out");
        assertThat(a.displayTitle()).isEqualTo("a.txt");
    }

    @Test
    void anAliasIsResolved() throws Exception {
        Article a = read("a.txt", "---\nname: &who Foreign Affairs\ntitle: Hello\npublisher: *who\n---\nBody.");
        assertThat(a.publisher()).isEqualTo("Foreign Affairs");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aPublishedTimeWithAZoneGivesTheDateAsWritten() throws Exception {
        assertThat(read("a.txt", "---\npublished: 2021-08-15 23:30:00 -05:00\n---\nBody.").published()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(read("a.txt", "---\npublished: 2021-08-15T23:30:00+02:00\n---\nBody.").published()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(read("a.txt", "---\npublished: 2021-08-15t01:30:00Z\n---\nBody.").published()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(read("a.txt", "---\ndate: 2021-8-5\n---\nBody.").published()).isEqualTo(LocalDate.of(2021, 8, 5));
    }

    @Test
    void aBillionLaughsStaysHarmless() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        Article a = read("a.txt", "---\n" + yaml + "title: Laughs\n---\nBody.");
        assertThat(a.body()).isEqualTo("Body.");
        assertThat(a.warnings()).singleElement().asString().contains("front matter is not valid YAML");
    }
}
