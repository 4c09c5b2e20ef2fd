package app.dateline.app.export;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Asks what to export: the format, the whole timeline or the visible window, the width, the scale and the title. */
public final class ExportDialog extends Dialog<ExportChoice> {

    public ExportDialog(Window owner, String title, String visibleRange, int width) {
        this(owner, title, visibleRange, new app.dateline.app.settings.ExportDefaults(false, width, 1));
    }

    /** The picture's width in pixels, typed or stepped by 100: this dialog's, and the default's in Preferences. */
    public static Spinner<Integer> widthSpinner(int width) {
        Spinner<Integer> field = new Spinner<>(app.dateline.app.settings.ExportDefaults.MIN_WIDTH,
                app.dateline.app.settings.ExportDefaults.MAX_WIDTH, width, 100);
        field.setEditable(true);
        field.setPrefWidth(110);
        return field;
    }

    /** Starts with the format, width and scale of Preferences > Export. */
    public ExportDialog(Window owner, String title, String visibleRange, app.dateline.app.settings.ExportDefaults defaults) {
        int width = defaults.width();
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the events shown (filters and key events applied): a picture with its title and legend, "
                + "or the events for other tools");
        ToggleGroup formats = new ToggleGroup();
        javafx.scene.layout.VBox formatBox = new javafx.scene.layout.VBox(6);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(f.choice());
            b.setUserData(f);
            b.setToggleGroup(formats);
            b.setSelected(f == (defaults.svg() ? ExportFormat.SVG : ExportFormat.PNG));
            formatBox.getChildren().add(b);
        }
        javafx.beans.binding.BooleanBinding notPng = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> formats.getSelectedToggle() == null || formats.getSelectedToggle().getUserData() != ExportFormat.PNG,
                formats.selectedToggleProperty());
        javafx.beans.binding.BooleanBinding notPicture = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> formats.getSelectedToggle() == null || !((ExportFormat) formats.getSelectedToggle().getUserData()).picture(),
                formats.selectedToggleProperty());
        ToggleGroup range = new ToggleGroup();
        RadioButton whole = new RadioButton("The whole timeline");
        RadioButton visible = new RadioButton("The visible window (" + visibleRange + ")");
        whole.setToggleGroup(range);
        visible.setToggleGroup(range);
        whole.setSelected(true);
        Spinner<Integer> widthField = widthSpinner(width);
        ToggleGroup scales = new ToggleGroup();
        HBox scaleBox = new HBox(10);
        for (int s = 1; s <= 3; s++) {
            RadioButton b = new RadioButton(s + "x");
            b.setUserData(s);
            b.setToggleGroup(scales);
            b.setSelected(s == defaults.scale());
            scaleBox.getChildren().add(b);
        }
        TextField titleField = new TextField(title);
        titleField.setPrefColumnCount(36);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(14));
        grid.addRow(0, new Label("Format"), formatBox);
        javafx.scene.layout.VBox show = new javafx.scene.layout.VBox(6, whole, visible);
        grid.addRow(1, new Label("Show"), show);
        grid.addRow(2, new Label("Width (px)"), widthField);
        grid.addRow(3, new Label("Scale"), scaleBox);
        grid.addRow(4, new Label("Title"), titleField);
        scaleBox.disableProperty().bind(notPng);
        show.disableProperty().bind(notPicture); // the events themselves: every shown event, whatever the view
        widthField.disableProperty().bind(notPicture);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        setResultConverter(b -> b == export
                ? new ExportChoice(whole.isSelected(), widthField.getValue(), (Integer) scales.getSelectedToggle().getUserData(),
                titleField.getText().isBlank() ? title : titleField.getText().strip(),
                (ExportFormat) formats.getSelectedToggle().getUserData())
                : null);
        setOnShown(e -> titleField.requestFocus());
    }
}
