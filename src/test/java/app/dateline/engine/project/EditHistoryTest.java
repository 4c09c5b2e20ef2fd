package app.dateline.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private static Edit label(String l) {
        EventRef r = EventRef.of(new EventKey("/a.txt", 1, 5, "2021", "In 2021 it fell."));
        return new Edit() {
            @Override
            public Project apply(Project p) {
                return p.withLabelCorrection(new LabelCorrection(r, l));
            }

            @Override
            public String description() {
                return "Label " + l;
            }
        };
    }

    @Test
    void undoRestoresTheProjectBeforeAndRedoTheOneAfter() {
        Project start = Project.of(List.of("corpus"));
        EditHistory h = new EditHistory(start);
        Project one = h.perform(label("one"));
        Project two = h.perform(label("two"));
        assertThat(two.labelCorrections()).extracting(LabelCorrection::label).containsExactly("two"); // same event: replaced
        assertThat(h.undoDescription()).contains("Label two");
        assertThat(h.undo()).isEqualTo(one);
        assertThat(h.undo()).isEqualTo(start);
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undo()).isEqualTo(start);
        assertThat(h.redoDescription()).contains("Label one");
        assertThat(h.redo()).isEqualTo(one);
        assertThat(h.redo()).isEqualTo(two);
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        EditHistory h = new EditHistory(Project.of(List.of()));
        h.perform(label("one"));
        h.undo();
        h.perform(label("other"));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.current().labelCorrections().get(0).label()).isEqualTo("other");
    }

    @Test
    void dirtyUntilSavedAndCleanWhenUndoneBackToTheSavedProject() {
        EditHistory h = new EditHistory(Project.of(List.of()));
        assertThat(h.isDirty()).isFalse();
        h.perform(label("one"));
        assertThat(h.isDirty()).isTrue();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.perform(label("two"));
        h.undo();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChange() {
        EditHistory h = new EditHistory(Project.of(List.of()));
        List<Integer> heard = new ArrayList<>();
        h.addListener(p -> heard.add(p.labelCorrections().size()));
        h.perform(label("one"));
        h.undo();
        h.redo();
        assertThat(heard).containsExactly(1, 0, 1);
    }
}
