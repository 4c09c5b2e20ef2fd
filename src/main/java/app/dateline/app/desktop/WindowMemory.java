package app.dateline.app.desktop;

import app.dateline.app.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size, position and maximised state, and the positions of its dividers, kept in {@link Settings}
 * when the window closes and put back when it opens. A position on no screen today (a monitor unplugged)
 * is dropped: the window then opens where the system puts it.
 */
public final class WindowMemory {

    private final Settings settings;
    /** The size and place before maximising: what is kept when the window closes maximised. */
    private Rectangle2D normal;

    public WindowMemory(Settings settings) {
        this.settings = settings;
    }

    /** Sizes and places {@code stage} as it was (before it is shown). */
    public void restore(Stage stage) {
        double w = settings.number("window.width", -1);
        double h = settings.number("window.height", -1);
        if (w >= stage.getMinWidth() && h >= stage.getMinHeight()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(w, Math.max(screen.getWidth(), stage.getMinWidth())));
            stage.setHeight(Math.min(h, Math.max(screen.getHeight(), stage.getMinHeight())));
            double x = settings.number("window.x", Double.NaN);
            double y = settings.number("window.y", Double.NaN);
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 40, 40).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(settings.flag("window.maximized", false));
        stage.maximizedProperty().addListener((o, was, now) -> keepNormal(stage));
        stage.xProperty().addListener((o, was, now) -> keepNormal(stage));
        stage.widthProperty().addListener((o, was, now) -> keepNormal(stage));
    }

    private void keepNormal(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Puts back the dividers of each named split pane (after the window is shown and laid out). */
    public void restoreDividers(Map<String, SplitPane> panes) {
        panes.forEach((name, pane) -> {
            List<String> kept = settings.list("divider." + name);
            if (kept.size() == pane.getDividers().size()) {
                double[] positions = new double[kept.size()];
                for (int i = 0; i < positions.length; i++) {
                    try {
                        positions[i] = Math.max(0.02, Math.min(0.98, Double.parseDouble(kept.get(i))));
                    } catch (NumberFormatException e) {
                        return; // hand-edited: keep the layout's own
                    }
                }
                pane.setDividerPositions(positions);
            }
        });
    }

    public void saveDividers(Map<String, SplitPane> panes) {
        panes.forEach((name, pane) -> {
            List<String> positions = new ArrayList<>();
            for (double d : pane.getDividerPositions()) {
                positions.add(String.format(Locale.ROOT, "%.4f", d));
            }
            settings.putList("divider." + name, positions);
        });
    }

    public void save(Stage stage) {
        keepNormal(stage);
        settings.put("window.maximized", stage.isMaximized());
        if (normal != null) {
            settings.put("window.x", normal.getMinX());
            settings.put("window.y", normal.getMinY());
            settings.put("window.width", normal.getWidth());
            settings.put("window.height", normal.getHeight());
        }
    }
}
