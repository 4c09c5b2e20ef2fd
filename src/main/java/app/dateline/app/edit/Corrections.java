package app.dateline.app.edit;

import app.dateline.app.model.Workspace;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Edit;
import app.dateline.engine.project.EditHistory;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFile;
import app.dateline.engine.project.TimelineBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The user's corrections to the shown corpus, all through one {@link EditHistory}: each edit rebuilds the
 * merged timeline from the reading and the project, and saves the project (atomically) to its file, so
 * nothing the user did is lost. Undo and redo do the same.
 */
public final class Corrections {

    private final Workspace workspace;
    private final Consumer<String> report;
    private TimelineBuilder builder = new TimelineBuilder(); // used on the JavaFX thread only
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private EditHistory history;
    private Path file;

    /**
     * @param report shows a message to the user (the status bar)
     */
    public Corrections(Workspace workspace, Consumer<String> report) {
        this.workspace = workspace;
        this.report = report;
    }

    /** Starts on a newly opened corpus with the project read from {@code file} (null: the project is not saved). */
    public void start(Project project, Path file) {
        start(project, file, null);
    }

    /** @param builder rebuilds the timeline after each correction (a story file's keeps its merging); null: the usual one */
    public void start(Project project, Path file, TimelineBuilder builder) {
        this.builder = builder != null ? builder : new TimelineBuilder();
        this.history = new EditHistory(project);
        this.file = file;
        update();
    }

    public Project project() {
        return history == null ? null : history.current();
    }

    public Path projectFile() {
        return file;
    }

    /** Performs an edit, shows its effect and saves the project. A rejected edit is reported, nothing changes. */
    public boolean perform(Edit edit) {
        if (history == null || workspace.reading() == null) {
            return false;
        }
        history.perform(edit);
        changed(edit.description());
        return true;
    }

    public void undo() {
        if (history != null && history.canUndo()) {
            String what = history.undoDescription().orElse("");
            Set<String> told = told();
            history.undo();
            changed("Undone: " + what, () -> selectReturned(told));
        }
    }

    public void redo() {
        if (history != null && history.canRedo()) {
            String what = history.redoDescription().orElse("");
            Set<String> told = told();
            history.redo();
            changed("Redone: " + what, () -> selectReturned(told));
        }
    }

    /** The ids of the mentions the events not hidden tell. */
    private Set<String> told() {
        Set<String> ids = new HashSet<>();
        workspace.events().forEach(m -> m.sources().forEach(s -> ids.add(s.id())));
        return ids;
    }

    /**
     * Selects the event an undo or redo brought back (a hidden event shown again), when the filters show it: the
     * user sees what came back, as a Hide moved the selection on from it.
     */
    private void selectReturned(Set<String> told) {
        workspace.events().stream()
                .filter(m -> m.sources().stream().noneMatch(s -> told.contains(s.id())))
                .filter(m -> workspace.shownEvents().contains(m))
                .findFirst().ifPresent(workspace::setSelected);
    }

    private java.util.function.Supplier<java.util.Map<String, Object>> view;

    /** The window's view, saved with the project ({@code Project.withView}) each time it is saved. */
    public void keepView(java.util.function.Supplier<java.util.Map<String, Object>> view) {
        this.view = view;
    }

    /** Saves the view into a project file that exists already (the view alone never makes one). */
    public void saveView() {
        if (history != null && file != null && view != null && java.nio.file.Files.exists(file)) {
            save();
        }
    }

    /** Writes the project to its file now. */
    public boolean save() {
        if (history == null || file == null) {
            report.accept("There is no project file to save to: open a folder of articles first.");
            return false;
        }
        try {
            ProjectFile.save(view == null ? history.current() : history.current().withView(view.get()), file);
            history.markSaved();
            return true;
        } catch (IOException e) {
            report.accept("Could not save the corrections to " + file + ": " + e.getMessage()
                    + ". They stay in the window; try File > Save Project again.");
            return false;
        }
    }

    private void changed(String what) {
        changed(what, () -> { });
    }

    /** @param shown what to do once the rebuilt timeline is shown, before the project (and its view) is saved */
    private void changed(String what, Runnable shown) {
        CorpusExtraction reading = workspace.reading();
        workspace.show(builder.build(reading, history.current()));
        shown.run();
        update();
        if (save()) {
            report.accept(what + " (saved to " + file.getFileName() + ")");
        }
    }

    private void update() {
        canUndo.set(history != null && history.canUndo());
        canRedo.set(history != null && history.canRedo());
        undoText.set(history == null ? "Undo" : history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history == null ? "Redo" : history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    // ---- the edits, on the merged events shown

    private static MergedEvent merged(MergedEvent m) {
        if (m == null) {
            throw new IllegalArgumentException("select an event first");
        }
        return m;
    }

    public boolean changeDate(MergedEvent event, String value) {
        return perform(Edit.changeDate(merged(event), value, null));
    }

    public boolean changeLabel(MergedEvent event, String label) {
        return perform(Edit.changeLabel(merged(event), label));
    }

    public boolean hide(MergedEvent event) {
        return perform(Edit.hide(merged(event)));
    }

    /** Takes one source out of a merged event: it becomes an event of its own. */
    public boolean split(MergedEvent event, Event source) {
        return perform(Edit.split(merged(event), List.of(source)));
    }

    public boolean merge(MergedEvent a, MergedEvent b) {
        return perform(Edit.merge(merged(a), merged(b)));
    }

    /** An event from a phrase of an article's body, its date read by the engine unless {@code value} is given. */
    public boolean addEvent(app.dateline.engine.article.Article article, int begin, int end, String value, String label) {
        return perform(Edit.addEvent(article.source(), article.body(), begin, end, value, null, label));
    }

    /** Adds the first occurrence of {@code phrase} in the article's body as an event, dated {@code value} or by the engine (null). */
    public boolean addPhrase(app.dateline.engine.article.Article article, String phrase, String value) {
        int at = article.body().indexOf(phrase.strip());
        if (phrase.isBlank() || at < 0) {
            throw new IllegalArgumentException("\u201c" + phrase.strip() + "\u201d is not in the text of " + article.displayTitle());
        }
        return addEvent(article, at, at + phrase.strip().length(), value, null);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
