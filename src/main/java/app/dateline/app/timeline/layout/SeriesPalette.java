package app.dateline.app.timeline.layout;

/**
 * One colour per article (a series), as 0xRRGGBB. The first ten are a colour-blind-safe qualitative palette
 * (after Tableau 10, reordered so neighbours differ most); more articles step round the hue circle by the
 * golden angle, which keeps any two of them apart.
 */
public final class SeriesPalette {

    private static final int[] BASE = {
        0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0xB07AA1, 0x76B7B2, 0x9C755F, 0xFF9DA7, 0xB8A21C, 0x7F7F7F,
    };

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
