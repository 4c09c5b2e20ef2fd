package app.dateline.app.timeline.layout;

/**
 * One colour per source (a series), as 0xRRGGBB: the twelve colours of {@code /dateline/style/palette.txt}, the one
 * style the window, the overview and every picture share (a colour-blind-safe qualitative palette after Tableau
 * 10/20). Every series past the twelfth gets the {@link #OTHER} grey:
 * more colours than that cannot be told apart (sources are grouped first: {@code ArticleSeries}).
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

    /** The colour of a series: the palette's twelve, then the grey of the sources it does not tell apart. */
    public static int rgb(int series) {
        int s = Math.abs(series);
        return s < BASE.length ? BASE[s] : OTHER;
    }

    /** "#4e79a7". */
    public static String hex(int series) {
        return String.format("#%06x", rgb(series));
    }
}
