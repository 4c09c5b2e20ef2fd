package app.dateline.app.timeline.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One colour per source (a series), as 0xRRGGBB: the twelve looked-up colours {@code -dl-series-0} to
 * {@code -dl-series-11} of the light theme's stylesheet ({@code /dateline/app/themes/light.css}), the one style the
 * window (through CSS, so a theme can change it), the overview and every picture (from this class) share. Every
 * series past the twelfth gets {@code -dl-series-other}, {@link #OTHER}: more colours than that cannot be told
 * apart (sources are grouped first: {@code ArticleSeries}).
 */
public final class SeriesPalette {

    /** The stylesheet the palette is read from. */
    public static final String STYLESHEET = "/dateline/app/themes/light.css";
    private static final Pattern ENTRY =
            Pattern.compile("(-dl-series-(?:\\d+|other))\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    /** The name of the looked-up colour of the sources past the palette. */
    public static final String OTHER_NAME = "-dl-series-other";
    private static final int[] BASE;
    /** The colour of the sources a picture does not tell apart ("other sources"). */
    public static final int OTHER;

    static {
        Map<String, Integer> entries = read(STYLESHEET);
        List<Integer> colours = new ArrayList<>();
        for (int k = 0; entries.containsKey("-dl-series-" + k); k++) {
            colours.add(entries.get("-dl-series-" + k));
        }
        if (colours.isEmpty() || !entries.containsKey(OTHER_NAME)) {
            throw new IllegalStateException(STYLESHEET + " has no -dl-series-0 or -dl-series-other colour");
        }
        BASE = colours.stream().mapToInt(Integer::intValue).toArray();
        OTHER = entries.get(OTHER_NAME);
    }

    /** The looked-up colour of a series in the stylesheets: "-dl-series-3", or "-dl-series-other" past the palette. */
    public static String name(int series) {
        int s = Math.abs(series);
        return s < BASE.length ? "-dl-series-" + s : OTHER_NAME;
    }

    /** The "-dl-series-…: #rrggbb;" entries of a stylesheet. */
    static Map<String, Integer> read(String resource) {
        try (InputStream in = SeriesPalette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Integer> entries = new HashMap<>();
            Matcher m = ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                entries.putIfAbsent(m.group(1), Integer.parseInt(m.group(2), 16));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The inline style that fills a shape with a series' colour as the theme sets it: "-fx-fill: -dl-series-3;". */
    public static String fillStyle(int series) {
        return "-fx-fill: " + name(series) + ";";
    }

    /** "#4e79a7". */
    public static String hex(int series) {
        return String.format("#%06x", rgb(series));
    }
}
