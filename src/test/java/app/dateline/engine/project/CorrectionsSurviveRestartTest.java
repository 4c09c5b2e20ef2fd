package app.dateline.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.TimexMod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections on the seed corpus, saved, then a fresh load and a fresh reading of the articles: the corrected
 * timeline comes back ("a correction survives a restart"). The corpus is copied so that articles can be edited.
 */
class CorrectionsSurviveRestartTest {

    static final Path SEED = Path.of(System.getProperty("dateline.corpus", "corpus"));
    static final String FA = "2024-03-05-foreign-affairs-america-cant-isolate-the-taliban.txt";

    @TempDir
    Path dir;
    Path corpus;
    Path file;

    @BeforeEach
    void copyCorpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        file = ProjectFile.defaultLocation(List.of(corpus));
    }

    private Timeline read(Project p) {
        CorpusExtraction x = Corpora.read(corpus);
        return new TimelineBuilder().build(x, p);
    }

    /** A new session: the project from disk, the articles read again. */
    private Timeline restart() throws IOException {
        ProjectFile.Loaded loaded = ProjectFile.load(file, List.of(corpus));
        assertThat(loaded.hadProblem()).isFalse();
        return read(loaded.project());
    }

    private static MergedEvent withSentence(Timeline t, String words) {
        return t.events().stream().filter(m -> m.sources().stream().anyMatch(e -> e.sentence().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event with '" + words + "'"));
    }

    @Test
    void dateLabelAndHiddenCorrectionsSurviveARestart() throws IOException {
        EditHistory h = new EditHistory(Project.of(List.of(corpus.toString())));
        Timeline t = read(h.current());
        MergedEvent takeover = withSentence(t, "return to power in August 2021");
        h.perform(Edit.changeDate(takeover, "2021-08-15", null));
        h.perform(Edit.changeLabel(takeover, "The Taliban take Kabul"));
        h.perform(Edit.hide(withSentence(t, "Published: April 11, 2023")));
        ProjectFile.save(h.current(), file);

        Timeline again = restart();
        MergedEvent t2 = withSentence(again, "return to power in August 2021");
        assertThat(t2.label()).isEqualTo("The Taliban take Kabul");
        assertThat(t2.extractedLabel()).isNotEqualTo(t2.label());
        assertThat(t2.date().value()).isEqualTo("2021-08-15");
        assertThat(t2.date().from()).hasToString("2021-08-15");
        assertThat(t2.dateCorrected()).isTrue();
        assertThat(t2.sourcesDisagree()).as("what the sources say is still shown").isTrue();
        assertThat(t2.sourceCount()).isEqualTo(4);
        assertThat(withSentence(again, "Published: April 11, 2023").hidden()).isTrue();
        assertThat(again.visible()).noneMatch(m -> m.sources().get(0).sentence().contains("Published: April 11"));
        assertThat(again.unresolved()).isEmpty();
    }

    @Test
    void anEventAddedFromAPhraseSurvivesARestartDatedByTheUserOrByTheEngine() throws IOException {
        Path fa = corpus.resolve(FA);
        String body = Corpora.read(fa).articles().get(0).article().body();
        String phrase = "The day after the Taliban takeover";
        int at = body.indexOf(phrase);
        EditHistory h = new EditHistory(Project.of(List.of(corpus.toString())));
        h.perform(Edit.addEvent(fa.toString(), body, at, at + phrase.length(), "2021-08-16", null, null));
        String lateJanuary = "in late January";
        int lj = body.indexOf(lateJanuary);
        h.perform(Edit.addEvent(fa.toString(), body, lj, lj + lateJanuary.length(), null, null, "Xi receives the Taliban envoy"));
        ProjectFile.save(h.current(), file);

        Timeline again = restart();
        MergedEvent added = again.events().stream().filter(m -> m.sources().get(0).mention().text().equals(phrase)).findFirst().orElseThrow();
        assertThat(added.date().value()).isEqualTo("2021-08-16");
        assertThat(added.sources().get(0).mention().origin()).isEqualTo("user");
        assertThat(added.sources().get(0).sentence()).contains("Blinken laid out");
        assertThat(added.label()).contains("Blinken laid out");
        MergedEvent byEngine = again.events().stream().filter(m -> m.label().equals("Xi receives the Taliban envoy")).findFirst().orElseThrow();
        assertThat(byEngine.date().value()).isEqualTo("2024-01");
        assertThat(byEngine.date().mod()).isEqualTo(TimexMod.END);
        // the user's phrase replaced nothing else: the engine's own "late January" event is still there once
        assertThat(again.events()).filteredOn(m -> m.sources().stream().anyMatch(e -> e.mention().text().equals("late January"))).hasSize(1);
    }

    @Test
    void splitAndMergeByHandSurviveARestartAndUndoBringsBackTheMergersChoice() throws IOException {
        EditHistory h = new EditHistory(Project.of(List.of(corpus.toString())));
        Timeline t = read(h.current());
        MergedEvent takeover = withSentence(t, "return to power in August 2021");
        Event epoch = takeover.sources().stream().filter(e -> e.sentence().contains("overthrew")).findFirst().orElseThrow();
        h.perform(Edit.split(takeover, List.of(epoch)));
        MergedEvent ceremony = withSentence(t, "Great Hall of the People");
        assertThat(ceremony.sources()).hasSize(3); // the merger made the three mentions of the ceremony one event
        MergedEvent conference = withSentence(t, "multilateral conference of their own");
        h.perform(Edit.merge(ceremony, conference));
        ProjectFile.save(h.current(), file);

        Timeline again = restart();
        MergedEvent rest = withSentence(again, "return to power in August 2021");
        assertThat(rest.sources()).hasSize(3).noneMatch(e -> e.sentence().contains("overthrew"));
        assertThat(rest.sourcesDisagree()).isFalse();
        assertThat(withSentence(again, "overthrew").sources()).hasSize(1);
        MergedEvent both = withSentence(again, "Great Hall of the People");
        assertThat(both.sources()).hasSize(5);
        assertThat(both.date().value()).isEqualTo("2024-01");
        assertThat(both.date().mod()).isEqualTo(TimexMod.END); // late January lies inside January

        h.undo();
        h.undo();
        Timeline undone = read(h.current());
        assertThat(withSentence(undone, "return to power in August 2021").sources()).hasSize(4);
        assertThat(withSentence(undone, "Great Hall of the People").sources()).hasSize(3);
    }

    @Test
    void aCorrectionFollowsItsSentenceWhenTheArticleIsEditedAndIsKeptWhenTheSentenceIsGone() throws IOException {
        EditHistory h = new EditHistory(Project.of(List.of(corpus.toString())));
        Timeline t = read(h.current());
        h.perform(Edit.changeLabel(withSentence(t, "March 2022 proved to be"), "Girls barred from secondary school"));
        ProjectFile.save(h.current(), file);

        // the article gains a paragraph at the top: every offset moves
        Path fa = corpus.resolve(FA);
        String text = Files.readString(fa);
        Files.writeString(fa, text.replaceFirst("(?s)(---\\n.*?\\n---\\n)", "$1An editor's note added later, in 2025.\n"));
        Timeline shifted = restart();
        assertThat(withSentence(shifted, "March 2022 proved to be").label()).isEqualTo("Girls barred from secondary school");
        assertThat(shifted.unresolved()).isEmpty();

        // the sentence is taken out: the correction is reported, and kept in the project
        Files.writeString(fa, Files.readString(fa).replace("March 2022 proved to be a turning point for the U.S. approach.", ""));
        Timeline gone = restart();
        assertThat(gone.unresolved()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo("label");
            assertThat(u.message()).contains("Girls barred from secondary school").contains("March 2022");
        });
        assertThat(ProjectFile.load(file, List.of()).project().labelCorrections()).hasSize(1);
    }

    @Test
    void editsRefuseWhatCannotBeDone() {
        Timeline t = read(Project.of(List.of(corpus.toString())));
        MergedEvent ban = withSentence(t, "March 2022 proved to be");
        assertThatThrownBy(() -> Edit.changeDate(ban, "sometime", null)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Edit.changeLabel(ban, " ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Edit.split(ban, ban.sources())).hasMessageContaining("not all");
        assertThatThrownBy(() -> Edit.merge(ban, ban)).hasMessageContaining("two different");
        assertThatThrownBy(() -> Edit.addEvent("a.txt", "text", 2, 2, null, null, null)).hasMessageContaining("select a phrase");
    }
}
