package app.dateline.app.desktop;

import app.dateline.app.export.ExportDialog;
import app.dateline.app.settings.ExportDefaults;
import app.dateline.app.settings.Preferences;
import app.dateline.app.settings.Theme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Edit > Preferences: the theme, the text size and the export dialog's defaults. The window follows each
 * change as it is made (so the choice is seen), and goes back to what it was on Cancel.
 */
public final class PreferencesDialog extends Dialog<Preferences> {

    final ComboBox<Theme> theme = new ComboBox<>();
    final Slider textSize = new Slider(Preferences.MIN_TEXT, Preferences.MAX_TEXT, Preferences.DEFAULT_TEXT);

    public PreferencesDialog(Window owner, Appearance appearance) {
        Preferences start = appearance.current();
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("How Dateline looks, and what exports start with");

        theme.getItems().setAll(Theme.values());
        theme.setValue(start.theme());
        theme.setId("theme");
        textSize.setValue(start.textSize());
        textSize.setMajorTickUnit(2);
        textSize.setMinorTickCount(1);
        textSize.setSnapToTicks(true);
        textSize.setShowTickMarks(true);
        textSize.setShowTickLabels(true);
        textSize.setPrefWidth(260);
        textSize.setId("text-size");
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(textSize.valueProperty().asString("%.0f px"));

        ToggleGroup formats = new ToggleGroup();
        RadioButton png = new RadioButton("PNG");
        RadioButton svg = new RadioButton("SVG");
        png.setToggleGroup(formats);
        svg.setToggleGroup(formats);
        (start.export().svg() ? svg : png).setSelected(true);
        Spinner<Integer> width = ExportDialog.widthSpinner(start.export().width());
        Spinner<Integer> scale = new Spinner<>(1, 3, start.export().scale());
        scale.setPrefWidth(70);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(14));
        grid.addRow(0, new Label("Theme"), theme);
        grid.addRow(1, new Label("Text size"), new HBox(10, textSize, sizeValue));
        grid.addRow(2, new Label("Export format"), new HBox(12, png, svg));
        grid.addRow(3, new Label("Export width (px)"), width);
        grid.addRow(4, new Label("PNG scale"), scale);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("preferences-dialog");

        // the window shows each choice at once
        Runnable preview = () -> appearance.change(new Preferences(theme.getValue(), textSize.getValue(), start.export()));
        theme.valueProperty().addListener((o, was, now) -> preview.run());
        textSize.valueProperty().addListener((o, was, now) -> preview.run());

        setResultConverter(b -> b == ButtonType.OK
                ? new Preferences(theme.getValue(), Math.round(textSize.getValue()),
                new ExportDefaults(svg.isSelected(), width.getValue(), scale.getValue()))
                : null);
        setOnHidden(e -> {
            if (getResult() == null) {
                appearance.change(start);
            }
        });
    }
}
