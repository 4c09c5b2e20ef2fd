package app.dateline.app.desktop;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first enters it, not when the window is built: each {@link Tooltip}
 * is a popup window with a scene of its own, about 5 % of the JavaFX thread's work of a start for the dozen
 * the window's tool bar, status bar and filters hold (JFR). The text is the control's accessible help at once,
 * so a screen reader has it before any pointer comes near. Showing is unchanged: the tooltip is in place before
 * the pointer's first move over the control, which is what starts a tooltip's delay.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Gives {@code control} the tooltip {@code text}, made on the pointer's first visit. */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, first);
    }
}
