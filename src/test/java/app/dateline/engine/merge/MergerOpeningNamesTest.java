package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name that opens its sentence is still a name when its article writes it as one elsewhere: two later articles'
 * one-line paragraphs "Jackson died in June 2009 aged 50" tell one death (they stayed two events while the
 * opening "Jackson" was taken for any capitalised first word).
 */
class MergerOpeningNamesTest {

    @TempDir
    Path dir;

    private void article(String name, String published, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    @Test
    void aNameOpeningItsSentenceIsANameWhereItsArticleWritesItAsOne() throws IOException {
        article("a1.txt", "2011-07-26", "Fans of Michael Jackson gathered outside the court.\n\n"
                + "Jackson died in June 2009 aged 50 while rehearsing for his comeback tour.\n");
        article("a2.txt", "2011-09-27", "The doctor of Michael Jackson went on trial.\n\n"
                + "Jackson died in June 2009 aged 50, while rehearsing for his comeback concerts.\n");
        List<MergedEvent> merged = new Merger().merge(Corpora.read(dir));
        MergedEvent death = merged.stream().filter(m -> m.date().value().equals("2009-06")).findFirst().orElseThrow();
        assertThat(death.sources()).extracting(Event::sentence).hasSize(2)
                .allSatisfy(s -> assertThat(s).startsWith("Jackson died in June 2009"));
    }
}
