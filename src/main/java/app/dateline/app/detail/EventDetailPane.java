package app.dateline.app.detail;

import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.DateClaim;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.DateInWords;
import app.dateline.engine.timex.Timex;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Everything about the selected event: the date in words and as TIMEX3, its precision, how it was anchored,
 * the paragraph it comes from with the date phrase marked, its article, and a button to open the article.
 */
public final class EventDetailPane extends ScrollPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final ObjectProperty<MergedEvent> event = new SimpleObjectProperty<>(this, "event");
    private final Label date = new Label();
    private final Label timex = new Label();
    private final Label precision = value();
    private final Label anchored = value();
    private final Label found = value();
    private final TextFlow excerpt = new TextFlow();
    private final Rectangle swatch = new Rectangle(12, 12);
    private final Label articleTitle = new Label();
    private final Label articleMeta = new Label();
    private final Button open = new Button("Open article");
    private final VBox body;
    private final Label placeholder = new Label("Select an event on the timeline, in the list or in the article to see where its date comes from.");
    private final ToIntFunction<Article> series;

    private final Consumer<Event> openArticle;
    private Consumer<Event> onSeparate;
    private final Label disagreement = new Label();
    private final Label sourcesHeading = new Label();
    private final VBox sources = new VBox(10);
    /** Where the correction buttons go (the window puts them there). */
    private final javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6);
    /** What describes one mention (its anchoring, paragraph, article): for a merged event each source says it. */
    private List<javafx.scene.Node> oneSource = List.of();

    /**
     * @param openArticle opens the article of a source at its mention
     * @param series      the colour index of an article
     */
    public EventDetailPane(Consumer<Event> openArticle, ToIntFunction<Article> series) {
        this.series = series;
        this.openArticle = openArticle;
        getStyleClass().add("event-detail");
        setFitToWidth(true);
        date.getStyleClass().add("detail-date");
        date.setWrapText(true);
        timex.getStyleClass().add("detail-timex");
        timex.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("detail-facts");
        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(78);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().addAll(keys, values);
        facts.addRow(0, key("Precision"), precision);
        facts.addRow(1, key("Anchored"), anchored);
        facts.addRow(2, key("Found by"), found);
        Label excerptHeading = new Label("From the article");
        excerptHeading.getStyleClass().add("detail-heading");
        excerpt.getStyleClass().add("detail-excerpt");
        articleTitle.getStyleClass().add("detail-article-title");
        articleTitle.setWrapText(true);
        articleMeta.getStyleClass().add("detail-article-meta");
        articleMeta.setWrapText(true);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        HBox titleLine = new HBox(6, swatch, articleTitle);
        titleLine.setAlignment(Pos.TOP_LEFT);
        open.setDefaultButton(false);
        open.setOnAction(e -> {
            if (event.get() != null) {
                openArticle.accept(event.get().sources().get(0));
            }
        });
        open.getStyleClass().add("open-article");
        disagreement.getStyleClass().add("detail-disagreement");
        disagreement.setWrapText(true);
        disagreement.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2a-alert-outline"));
        sourcesHeading.getStyleClass().add("detail-heading");
        sources.getStyleClass().add("detail-sources");
        body = new VBox(8, date, timex, disagreement, actions, facts, excerptHeading, excerpt, titleLine, articleMeta, open,
                sourcesHeading, sources);
        oneSource = List.of(excerptHeading, excerpt, titleLine, articleMeta, open);
        body.setPadding(new Insets(10, 12, 12, 12));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        setContent(placeholder);
        event.addListener((o, old, now) -> show(now));
    }

    private void show(MergedEvent m) {
        if (m == null) {
            setContent(placeholder);
            return;
        }
        Event e = m.sources().get(0);
        Timex t = m.date().timex();
        date.setText(DateInWords.of(t));
        boolean several = m.sources().size() > 1;
        disagreement.setText(m.sourcesDisagree() ? disagreementText(m) : "");
        disagreement.setVisible(m.sourcesDisagree());
        disagreement.setManaged(disagreement.isVisible());
        sourcesHeading.setText(several ? m.sourceCount() + " sources, " + m.sources().size() + " mentions" : "");
        sourcesHeading.setVisible(several);
        for (javafx.scene.Node n : oneSource) {
            n.setVisible(!several);
            n.setManaged(!several);
        }
        sourcesHeading.setManaged(several);
        sources.getChildren().setAll(several ? m.sources().stream().map(this::sourceNode).toList() : List.of());
        timex.setText("TIMEX3  type=" + t.type() + "  value=" + t.value() + (t.mod() == null ? "" : "  mod=" + t.mod()));
        precision.setText(PrecisionText.of(m));
        anchored.setText(e.mention().anchor().explanation() + " (" + e.mention().anchor().kind().code() + ")");
        found.setText("\u201c" + e.mention().text() + "\u201d, " + (e.mention().origin().startsWith("natty")
                ? "read by the Natty parser" : "rule " + e.mention().origin()));
        if (several) { // anchoring and phrase differ from source to source: each says its own below
            anchored.setText("by each source (below)");
            found.setText(m.sources().size() + " mentions in " + m.sourceCount() + (m.sourceCount() == 1 ? " article" : " articles"));
        }
        excerpt.getChildren().setAll(excerptNodes(e));
        Article a = e.article();
        swatch.setFill(Color.web(SeriesPalette.hex(series.applyAsInt(a))));
        swatch.setStyle(SeriesPalette.fillStyle(series.applyAsInt(a))); // the theme's colour
        articleTitle.setText(a.displayTitle());
        StringBuilder meta = new StringBuilder();
        if (a.publisher() != null && !a.publisher().isBlank()) {
            meta.append(a.publisher()).append(" · ");
        }
        if (a.published() != null) {
            meta.append(DAY.format(a.published())).append(" (").append(a.dateOrigin().description()).append(") · ");
        } else {
            meta.append("no article date · ");
        }
        meta.append(a.source());
        articleMeta.setText(meta.toString());
        setContent(body);
        setVvalue(0);
    }

    /** "Sources disagree: The Epoch Times says July 2021; Newsweek, Foreign Affairs say August 2021". */
    public static String disagreementText(MergedEvent m) {
        List<List<String>> who = new java.util.ArrayList<>();
        List<String> says = new java.util.ArrayList<>();
        for (DateClaim c : m.disagreement().claims()) {
            who.add(c.sources().stream().map(x -> x.article().sourceName()).distinct().toList());
            says.add(DateInWords.of(c.date().timex()));
        }
        return DisagreementWords.of(who, says);
    }

    /**
     * One source of a merged event, compact: one line (its publisher or article, the date it gives); a click on
     * the line shows its paragraph and its buttons (open the article, separate it), a second click hides them.
     */
    private VBox sourceNode(Event s) {
        Article a = s.article();
        Rectangle sw = new Rectangle(10, 10, Color.web(SeriesPalette.hex(series.applyAsInt(a))));
        sw.setStyle(SeriesPalette.fillStyle(series.applyAsInt(a)));
        Label says = new Label(sourceLine(s));
        says.getStyleClass().add("detail-source-line");
        says.setTooltip(new javafx.scene.control.Tooltip(a.displayTitle() + "\n" + a.source()));
        says.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(6, sw, says);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setCursor(javafx.scene.Cursor.HAND);
        TextFlow ex = new TextFlow();
        ex.getStyleClass().add("detail-excerpt");
        ex.getChildren().setAll(excerptNodes(s));
        Button openIt = new Button("Open article");
        openIt.getStyleClass().add("open-source-article");
        openIt.setOnAction(x -> openArticle.accept(s));
        Button separate = new Button("Separate");
        separate.setTooltip(new javafx.scene.control.Tooltip("This source tells another event: make it an event of its own"));
        separate.getStyleClass().add("separate-source");
        separate.setOnAction(x -> {
            if (onSeparate != null) {
                onSeparate.accept(s);
            }
        });
        HBox buttons = new HBox(6, separate, openIt);
        VBox more = new VBox(4, ex, buttons);
        more.setVisible(false);
        more.setManaged(false);
        line.setOnMouseClicked(x -> {
            more.setVisible(!more.isVisible());
            more.setManaged(more.isVisible());
        });
        VBox box = new VBox(2, line, more);
        box.getStyleClass().add("detail-source");
        box.setUserData(s);
        return box;
    }

    /** "Foreign Affairs · Aug 16, 2021 · says August 15, 2021": who, when it wrote, and the date it gives. */
    static String sourceLine(Event s) {
        Article a = s.article();
        String who = a.publisher() == null || a.publisher().isBlank() ? a.displayTitle() : a.publisher();
        return who + " · " + (a.published() == null ? "no article date" : DAY.format(a.published()))
                + " · says " + DateInWords.of(s.timex());
    }

    /** The sources listed for a merged event, in order (for tests). */
    public List<Event> listedSources() {
        return sources.getChildren().stream().map(n -> (Event) n.getUserData()).toList();
    }

    /** The "Open article" button of the i-th listed source. */
    public Button openSourceButton(int i) {
        return sourceButton(i, 1);
    }

    /** The "Separate" button of the i-th listed source. */
    public Button separateButton(int i) {
        return sourceButton(i, 0);
    }

    private Button sourceButton(int i, int k) {
        VBox more = (VBox) ((VBox) sources.getChildren().get(i)).getChildren().get(1);
        return (Button) ((HBox) more.getChildren().get(1)).getChildren().get(k);
    }

    /** The one line of the i-th listed source, which shows its paragraph on a click (for tests). */
    public javafx.scene.Node sourceLine(int i) {
        return ((VBox) sources.getChildren().get(i)).getChildren().get(0);
    }

    /** Whether the i-th listed source shows its paragraph and buttons. */
    public boolean sourceExpanded(int i) {
        return ((VBox) sources.getChildren().get(i)).getChildren().get(1).isVisible();
    }

    /** What "Separate" does with a source of the shown merged event. */
    public void setOnSeparate(Consumer<Event> action) {
        this.onSeparate = action;
    }

    public String disagreementLine() {
        return disagreement.isVisible() ? disagreement.getText() : null;
    }

    /** The box the window puts its correction buttons in. */
    public javafx.scene.layout.FlowPane actions() {
        return actions;
    }

    /**
     * The excerpt as text nodes: the date phrase marked ({@code excerpt-phrase}), the word that names its event
     * ({@code excerpt-trigger}) when there is one, and the other words the label is made of ({@code excerpt-label}),
     * so that every word of the label shows where it comes from.
     */
    static java.util.List<Text> excerptNodes(Event e) {
        String ex = e.excerpt();
        int[] kind = new int[ex.length()]; // 0 plain, 1 label, 2 trigger, 3 date phrase: the higher wins
        for (app.dateline.engine.event.LabelSource l : e.labelSources()) {
            mark(kind, l.begin() - e.excerptBegin(), l.end() - e.excerptBegin(), 1);
        }
        if (e.trigger() != null) {
            mark(kind, e.excerptTriggerBegin(), e.excerptTriggerEnd(), 2);
        }
        mark(kind, e.excerptMentionBegin(), e.excerptMentionEnd(), 3);
        java.util.List<Text> nodes = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 1; i <= ex.length(); i++) {
            if (i == ex.length() || kind[i] != kind[at]) {
                Text run = text(ex.substring(at, i));
                if (kind[at] > 0) {
                    run.getStyleClass().add(MARKS[kind[at]]);
                }
                nodes.add(run);
                at = i;
            }
        }
        if (nodes.isEmpty()) {
            nodes.add(text(""));
        }
        return nodes;
    }

    private static final String[] MARKS = {null, "excerpt-label", "excerpt-trigger", "excerpt-phrase"};

    private static void mark(int[] kind, int begin, int end, int k) {
        for (int i = Math.max(0, begin); i < Math.min(kind.length, end); i++) {
            kind[i] = Math.max(kind[i], k);
        }
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("body-text");
        return t;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-key");
        return l;
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add("detail-value");
        l.setWrapText(true);
        return l;
    }

    public ObjectProperty<MergedEvent> eventProperty() {
        return event;
    }

    /** The date in words shown (for tests). */
    public String dateText() {
        return date.getText();
    }

    public String anchoredText() {
        return anchored.getText();
    }

    /** The date phrase marked in the excerpt, or null. */
    public String excerptPhrase() {
        return marked("excerpt-phrase");
    }

    /** The trigger marked in the excerpt, or null (for tests). */
    public String excerptTrigger() {
        return marked("excerpt-trigger");
    }

    /** The label's words marked in the excerpt, other than the date phrase and trigger, in order (for tests). */
    public java.util.List<String> excerptLabelWords() {
        return excerpt.getChildren().stream().filter(n -> n.getStyleClass().contains("excerpt-label"))
                .map(n -> ((Text) n).getText()).toList();
    }

    private String marked(String style) {
        return excerpt.getChildren().stream().filter(n -> n.getStyleClass().contains(style))
                .map(n -> ((Text) n).getText()).findFirst().orElse(null);
    }

    public Button openButton() {
        return open;
    }
}
