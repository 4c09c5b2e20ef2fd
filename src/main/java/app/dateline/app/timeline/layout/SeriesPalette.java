package app.dateline.app.timeline.layout;

/**
 * One colour per source (a series), as 0xRRGGBB: the twelve colours of {@code /dateline/style/palette.txt}, the one
 * style the window, the overview and every picture share (a colour-blind-safe qualitative palette after Tableau
 * 10/20). More series step round the hue circle by the golden angle, which keeps any two of them apart; pictures
 * instead give every source past the twelfth the {@link #OTHER} grey.
 */
public final class SeriesPalette {

    private static final int[] BASE;
    /** The colour of the sources a picture does not tell apart ("other sources"). */
    public static final int OTHER;

    static {
        java.util.List<Integer> colours = new java.util.ArrayList<>();
        int other = 0x9AA3AB;
        try (java.io.InputStream in = SeriesPalette.class.getResourceAsStream("/dateline/style/palette.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dateline/style/palette.txt");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("other ")) {
                    other = Integer.parseInt(l.substring(l.indexOf('#') + 1), 16);
                } else if (l.matches("#[0-9a-fA-F]{6}")) {
                    colours.add(Integer.parseInt(l.substring(1), 16));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BASE = colours.stream().mapToInt(Integer::intValue).toArray();
        OTHER = other;
    }

    /** How many series the palette tells apart. */
    public static int distinct() {
        return BASE.length;
    }

    private SeriesPalette() {
    }

    public static int rgb(int series) {
        int s = Math.abs(series);
        if (s < BASE.length) {
            return BASE[s];
        }
        double hue = (s * 137.508) % 360;
        double sat = 0.55 + 0.2 * ((s / 3) % 2);
        double val = 0.62 + 0.16 * (s % 2);
        return hsv(hue, sat, val);
    }

    /** "#4e79a7". */
    public static String hex(int series) {
        return String.format("#%06x", rgb(series));
    }

    public static String hex(int series, boolean otherPastPalette) {
        return otherPastPalette && series >= BASE.length ? String.format("#%06x", OTHER) : hex(series);
    }

    private static int hsv(double h, double s, double v) {
        double c = v * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = v - c;
        double r;
        double g;
        double b;
        if (h < 60) {
            r = c; g = x; b = 0;
        } else if (h < 120) {
            r = x; g = c; b = 0;
        } else if (h < 180) {
            r = 0; g = c; b = x;
        } else if (h < 240) {
            r = 0; g = x; b = c;
        } else if (h < 300) {
            r = x; g = 0; b = c;
        } else {
            r = c; g = 0; b = x;
        }
        return (int) Math.round((r + m) * 255) << 16 | (int) Math.round((g + m) * 255) << 8 | (int) Math.round((b + m) * 255);
    }
}
