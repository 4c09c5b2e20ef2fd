package app.dateline.app.filter;

import app.dateline.app.model.ArticleSeries;
import app.dateline.app.model.Workspace;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.CheckListView;

/**
 * The articles, each with its colour on the timeline and how many dates it has: the legend, and the filter
 * (uncheck an article to hide its events). A ControlsFX {@link CheckListView} with "All" and "None".
 */
public final class ArticleLegend extends VBox {

    private final CheckListView<ArticleExtraction> list = new CheckListView<>();
    private final Workspace workspace;
    private boolean syncing;

    static final String NONE_OPEN = "No articles open";
    static final String READING = "Reading articles\u2026";
    private final javafx.beans.property.BooleanProperty reading = new javafx.beans.property.SimpleBooleanProperty(this, "reading");

    /** True while articles are being read: the empty list says so rather than "No articles open". */
    public javafx.beans.property.BooleanProperty readingProperty() {
        return reading;
    }

    public ArticleLegend(Workspace workspace) {
        this.workspace = workspace;
        getStyleClass().add("article-legend");
        Label heading = new Label("Articles");
        heading.getStyleClass().add("pane-heading");
        Button all = new Button("All");
        all.setOnAction(e -> list.getCheckModel().checkAll());
        Button none = new Button("None");
        none.setOnAction(e -> list.getCheckModel().clearChecks());
        all.getStyleClass().add("small-button");
        none.getStyleClass().add("small-button");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, heading, grow, all, none);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 6, 4, 8));
        list.setCellFactory(v -> new ArticleCell());
        Label placeholder = new Label(NONE_OPEN);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(reading).then(READING).otherwise(NONE_OPEN));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);

        // the list follows the articles once the legend is in a window: its check model keys every article by its
        // hash, the whole extraction's (the window's start puts the legend in after the timeline's first frame)
        if (getScene() != null) {
            follow();
        } else {
            sceneProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (getScene() != null) {
                        sceneProperty().removeListener(this);
                        follow();
                    }
                }
            });
        }
        workspace.filter().hiddenArticles().addListener((javafx.collections.SetChangeListener<String>) c -> showChecked());
    }

    /** Shows the workspace's articles, checked but those the filter hides. */
    private void follow() {
        list.setItems(workspace.articles());
        // after the check model's own listener, which this one needs to have seen the new articles
        workspace.articles().addListener((ListChangeListener<ArticleExtraction>) c -> {
            syncing = true;
            list.getCheckModel().checkAll();
            syncing = false;
        });
        syncing = true;
        list.getCheckModel().checkAll();
        syncing = false;
        showChecked();
        // the list made a new check model for its items
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<ArticleExtraction>) c -> {
            showTicks();
            if (syncing) {
                return;
            }
            java.util.Set<String> hidden = new java.util.HashSet<>();
            for (ArticleExtraction a : workspace.articles()) {
                if (!list.getCheckModel().isChecked(a)) {
                    hidden.add(a.article().source());
                }
            }
            workspace.filter().hiddenArticles().retainAll(hidden);
            workspace.filter().hiddenArticles().addAll(hidden);
        });
    }

    /** The rows on screen show their article's tick as the check model has it. */
    private void showTicks() {
        for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ArticleCell cell) {
                cell.showTick();
            }
        }
    }

    /** Ticks exactly the articles the filter shows. */
    private void showChecked() {
        if (list.getItems() != workspace.articles()) {
            return; // not following yet
        }
        syncing = true;
        for (ArticleExtraction a : workspace.articles()) {
            boolean show = !workspace.filter().hiddenArticles().contains(a.article().source());
            if (show != list.getCheckModel().isChecked(a)) {
                if (show) {
                    list.getCheckModel().check(a);
                } else {
                    list.getCheckModel().clearCheck(a);
                }
            }
        }
        syncing = false;
    }

    public CheckListView<ArticleExtraction> list() {
        return list;
    }

    /**
     * A check box, the article's colour, its title and a line of detail. The row is built once per cell and
     * filled for each article: a {@code CheckBoxListCell} puts its box back as the graphic at every update, and a
     * row wrapped around it lost the box when the list updated the cell again (clicking a row left it with none).
     */
    private final class ArticleCell extends ListCell<ArticleExtraction> {

        private final CheckBox box = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label title = new Label();
        private final Label sub = new Label();
        private final HBox row;

        ArticleCell() {
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            title.getStyleClass().add("legend-title");
            sub.getStyleClass().add("legend-detail");
            title.setMinWidth(0);
            title.setWrapText(true);
            title.setMaxHeight(34); // two lines at most
            sub.setMinWidth(0);
            VBox text = new VBox(1, title, sub);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(6, box, swatch, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.setPrefWidth(0); // follow the list's width, cut titles with an ellipsis rather than scroll sideways
            row.maxWidthProperty().bind(list.widthProperty().subtract(30));
        }

        void showTick() {
            ArticleExtraction item = getItem();
            if (item != null && !isEmpty()) {
                box.setSelected(list.getCheckModel().isChecked(item));
            }
        }

        @Override
        protected void updateItem(ArticleExtraction item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // the box shows and sets the list's check model itself (the model the list has now: a new list of
            // articles gives it a new one, and a box bound to an item's tick property kept the old model's)
            showTick();
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    list.getCheckModel().check(item);
                } else {
                    list.getCheckModel().clearCheck(item);
                }
            });
            int series = workspace.getSeries().of(item.article());
            swatch.setFill(Color.web(SeriesPalette.hex(series)));
            swatch.setStyle(SeriesPalette.fillStyle(series));
            title.setText(item.article().displayTitle());
            long dated = item.events().stream().filter(Event::isPlottable).count();
            String detail = ArticleSeries.describe(item.article());
            sub.setText((detail.isEmpty() ? "" : detail + " \u00b7 ") + dated + (dated == 1 ? " date" : " dates"));
            setGraphic(row);
            setTooltip(new Tooltip(item.article().displayTitle() + "\n" + detail + "\n" + item.article().source()));
        }
    }
}
