package app.dateline.app.filter;

import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.model.Workspace;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The key-events control: all events, or only the 10, 20, 50 or 100 most important. The timeline, the list and
 * the exports follow it (it sets {@link Workspace#topProperty()}).
 */
public final class KeyEventsChooser extends ComboBox<Integer> {

    static final List<Integer> CHOICES = List.of(0, 10, 20, 50, 100);

    public KeyEventsChooser(Workspace workspace) {
        getItems().setAll(CHOICES);
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
}
