package app.dateline.engine.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.AdversarialText;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any bytes at all: an article, or a refusal naming the file in one line; nothing else. */
class ArticleReaderPropertiesTest {

    private final ArticleReader reader = new ArticleReader();

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> key = Arbitraries.of("title", "published", "date", "publisher", "", "---", "- x", "[", "{");
        Arbitrary<String> line = Combinators.combine(key, Arbitraries.of(":", ": ", "", " : "), AdversarialText.token())
                .as((k, c, v) -> k + c + v);
        Arbitrary<String> front = line.list().ofMaxSize(6).map(l -> "---\n" + String.join("\n", l) + "\n");
        Arbitrary<String> text = Combinators.combine(Arbitraries.of("", "\uFEFF"), front.injectNull(0.3),
                Arbitraries.of("---\n", "...\n", ""), AdversarialText.text()).as((bom, f, close, body) -> bom + (f == null ? "" : f) + close + body);
        return Arbitraries.frequencyOf(
                Tuple.of(6, text.map(t -> t.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, text.map(t -> t.getBytes(java.nio.charset.Charset.forName("windows-1252")))),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)));
    }

    @Property(tries = 400)
    void anyBytesGiveAnArticleOrAOneLineRefusalNamingTheFile(@ForAll("files") byte[] bytes, @ForAll boolean html) {
        String source = html ? "page.html" : "page.txt";
        try {
            Article a = reader.read(source, bytes);
            assertThat(a.body()).isNotNull();
            assertThat(a.warnings()).allSatisfy(w -> assertThat(w.lines().count()).isLessThanOrEqualTo(1));
            if (a.published() != null) {
                assertThat(a.published().getYear()).isBetween(1, 9999);
            }
        } catch (ArticleReadException e) {
            assertThat(e.getMessage()).startsWith(source + ": ").doesNotContain("\n");
        }
    }
}
