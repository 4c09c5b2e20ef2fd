package app.dateline.engine.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Undo and redo over a project. Projects are immutable, so undoing an edit restores the project as it was before
 * it, exactly; redoing restores the project the edit made. A new edit clears what could be redone. Knows
 * whether the project changed since it was last saved. Listeners hear every change (on the caller's thread).
 */
public final class EditHistory {

    private record Step(Edit edit, Project before, Project after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Project>> listeners = new ArrayList<>();
    private Project current;
    private Project saved;

    public EditHistory(Project initial) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
    }

    public Project current() {
        return current;
    }

    public Project perform(Edit edit) {
        Project after = edit.apply(current);
        undo.push(new Step(edit, current, after));
        redo.clear();
        return set(after);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would take back, e.g. "Change date to 2021-08". */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().description());
    }

    public Project undo() {
        if (undo.isEmpty()) {
            return current;
        }
        Step s = undo.pop();
        redo.push(s);
        return set(s.before());
    }

    public Project redo() {
        if (redo.isEmpty()) {
            return current;
        }
        Step s = redo.pop();
        undo.push(s);
        return set(s.after());
    }

    /** Call once the current project is written to disk. */
    public void markSaved() {
        saved = current;
    }

    /** True when the current project differs from the one last saved (undoing back to it counts as clean). */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    public void addListener(Consumer<Project> listener) {
        listeners.add(listener);
    }

    private Project set(Project p) {
        current = p;
        for (Consumer<Project> l : List.copyOf(listeners)) {
            l.accept(p);
        }
        return p;
    }
}
