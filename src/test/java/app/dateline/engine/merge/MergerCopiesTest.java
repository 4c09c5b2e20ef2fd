package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that repeats its text (a page or feed saved many times over into one file) is merged as one copy of
 * it: the repeated mentions are never compared again ({@link Copies}), so the work does not grow with the copies,
 * and each copy lands in the group of the mention it repeats. The seed's Blinken article, repeated.
 */
class MergerCopiesTest {

    private static final Path BLINKEN = MergerCorpusTest.CORPUS.resolve("2021-09-24-blinken-says-world-united-in-pressing-the-taliban.txt");
    private static final int COPIES = 30;

    @TempDir
    Path dir;

    /** The article with its body written {@code copies} times. */
    private Merger.Report merged(int copies) throws IOException {
        String text = Files.readString(BLINKEN);
        int end = text.indexOf("\n---", 3) + 4; // the front matter, then the body
        String body = text.substring(end);
        Path file = dir.resolve(copies + "/blinken.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.substring(0, end) + body.repeat(copies));
        CorpusExtraction corpus = Corpora.read(file.getParent());
        return new Merger().run(corpus.events(), Merger.sentences(corpus), MergeConstraints.NONE);
    }

    @Test
    void repeatedMentionsAreComparedOnceAndJoinTheGroupOfTheFirst() throws IOException {
        Merger.Report one = merged(1);
        Merger.Report many = merged(COPIES);
        assertThat(many.mentions()).isEqualTo(COPIES * one.mentions());
        // without the copies every repeated mention met its copies in each block: 60 times the pairs and more
        assertThat(one.comparisons()).isPositive();
        assertThat(many.comparisons()).isEqualTo(one.comparisons());
        // each event of one copy is an event of the repeated article, with every copy of its mentions as sources;
        // a mention never merged (a duration, an unanchored value) stays one event per copy
        List<String> expected = new ArrayList<>();
        for (MergedEvent m : one.events()) {
            if (m.sources().stream().allMatch(Merger::candidate)) {
                expected.add(m.date().value() + " " + COPIES * m.sources().size());
            } else {
                expected.addAll(Collections.nCopies(COPIES * m.sources().size(), m.date().value() + " 1"));
            }
        }
        assertThat(many.events().stream().filter(m -> m.sources().size() > 1).count()).isPositive();
        assertThat(many.events().stream().map(m -> m.date().value() + " " + m.sources().size()).sorted().toList())
                .isEqualTo(expected.stream().sorted().toList());
    }
}
