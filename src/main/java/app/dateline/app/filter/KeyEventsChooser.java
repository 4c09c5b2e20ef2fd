package app.dateline.app.filter;

import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.model.Workspace;
import app.dateline.engine.merge.MergedEvent;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The key-events control: all events, or only the 10, 20, 50 or 100 most important, each offered only when the
 * story has more events on the timeline than that (on 42 events, Top 50 would be All events again). The timeline,
 * the list and the exports follow it (it sets {@link Workspace#topProperty()}).
 */
public final class KeyEventsChooser extends ComboBox<Integer> {

    static final List<Integer> CHOICES = List.of(0, 10, 20, 50, 100);

    public KeyEventsChooser(Workspace workspace) {
        getItems().setAll(CHOICES);
        workspace.events().addListener((javafx.collections.ListChangeListener<MergedEvent>) c -> offer(workspace));
        offer(workspace);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n <= 0 ? "All events" : "Top " + n + " events";
            }

            @Override
            public Integer fromString(String s) {
                return s == null || !s.matches(".*\\d+.*") ? 0 : Integer.parseInt(s.replaceAll("\\D+", ""));
            }
        });
        setValue(workspace.topProperty().get());
        valueProperty().addListener((o, old, now) -> workspace.topProperty().set(now == null ? 0 : now));
        workspace.topProperty().addListener((o, old, now) -> setValue(now.intValue()));
        LazyTooltip.install(this, "Show only the story's most important events (told by most sources), or all of them");
        getStyleClass().add("key-events");
    }

    /** All events, and the sizes smaller than the number of events on the timeline (the one chosen stays offered). */
    private void offer(Workspace workspace) {
        long events = workspace.events().stream().filter(MergedEvent::isPlottable).count();
        Integer chosen = getValue();
        List<Integer> offered = CHOICES.stream().filter(n -> n <= 0 || n < events || n.equals(chosen)).toList();
        if (!getItems().equals(offered)) {
            getItems().setAll(offered);
            setValue(chosen);
        }
    }
}
