package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group is judged by the names most of its members hold: one mention that names two parties (the WHO's
 * committee and Gordon Brown) must not chain two meetings of the same day into one event.
 */
class MergerGroupNamesTest {

    @TempDir
    Path dir;

    private void article(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: 2009-04-29\n---\n" + text + "\n");
    }

    @Test
    void aMentionNamingBothPartiesDoesNotChainTwoMeetingsOfOneDay() throws IOException {
        article("a1.txt", "Experts of the WHO met in Geneva on Tuesday to discuss the swine flu alert, Gregory Hartl said.");
        article("a2.txt", "Experts of the WHO met in Geneva on Tuesday to discuss raising the swine flu alert level, said Gregory Hartl.");
        article("a3.txt", "Experts of the WHO met on Tuesday to discuss the swine flu, as Gordon Brown and Alan Johnson warned of the virus.");
        article("a4.txt", "Prime Minister Gordon Brown met Alan Johnson and the Cobra committee on Tuesday to discuss the swine flu virus.");
        article("a5.txt", "Gordon Brown chaired a meeting of the Cobra committee with Alan Johnson on Tuesday to discuss the swine flu virus.");
        CorpusExtraction corpus = Corpora.read(dir);
        List<MergedEvent> merged = new Merger().merge(corpus);
        MergedEvent who = eventOf(merged, "a1.txt");
        MergedEvent cobra = eventOf(merged, "a4.txt");
        assertThat(who.sources()).as("the WHO's meeting, told twice, is one event").extracting(e -> e.article().source())
                .anySatisfy(s -> assertThat(s).endsWith("a2.txt"));
        assertThat(cobra.sources()).as("Cobra's meeting, told twice, is one event").extracting(e -> e.article().source())
                .anySatisfy(s -> assertThat(s).endsWith("a5.txt"));
        assertThat(who).as("two meetings of one Tuesday").isNotSameAs(cobra);
    }

    private static MergedEvent eventOf(List<MergedEvent> merged, String article) {
        return merged.stream().filter(m -> m.sources().stream().map(Event::article).anyMatch(a -> a.source().endsWith(article))
                && m.date().value().equals("2009-04-28")).findFirst().orElseThrow();
    }
}
