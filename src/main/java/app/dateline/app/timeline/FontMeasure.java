package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.TextMeasure;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths in one font, from the width of each character measured once. Measuring whole strings with a
 * Text node costs microseconds each, too much for a hundred thousand labels; summing cached advances is
 * nearly free and off by at most a pixel or two of kerning, which the gap between labels absorbs.
 */
public final class FontMeasure implements TextMeasure {

    private static final Map<Font, FontMeasure> CACHE = new HashMap<>();

    private final Font font;
    private final double[] ascii = new double[0x3000];
    private final Map<Character, Double> others = new HashMap<>();
    private final Text probe = new Text();

    private FontMeasure(Font font) {
        this.font = font;
        probe.setFont(font);
        java.util.Arrays.fill(ascii, -1);
    }

    public static FontMeasure of(Font font) {
        return CACHE.computeIfAbsent(font, FontMeasure::new);
    }

    public Font font() {
        return font;
    }

    @Override
    public double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advance(text.charAt(i));
        }
        return Math.ceil(w);
    }

    @Override
    public double width(char c) {
        return advance(c);
    }

    /** The height of a line of this font. */
    public double lineHeight() {
        probe.setText("Ag");
        return probe.getLayoutBounds().getHeight();
    }

    private double advance(char c) {
        if (c < ascii.length) {
            double a = ascii[c];
            if (a < 0) {
                a = measure(c);
                ascii[c] = a;
            }
            return a;
        }
        return others.computeIfAbsent(c, this::measure);
    }

    private double measure(char c) {
        // "x" + c + "x" minus "xx" gives the advance of c even for spaces, which a Text alone reports as 0 wide
        probe.setText("x" + c + "x");
        double with = probe.getLayoutBounds().getWidth();
        probe.setText("xx");
        return Math.max(0, with - probe.getLayoutBounds().getWidth());
    }
}
