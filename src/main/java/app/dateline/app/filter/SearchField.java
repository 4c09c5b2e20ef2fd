package app.dateline.app.filter;

import app.dateline.app.model.EventFilter;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search field (ControlsFX, with a clear button): the words typed filter the events a moment after
 * typing stops, so a hundred thousand events are filtered once per pause, not once per key. Escape clears
 * it; Enter or Down goes to the timeline.
 */
public final class SearchField {

    private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();

    /**
     * @param leave called on Escape or Down: where the keyboard goes next
     * @param next  called on Enter: the next match in date order
     */
    public SearchField(EventFilter filter, Runnable leave, Runnable next) {
        field.setPromptText("Search labels and excerpts (Ctrl+F)");
        field.setLeft(new FontIcon("mdi2m-magnify"));
        field.setPrefColumnCount(20);
        field.getStyleClass().add("search-field");
        PauseTransition typing = new PauseTransition(Duration.millis(120));
        typing.setOnFinished(e -> filter.queryProperty().set(field.getText()));
        field.textProperty().addListener(o -> typing.playFromStart());
        filter.queryProperty().addListener((o, old, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                leave.run();
            } else if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                filter.queryProperty().set(field.getText()); // a query typed fast is applied before moving on
                next.run();
            } else if (e.getCode() == KeyCode.DOWN) {
                leave.run();
            }
        });
    }

    public CustomTextField node() {
        return field;
    }
}
