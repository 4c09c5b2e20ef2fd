package app.dateline.app.picture;

import app.dateline.app.timeline.layout.TextMeasure;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the SVG layouts share: the font and its metrics, XML escaping, and wrapping text into lines. */
final class Svg {

    static final String FONT_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif";
    static final String INK = "#1d2733";
    static final String MUTED = "#5b6773";
    static final String FAINT = "#8a949e";
    private static final String FACE = face();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Svg() {
    }

    /** The face the pictures are drawn in: DejaVu Sans where it is installed (the PNG renders with it). */
    private static String face() {
        try {
            boolean dejaVu = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .contains("DejaVu Sans");
            return dejaVu ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    static TextMeasure measure(double size, boolean bold) {
        Font font = new Font(FACE, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        return s -> font.getStringBounds(s, FRC).getWidth();
    }

    /** The lines of {@code text} wrapped at words to {@code width}, at most {@code max}; the last cut with "…" when more was left. */
    static Wrapped wrap(String text, TextMeasure m, double width, int max) {
        String[] words = text.strip().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (line.isEmpty() || m.width(candidate) <= width) { // a word longer than a line has one of its own
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == max) {
                    break;
                }
            }
        }
        boolean cut = i < words.length;
        if (!line.isEmpty() && lines.size() < max) {
            lines.add(line.toString());
        }
        if (cut) {
            String last = lines.get(lines.size() - 1);
            while (m.width(last + " …") > width && last.contains(" ")) {
                last = last.substring(0, last.lastIndexOf(' '));
            }
            last = last.replaceAll("[\\s,;:—–-]+$", "");
            lines.set(lines.size() - 1, last + "\u2009…");
        }
        double w = lines.stream().mapToDouble(m::width).max().orElse(0);
        return new Wrapped(List.copyOf(lines), w, cut);
    }

    record Wrapped(List<String> lines, double width, boolean cut) {
    }

    static String text(double x, double y, String attrs, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>%n", x, y,
                attrs.isEmpty() ? "" : " " + attrs, esc(content));
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text: the five specials escaped, characters XML cannot hold dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
