package app.dateline.app.article;

import app.dateline.app.model.ArticleSeries;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The full text of the selected event's article with every date phrase highlighted in the article's colour,
 * the selected one outlined and scrolled into view. Clicking a phrase (or Left/Right here) selects its event.
 */
public final class ArticleView extends BorderPane {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label path = new Label();
    private final Hyperlink openFile = new Hyperlink("Open the file");
    private final TextFlow text = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(text);
    private static final String PLACEHOLDER = "The article of the selected event shows here, with its dates highlighted.";
    private final Label placeholder = new Label(PLACEHOLDER);
    private final Map<String, Label> phraseById = new HashMap<>();
    private final List<Event> inTextOrder = new ArrayList<>();
    private final Consumer<Event> onSelect;
    private ArticleExtraction current;
    private Event selected;
    private Label selectedPhrase;
    private boolean scrollPending;
    private final Runnable afterLayout = this::afterLayout;

    /**
     * @param onSelect called when the reader picks a date phrase
     * @param openFile called to open the article's file in the system's viewer, or null for no such link
     */
    public ArticleView(Consumer<Event> onSelect, Consumer<Path> openFile) {
        this.onSelect = onSelect;
        installSelection();
        getStyleClass().add("article-view");
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        meta.getStyleClass().add("article-meta");
        meta.setWrapText(true);
        this.openFile.setVisible(openFile != null);
        this.openFile.setOnAction(e -> {
            if (current != null && openFile != null) {
                openFile.accept(Path.of(current.article().source()));
            }
        });
        path.getStyleClass().add("article-path");
        path.setMinWidth(0);
        this.openFile.managedProperty().bind(this.openFile.visibleProperty());
        this.openFile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox pathLine = new HBox(8, path, this.openFile);
        pathLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, meta, pathLine);
        header.getStyleClass().add("article-header");
        header.setPadding(new Insets(8, 12, 6, 12));
        text.getStyleClass().add("article-text");
        text.setPadding(new Insets(10, 14, 14, 14));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("article-scroll");
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        setTop(header);
        setCenter(placeholder);
        header.visibleProperty().bind(centerProperty().isEqualTo(scroll));
        sceneProperty().addListener((o, old, now) -> { // checks, after each layout pass, for a scroll to make
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        header.managedProperty().bind(header.visibleProperty());
    }

    /** Shows the article of {@code event} (when it is not already shown) and marks the event's phrase. */
    // ---- selecting a phrase with the mouse (for "Add as Event"): plain text only, date phrases are links

    private int selectionAnchor = -1;
    private int[] selection;

    private void installSelection() {
        text.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                selectionAnchor = bodyOffsetAt(e);
                selectRange(-1, -1);
            }
        });
        text.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            int at = bodyOffsetAt(e);
            if (selectionAnchor >= 0 && at >= 0) {
                selectRange(Math.min(selectionAnchor, at), Math.max(selectionAnchor, at));
            }
        });
    }

    /** The body offset under the pointer, or -1 off plain text. */
    private static int bodyOffsetAt(javafx.scene.input.MouseEvent e) {
        javafx.scene.Node n = e.getPickResult().getIntersectedNode();
        if (n instanceof javafx.scene.text.Text t && t.getUserData() instanceof Integer offset) {
            javafx.geometry.Point2D p = t.sceneToLocal(e.getSceneX(), e.getSceneY());
            return offset + Math.max(0, Math.min(t.getText().length(), t.hitTest(p).getInsertionIndex()));
        }
        return -1;
    }

    /** Selects the body's characters {@code begin..end} (shown in the selection colour); -1 clears. */
    public void selectRange(int begin, int end) {
        selection = begin >= 0 && end > begin && current != null && end <= current.article().body().length()
                ? new int[] {begin, end} : null;
        for (javafx.scene.Node n : text.getChildren()) {
            if (n instanceof javafx.scene.text.Text t && t.getUserData() instanceof Integer offset) {
                int from = selection == null ? -1 : Math.max(0, selection[0] - offset);
                int to = selection == null ? -1 : Math.min(t.getText().length(), selection[1] - offset);
                if (from < to) {
                    t.setSelectionStart(from);
                    t.setSelectionEnd(to);
                    t.setSelectionFill(javafx.scene.paint.Color.web("#1565c0"));
                } else {
                    t.setSelectionStart(-1);
                    t.setSelectionEnd(-1);
                }
            }
        }
    }

    /** The selected characters of the body as {begin, end}, or null. */
    public int[] selectedRange() {
        return selection == null ? null : selection.clone();
    }

    public void show(ArticleExtraction article, Event event, ToIntFunction<Article> series) {
        placeholder.setText(PLACEHOLDER);
        if (article == null) {
            current = null;
            setCenter(placeholder);
            return;
        }
        if (current != article) {
            build(article, series);
        }
        select(event);
    }

    private void build(ArticleExtraction a, ToIntFunction<Article> series) {
        current = a;
        selection = null;
        selectionAnchor = -1;
        selected = null;
        selectedPhrase = null;
        phraseById.clear();
        inTextOrder.clear();
        Article art = a.article();
        title.setText(art.displayTitle());
        String detail = ArticleSeries.describe(art);
        long dated = a.events().stream().filter(Event::isPlottable).count();
        meta.setText((detail.isEmpty() ? "" : detail + " · ") + a.events().size() + " date phrases, " + dated
                + " on the timeline");
        path.setText(art.source());
        path.setTooltip(new javafx.scene.control.Tooltip(art.source()));
        List<MentionMarks.Mark> marks = new ArrayList<>();
        for (Event e : a.events()) {
            marks.add(new MentionMarks.Mark(e.mention().begin(), e.mention().end(), e));
        }
        marks.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        text.getChildren().setAll(MentionMarks.nodes(art.body(), marks, series.applyAsInt(art), onSelect, (m, label) -> {
            phraseById.put(m.event().id(), label);
            inTextOrder.add(m.event());
        }));
        markHidden(hidden);
        setCenter(scroll);
        scroll.setVvalue(0);
    }

    /** The hidden events' phrases say so: greyed, and a tool tip says how to bring them back. */
    private java.util.function.Predicate<Event> hidden = e -> false;

    static final String HIDDEN_TIP = "This event is hidden (Edit > Hide Event): Undo (Ctrl+Z) brings it back, "
            + "or remove it from \"hidden\" in the project file";

    /** Marks the phrases whose events are hidden, now and in every article shown later. */
    public void markHidden(java.util.function.Predicate<Event> isHidden) {
        hidden = isHidden;
        for (Event e : inTextOrder) {
            Label phrase = phraseById.get(e.id());
            if (phrase == null) {
                continue;
            }
            boolean h = hidden.test(e);
            if (h != phrase.getStyleClass().contains("mention-hidden")) {
                if (h) {
                    phrase.getStyleClass().add("mention-hidden");
                } else {
                    phrase.getStyleClass().remove("mention-hidden");
                }
                phrase.setTooltip(h ? new javafx.scene.control.Tooltip(HIDDEN_TIP) : null);
            }
        }
    }

    private void select(Event e) {
        if (selectedPhrase != null) {
            selectedPhrase.getStyleClass().remove("mention-selected");
        }
        selected = e;
        selectedPhrase = e == null ? null : phraseById.get(e.id());
        if (selectedPhrase != null) {
            selectedPhrase.getStyleClass().add("mention-selected");
            scrollToSelected();
        }
    }

    /** Moves the keyboard focus to the text, at the selected phrase. */
    public void focusText() {
        scroll.requestFocus();
        scrollToSelected();
    }

    /**
     * Scrolls the selected phrase into sight once the text is laid out at the view's width: a new article's
     * phrases have no place until then, so this waits for the end of a layout pass (a post-layout pulse
     * listener), as many passes as it takes.
     */
    private void scrollToSelected() {
        if (selectedPhrase == null || getScene() == null) {
            return;
        }
        scrollPending = true;
        javafx.application.Platform.requestNextPulse();
    }

    private void afterLayout() {
        if (!scrollPending) {
            return;
        }
        double view = scroll.getViewportBounds().getHeight();
        boolean ready = selectedPhrase != null && !text.isNeedsLayout() && view > 0 && text.getWidth() > 0
                && Math.abs(text.getWidth() - scroll.getViewportBounds().getWidth()) <= 1;
        if (selectedPhrase == null) {
            scrollPending = false;
        } else if (!ready) {
            javafx.application.Platform.requestNextPulse(); // not laid out at the view's width yet
        } else {
            scrollPending = false;
            scrollNow(selectedPhrase, view);
        }
    }

    private void scrollNow(Label phrase, double view) {
        Bounds b = phrase.getBoundsInParent();
        double content = text.getHeight();
        if (content <= view) {
            return;
        }
        double top = scroll.getVvalue() * (content - view);
        if (b.getMinY() >= top + 8 && b.getMaxY() <= top + view - 8) {
            return; // already in sight
        }
        double y = Math.max(0, b.getMinY() - view / 3);
        scroll.setVvalue(Math.min(1, y / (content - view)));
    }

    private void keyPressed(KeyEvent k) {
        if (inTextOrder.isEmpty() || k.isShortcutDown() || k.isAltDown()) {
            return;
        }
        int i = selected == null ? -1 : inTextOrder.indexOf(selected);
        if (k.getCode() == KeyCode.RIGHT) {
            onSelect.accept(inTextOrder.get(Math.min(inTextOrder.size() - 1, i + 1)));
            k.consume();
        } else if (k.getCode() == KeyCode.LEFT) {
            onSelect.accept(inTextOrder.get(Math.max(0, i - 1)));
            k.consume();
        }
    }

    /** Whether the selected phrase is inside the visible part of the text. */
    public boolean selectedPhraseInView() {
        if (selectedPhrase == null) {
            return false;
        }
        Bounds b = selectedPhrase.getBoundsInParent();
        double top = scroll.getVvalue() * Math.max(0, text.getHeight() - scroll.getViewportBounds().getHeight());
        return b.getMinY() >= top && b.getMaxY() <= top + scroll.getViewportBounds().getHeight();
    }

    /** The date phrase marked as selected, or null. */
    public Event selectedEvent() {
        return selected;
    }

    /** Shows no article, and says why ("The filters hide ..."). */
    public void clear(String why) {
        if (selectedPhrase != null) {
            selectedPhrase.getStyleClass().remove("mention-selected");
        }
        current = null;
        selected = null;
        selectedPhrase = null;
        placeholder.setText(why);
        setCenter(placeholder);
    }

    /** What the pane says instead of an article (for tests). */
    public String placeholderText() {
        return getCenter() == placeholder ? placeholder.getText() : null;
    }

    /** The article shown, or null. */
    public ArticleExtraction article() {
        return current;
    }

    /** The phrase marked as selected, or null (for tests and accessibility). */
    public Label selectedPhrase() {
        return selectedPhrase;
    }

    /** How many date phrases are highlighted. */
    public int phraseCount() {
        return phraseById.size();
    }

    /** The node of an event's phrase, or null. */
    public Label phraseOf(Event e) {
        return e == null ? null : phraseById.get(e.id());
    }

    public ScrollPane scrollPane() {
        return scroll;
    }
}
