package app.dateline.app;

import app.dateline.app.article.ArticleView;
import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.detail.EventDetailPane;
import app.dateline.app.edit.Corrections;
import app.dateline.app.model.Workspace;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.DateInWords;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The dialogs that ask for a correction of the selected event (its date, its label, hiding it, merging it,
 * adding an event from the article) and hand it to {@link Corrections}; an edit the engine refuses is
 * reported, never thrown.
 */
final class CorrectionDialogs {

    private final Window owner;
    private final Workspace workspace;
    private final Corrections corrections;
    private final ArticleView article;
    private final Consumer<String> report;

    CorrectionDialogs(Window owner, Workspace workspace, Corrections corrections, ArticleView article, Consumer<String> report) {
        this.owner = owner;
        this.workspace = workspace;
        this.corrections = corrections;
        this.article = article;
        this.report = report;
    }

    /** The buttons under the selected event's date, and Separate on each of its sources. */
    void attachTo(EventDetailPane detail) {
        detail.setOnSeparate(source -> tryEdit(() -> corrections.split(workspace.getSelected(), source)));
        detail.actions().getChildren().setAll(
                smallButton("Date…", "Correct the date (Ctrl+D)", this::askDate),
                smallButton("Label…", "Correct the label (F2)", this::askLabel),
                smallButton("Hide", "Hide this event (Ctrl+H); Undo brings it back", this::hideSelected),
                smallButton("Merge with…", "Merge with another event that tells the same story", this::askMerge));
    }

    /** "Add as Event…" in the article's context menu. */
    void attachTo(ArticleView view) {
        MenuItem addAsEvent = new MenuItem("Add as Event…");
        addAsEvent.setOnAction(e -> askAddEvent());
        view.setOnContextMenuRequested(e -> {
            new ContextMenu(addAsEvent).show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static Button smallButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        LazyTooltip.install(b, tip);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("detail-action");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Runs an edit; one the engine refuses (a date it cannot place, an empty label) is reported, not thrown. */
    void tryEdit(Runnable edit) {
        try {
            edit.run();
        } catch (IllegalArgumentException e) {
            report.accept(e.getMessage());
            if (owner.isShowing()) {
                Dialogs.warn(owner, "That correction cannot be made", e.getMessage());
            }
        }
    }

    void askDate() {
        MergedEvent m = workspace.getSelected();
        if (m == null) {
            return;
        }
        Dialogs.ask(owner, "Change Date", "The date of \u201c" + m.label() + "\u201d (now " + DateInWords.of(m.date().timex()) + ")",
                "A TIMEX3 value: 2021, 2021-08, 2021-08-15, 2021-SU, 2021-W33", m.date().isRange() ? m.date().endValue() : m.date().value())
                .ifPresent(v -> tryEdit(() -> corrections.changeDate(m, v)));
    }

    void askLabel() {
        MergedEvent m = workspace.getSelected();
        if (m == null) {
            return;
        }
        Dialogs.ask(owner, "Change Label", "The label of the event on the timeline", "Label", m.label())
                .ifPresent(v -> tryEdit(() -> corrections.changeLabel(m, v)));
    }

    void hideSelected() {
        MergedEvent e = workspace.getSelected();
        if (e != null) {
            tryEdit(() -> corrections.hide(e));
        }
    }

    /** Offers the events nearest in date to merge the selected one with. */
    void askMerge() {
        MergedEvent e = workspace.getSelected();
        if (e == null || !e.isPlottable()) {
            return;
        }
        double at = e.date().from().toEpochDay();
        List<MergedEvent> near = workspace.events().stream().filter(o -> !o.id().equals(e.id()) && o.isPlottable())
                .sorted(Comparator.comparingDouble(o -> Math.abs(o.date().from().toEpochDay() - at)))
                .limit(30).toList();
        Dialogs.choose(owner, "Merge Events", "Merge \u201c" + e.label() + "\u201d with the event that tells the same story:",
                near, o -> DateInWords.shortOf(o.date().timex()) + " \u2014 " + o.label())
                .ifPresent(other -> tryEdit(() -> corrections.merge(e, other)));
    }

    /**
     * Makes an event of a phrase of the article shown: the one selected with the mouse, else the phrase typed
     * (or pasted) as it stands in the text.
     */
    void askAddEvent() {
        ArticleExtraction shown = article.article();
        if (shown == null) {
            return;
        }
        int[] range = article.selectedRange();
        if (range != null) {
            String phrase = shown.article().body().substring(range[0], range[1]);
            Dialogs.askOrBlank(owner, "Add Event", "\u201c" + phrase + "\u201d as an event. Its date, as a TIMEX3 value "
                    + "(2021-08-16, 2021-08, 2021); leave it empty to let Dateline read the phrase", "Date", "")
                    .ifPresent(v -> tryEdit(() -> corrections.addEvent(shown.article(), range[0], range[1], v.isEmpty() ? null : v, null)));
            return;
        }
        Dialogs.ask(owner, "Add Event", "A date phrase of \u201c" + shown.article().displayTitle()
                        + "\u201d, as it stands in the text (its first occurrence is used)", "Phrase", "")
                .ifPresent(phrase -> {
                    String value = Dialogs.ask(owner, "Add Event", "Its date, as a TIMEX3 value (2021-08-16, 2021-08, 2021); "
                            + "Cancel to let Dateline read the phrase", "Date", "").orElse(null);
                    tryEdit(() -> corrections.addPhrase(shown.article(), phrase, value));
                });
    }

    void saveProject() {
        if (corrections.save()) {
            report.accept("Corrections saved to " + corrections.projectFile());
        }
    }
}
