package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Merger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date that says when a text was written (a reader's comment's, a wire story's, the article's own date line) is
 * kept as a date but is no event on the timeline; the news told beside it is.
 */
class WrittenTimeTest {

    @Test
    void aReadersCommentStampIsKeptButNotPlotted(@TempDir Path dir) throws IOException {
        CommentedArticle.write(dir,
                "At 7:24 pm on 27 Apr 2009, readerone wrote: I agree with the article.",
                "HOUSTON | Tue Apr 28, 2009 7:30 pm EDT HOUSTON (Reuters) - Texas closed its schools.");
        CorpusExtraction corpus = Corpora.read(dir);
        List<Event> events = corpus.events();
        // the stamps are still dates the tagger read (extract keeps them)...
        List<Event> stamps = events.stream().filter(e -> e.sentence().contains("wrote:") || e.sentence().contains("EDT")).toList();
        assertThat(stamps).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> {
            assertThat(e.timex().isAnchoredPoint()).as(e.mention().text()).isTrue();
            assertThat(e.isWrittenTime()).as(e.mention().text()).isTrue();
            assertThat(e.isPlottable()).as(e.mention().text()).isFalse();
        });
        // ...the news beside them is an event
        assertThat(events).filteredOn(e -> e.mention().text().equals("Monday")).singleElement()
                .satisfies(e -> assertThat(e.isPlottable()).isTrue());

        List<MergedEvent> merged = new Merger().merge(corpus);
        assertThat(merged).filteredOn(MergedEvent::isPlottable).extracting(MergedEvent::label)
                .noneMatch(l -> l.contains("wrote") || l.contains("readerone") || l.contains("tclimber"))
                .anyMatch(l -> l.contains("confirmed two cases"));
        assertThat(merged).filteredOn(m -> m.sources().stream().anyMatch(stamps::contains))
                .isNotEmpty().noneMatch(MergedEvent::isPlottable);
    }

    @Test
    void whyAnEventTellsNoEventIsReadOnceWhenItIsMadeAndKeptThroughJavaSerialization(@TempDir Path dir) throws Exception {
        CommentedArticle.write(dir,
                "At 7:24 pm on 27 Apr 2009, readerone wrote: I agree with the article.",
                "HOUSTON | Tue Apr 28, 2009 7:30 pm EDT HOUSTON (Reuters) - Texas closed its schools.");
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).extracting(Event::noEvent).contains(NoEvent.WRITTEN_TIME).containsNull();
        for (Event e : events) {
            // the component is what the rules say of the event's own sentence, excerpt, offsets and label
            assertThat(e.noEvent()).as(e.mention().text()).isEqualTo(Event.whyNoEvent(e.mention(), e.label(), e.sentence(),
                    e.excerpt(), e.sentenceBegin(), e.excerptBegin()));
            // a copy made without it (as Spark's cells rebuild events) reads the same again
            assertThat(new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(),
                    e.excerptBegin(), e.trigger(), e.labelSources())).isEqualTo(e);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(events));
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(events);
        }
    }

    @Test
    void commentsSignedWithTwoWordsOrNumberedByTheirClockTimeAreStampsButAYearListIsNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2010-06-16
                ---
                At 11:59 am on 28 May 2010, Andrew Lye wrote: The spill is a disaster.
                1938: Brian Woodahl from Indianapolis, US, writes: I find the response too slow.
                2042: Donna Wills from Largo in Florida, US, writes: Please help us.
                1989: The Exxon Valdez ran aground in Alaska.
                """);
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).filteredOn(e -> e.sentence().contains("wrote") || e.sentence().contains("writes"))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.isPlottable()).as(e.mention().text() + " in " + e.sentence()).isFalse());
        assertThat(events).filteredOn(e -> e.sentence().contains("Exxon")).singleElement()
                .satisfies(e -> assertThat(e.isPlottable()).as(e.mention().text()).isTrue());
    }

    @Test
    void aDateInAReadersCommentIsLabelledByWhatTheReaderWroteNotBySignature(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2009-06-04
                ---
                At 4:14 pm on 03 Jun 2009, tclimber wrote: Yesterday the headline on the hospital's page was 'Flu ward closes'.
                At 09:05 30th Apr 2009, beijing_2008 wrote: The ministry banned pork imports in 2008.
                """);
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).filteredOn(e -> e.mention().text().equals("Yesterday")).singleElement()
                .satisfies(e -> assertThat(e.label()).doesNotContain("wrote").doesNotContain("tclimber").contains("headline"));
        // the year in the reader's name is part of the signature: no event
        assertThat(events).filteredOn(e -> e.mention().text().equals("2008") && e.isPlottable()).singleElement()
                .satisfies(e -> assertThat(e.label()).doesNotContain("wrote").contains("banned pork imports"));
    }
}
