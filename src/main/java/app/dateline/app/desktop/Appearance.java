package app.dateline.app.desktop;

import app.dateline.app.export.TimelinePicture;
import app.dateline.app.settings.Preferences;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Applies the theme and the text size to every window of the app, the dialogs' too, now and as they open:
 * each scene gets the theme's stylesheet, {@code dateline.css}, and a generated stylesheet (a {@code data:}
 * URL) that sets the root's font size and the timeline's fonts and lane height to match.
 */
public final class Appearance {

    private static final double LABEL = 12;
    private static final double AXIS = 11;
    private static final double AXIS_MAJOR = 12;
    private static final double LANE = 24;

    private Preferences current;
    private boolean following;
    /** The scenes given the look, so that a change reaches them (weakly held: closed windows go). */
    private final java.util.Set<Scene> scenes = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    public Appearance(Preferences initial) {
        this.current = initial;
    }

    public Preferences current() {
        return current;
    }

    /** The stylesheets of a window's scene under {@code p}. */
    public static List<String> stylesheets(Preferences p) {
        List<String> sheets = new ArrayList<>();
        sheets.add(p.theme().stylesheet());
        sheets.add(TimelinePicture.stylesheet());
        sheets.add(sizeSheet(p.textScale()));
        return sheets;
    }

    /** {@code .root} font size and the timeline's fonts, scaled. */
    static String sizeSheet(double scale) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }%n"
                        + ".timeline-view { -dl-label-font: %.2fpx \"System\"; -dl-axis-font: %.2fpx \"System\"; "
                        + "-dl-axis-major-font: bold %.2fpx \"System\"; -dl-lane-height: %.1fpx; }%n",
                Preferences.DEFAULT_TEXT * scale, LABEL * scale, AXIS * scale, AXIS_MAJOR * scale, Math.round(LANE * scale * 2) / 2.0);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    public void apply(Scene scene) {
        if (scene != null) {
            scenes.add(scene);
            scene.getStylesheets().setAll(stylesheets(current));
        }
    }

    /** New preferences: every window given the look follows at once. */
    public void change(Preferences p) {
        current = p;
        for (Scene scene : List.copyOf(scenes)) {
            apply(scene);
        }
    }

    /** From now on every window that opens (dialogs included) gets the look. */
    public void followWindows() {
        if (following) {
            return;
        }
        following = true;
        ChangeListener<Scene> onScene = (o, was, scene) -> apply(scene);
        for (Window w : Window.getWindows()) {
            w.sceneProperty().addListener(onScene);
            apply(w.getScene());
        }
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    w.sceneProperty().addListener(onScene);
                    apply(w.getScene());
                }
            }
        });
    }
}
