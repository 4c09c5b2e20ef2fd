package app.dateline.app.list;

import app.dateline.app.format.EmptyWords;
import app.dateline.app.model.Workspace;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.DateInWords;
import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Every event the filter keeps, in a sortable table (date, event, article), selected in step with
 * the timeline. Events that are not on the timeline (durations, vague dates, time stamps) are listed too, greyed.
 */
public final class EventTable extends TableView<MergedEvent> {

    /** Orders events by the first day they cover; events with no day come last, in text order. */
    public static final Comparator<MergedEvent> BY_DATE = Comparator
            .comparing((MergedEvent e) -> e.date().from(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.date().to(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.sources().get(0).article().source())
            .thenComparingInt(e -> e.sources().get(0).mention().begin());

    private static final PseudoClass UNDATED = PseudoClass.getPseudoClass("undated");

    private final Workspace workspace;
    private boolean syncing;

    /** The article's title, or for an event several articles tell, the first one's and how many more. */
    static String articleText(MergedEvent e) {
        int others = e.sourceCount() - 1;
        return e.sources().get(0).article().displayTitle() + (others > 0 ? " (+" + others + (others == 1 ? " other)" : " others)") : "");
    }

    private final javafx.beans.property.BooleanProperty reading = new javafx.beans.property.SimpleBooleanProperty(this, "reading");

    /** True while articles are being read: the empty list says so rather than asking to open a folder. */
    public javafx.beans.property.BooleanProperty readingProperty() {
        return reading;
    }

    public EventTable(Workspace workspace, Consumer<MergedEvent> open, Runnable previous, Runnable next) {
        this.workspace = workspace;
        getStyleClass().add("event-table");
        SortedList<MergedEvent> sorted = new SortedList<>(workspace.shownEvents());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        TableColumn<MergedEvent, MergedEvent> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(BY_DATE);
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MergedEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.isPlottable() ? DateInWords.shortOf(e.date().timex()) : e.sources().get(0).mention().text());
            }
        });
        date.setPrefWidth(120);
        date.setMinWidth(112);

        TableColumn<MergedEvent, String> label = new TableColumn<>("Event");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(300);
        label.setMinWidth(120);

        TableColumn<MergedEvent, String> article = new TableColumn<>("Article");
        article.setCellValueFactory(c -> new ReadOnlyStringWrapper(articleText(c.getValue())));
        article.setCellFactory(c -> new TableCell<>() {
            private final Rectangle swatch = new Rectangle(10, 10);

            @Override
            protected void updateItem(String title, boolean empty) {
                super.updateItem(title, empty);
                MergedEvent e = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                swatch.setFill(Color.web(SeriesPalette.hex(workspace.getSeries().applyAsInt(e))));
                swatch.setStyle(SeriesPalette.fillStyle(workspace.getSeries().applyAsInt(e)));
                setGraphic(swatch);
                setText(title);
            }
        });
        article.setPrefWidth(160);
        article.setMinWidth(90);

        getColumns().add(date);
        getColumns().add(label);
        getColumns().add(article);
        getSortOrder().add(date);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(EmptyWords.emptyList(0, 0));
        // why the list is empty: nothing read, articles with no date, or filters that hide every event
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> reading.get() ? EmptyWords.READING : EmptyWords.emptyList(workspace.articles().size(), workspace.events().size()),
                workspace.articles(), workspace.events(), reading));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        setPlaceholder(placeholder);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MergedEvent e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(UNDATED, !empty && e != null && !e.isPlottable());
            }
        });

        getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                workspace.setSelected(now);
                syncing = false;
            }
        });
        workspace.selectedProperty().addListener((o, old, now) -> show(now));
        // a filter changed what is listed (a search cleared, All events again): the selected row comes back into view,
        // once the list has laid out its new rows
        sorted.addListener((javafx.collections.ListChangeListener<MergedEvent>) c -> javafx.application.Platform.runLater(() -> {
            MergedEvent selected = workspace.getSelected();
            if (selected != null) {
                show(selected);
            }
        }));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && workspace.getSelected() != null) {
                open.accept(workspace.getSelected());
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT && !e.isShortcutDown()) {
                previous.run();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT && !e.isShortcutDown()) {
                next.run();
                e.consume();
            }
        });
    }

    private void show(MergedEvent e) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (e == null) {
                getSelectionModel().clearSelection();
                return;
            }
            int row = getItems().indexOf(e);
            if (row >= 0) {
                getSelectionModel().clearAndSelect(row);
                scrollIntoView(row);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls the list to its first event that begins within {@code fromDay..toDay} (epoch days: the timeline's story),
     * when none is selected: a folder opens with the list on the story's events, as the timeline does, not on a
     * far date an article recalls (pooled H1N1 recalls the plague of 1347 and reads "1 in 1000" as a year).
     */
    public void showFrom(double fromDay, double toDay) {
        if (workspace.getSelected() != null) {
            return;
        }
        java.util.List<MergedEvent> rows = getItems();
        for (int row = 0; row < rows.size(); row++) {
            MergedEvent e = rows.get(row);
            // the first to begin in the story: a decade or a year that began before it ("2000s") stays above
            if (e.isPlottable() && e.date().from().toEpochDay() + 1 > fromDay && e.date().from().toEpochDay() < toDay) {
                scrollWhenShown(row);
                return;
            }
        }
    }

    /** Scrolls to {@code row}, now or, when the list is not in the window yet (its pane comes later), once it is. */
    private void scrollWhenShown(int row) {
        if (getSkin() != null) {
            scrollTo(row);
            return;
        }
        skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> o,
                                javafx.scene.control.Skin<?> old, javafx.scene.control.Skin<?> now) {
                skinProperty().removeListener(this);
                javafx.application.Platform.runLater(() -> scrollTo(row));
            }
        });
    }

    /** Scrolls only when the row is out of sight, so picking a visible row does not make the list jump. */
    private void scrollIntoView(int row) {
        if (lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        scrollTo(Math.max(0, row - 3));
    }
}
