package app.dateline.app.export;

import app.dateline.app.model.LegendEntry;
import app.dateline.app.format.DateWords;
import app.dateline.app.timeline.layout.Cluster;
import app.dateline.app.timeline.layout.LaneLayout;
import app.dateline.app.timeline.layout.LanePacker;
import app.dateline.app.timeline.layout.LayoutMetrics;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.app.timeline.layout.SourceBadge;
import app.dateline.app.timeline.layout.TextMeasure;
import app.dateline.app.timeline.layout.Tick;
import app.dateline.app.timeline.layout.AxisTicks;
import app.dateline.app.timeline.layout.TickGenerator;
import app.dateline.app.timeline.layout.TimeScale;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.app.timeline.layout.TimelineModel;
import app.dateline.engine.event.Event;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The timeline picture as SVG: title, axis, the laned events (spans with soft ends, points), clusters where
 * events crowd, and a legend. Built on the JavaFX-free layout model, so it needs no display; text is measured
 * with AWT's font metrics for a sans-serif face of the size the SVG asks for.
 */
public final class SvgPicture {

    private static final double PADDING = 24;
    private static final double LANE = 24;
    private static final double MAJOR_ROW = 20;
    private static final double MINOR_ROW = 18;
    private static final double FONT_SIZE = 12;
    private static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

    private final TextMeasure measure;
    private final TextMeasure bold;

    public SvgPicture() {
        this.measure = awt(new Font(Font.SANS_SERIF, Font.PLAIN, (int) FONT_SIZE));
        this.bold = awt(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    }

    private static TextMeasure awt(Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return s -> font.getStringBounds(s, frc).getWidth();
    }

    /** The SVG document of the request's events (its scale is ignored: SVG scales by itself). */
    public byte[] render(PictureRequest r) {
        double width = r.width();
        double inner = width - 2 * PADDING;
        LayoutMetrics metrics = LayoutMetrics.DEFAULT;
        List<Event> events = r.events().stream().filter(Event::isPlottable)
                .filter(e -> r.whole() || meets(e, r.from(), r.to())).toList();
        TimelineModel model = TimelineModel.of(events, r.series(), measure, metrics.maxLabelWidth());
        double room = Math.min(inner * 0.3, metrics.maxLabelWidth() + 16);
        double from = r.whole() ? model.firstDay() : r.from();
        double to = r.whole() ? model.lastDay() : r.to();
        if (model.isEmpty()) {
            from = LocalDate.now().toEpochDay();
            to = from + 365;
        }
        double dpp = Math.max(1e-6, (to - from) / Math.max(50, inner - room));
        TimeScale scale = new TimeScale(from, dpp, inner);
        LanePacker packer = new LanePacker(metrics);
        LaneLayout layout = packer.pack(model.items(), dpp, TimelinePicture.MAX_LANES, inner / 3);
        AxisTicks ticks = new TickGenerator(measure, 16).ticks(scale);
        int lanes = Math.max(1, layout.lanesUsed());
        boolean clusters = !layout.clusters().isEmpty();

        double top = PADDING + 60; // below the title and subtitle
        double lanesTop = top + MAJOR_ROW + MINOR_ROW + 8;
        double lanesBottom = lanesTop + lanes * LANE + (clusters ? LANE + 4 : 0);
        Legend legend = legend(r, events, inner);
        double legendTop = lanesBottom + 20;
        double height = legendTop + legend.height + (r.footer() == null ? 0 : 24) + PADDING;

        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\" font-size=\"%.0f\">%n",
                width, height, width, height, FONT, FONT_SIZE));
        s.append("<title>").append(esc(r.title())).append("</title>\n");
        s.append("<defs>\n");
        TreeSet<Integer> series = new TreeSet<>();
        model.items().forEach(it -> series.add(it.series()));
        for (int k : series) { // soft ends: "2022" reads as some time in 2022, not as its first day
            String c = SeriesPalette.hex(k);
            s.append("<linearGradient id=\"span").append(k).append("\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">")
                    .append("<stop offset=\"0\" stop-color=\"").append(c).append("\" stop-opacity=\"0\"/>")
                    .append("<stop offset=\"0.18\" stop-color=\"").append(c).append("\" stop-opacity=\"0.4\"/>")
                    .append("<stop offset=\"0.82\" stop-color=\"").append(c).append("\" stop-opacity=\"0.4\"/>")
                    .append("<stop offset=\"1\" stop-color=\"").append(c).append("\" stop-opacity=\"0\"/>")
                    .append("</linearGradient>\n");
        }
        s.append("</defs>\n");
        s.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
        s.append(text(PADDING, PADDING + 22, "title", "font-size=\"22\" font-weight=\"bold\" fill=\"#1d2733\"", r.title()));
        s.append(text(PADDING, PADDING + 46, "subtitle", "font-size=\"13\" fill=\"#5b6773\"", subtitle(events, model, from, to)));

        s.append(String.format(Locale.ROOT, "<g class=\"timeline\" transform=\"translate(%.1f 0)\">%n", PADDING));
        axis(s, ticks, scale, top, lanesBottom);
        s.append("<g class=\"events\">\n");
        for (int i = 0; i < layout.items().size(); i++) {
            if (layout.laneOf(i) >= 0) {
                item(s, layout.items().get(i), scale, lanesTop + layout.laneOf(i) * LANE, metrics);
            }
        }
        s.append("</g>\n");
        if (clusters) {
            clusterRow(s, layout, scale, lanesTop + lanes * LANE + 4);
        }
        s.append("</g>\n");
        s.append(String.format(Locale.ROOT, "<g class=\"legend\" transform=\"translate(%.1f %.1f)\">%n", PADDING, legendTop))
                .append(legend.svg).append("</g>\n");
        if (r.footer() != null) {
            s.append(text(PADDING, height - PADDING, "footer", "font-size=\"11\" fill=\"#8a949e\"", r.footer()));
        }
        s.append("</svg>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void axis(StringBuilder s, AxisTicks ticks, TimeScale scale, double top, double bottom) {
        s.append("<g class=\"axis\">\n");
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f4f6f8\"/>%n",
                top, scale.width(), MAJOR_ROW + MINOR_ROW));
        for (Tick t : ticks.minor()) {
            double x = scale.x(t.day());
            if (x < 0 || x > scale.width()) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e7eb\"/>%n",
                    x, top + MAJOR_ROW, x, bottom));
            if (!t.label().isEmpty() && x + measure.width(t.label()) + 3 < scale.width()) {
                s.append(text(x + 3, top + MAJOR_ROW + 13, "tick", "font-size=\"11\" fill=\"#5b6773\"", t.label()));
            }
        }
        for (Tick t : ticks.major()) {
            double x = Math.max(0, scale.x(t.day()));
            if (x > scale.width() - 20) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c5ccd3\"/>%n",
                    x, top, x, bottom));
            s.append(text(x + 3, top + 14, "major-tick", "font-size=\"12\" font-weight=\"bold\" fill=\"#1d2733\"", t.label()));
        }
        s.append("</g>\n");
    }

    private void item(StringBuilder s, TimelineItem it, TimeScale scale, double top, LayoutMetrics m) {
        String colour = SeriesPalette.hex(it.series());
        double cy = top + LANE / 2;
        boolean disagree = it.label().endsWith(SourceBadge.DISAGREE);
        s.append("<g class=\"event").append(disagree ? " disagree" : "").append("\" data-id=\"").append(esc(it.event().id()))
                .append("\" data-date=\"").append(esc(it.event().timex().value())).append("\">");
        s.append("<title>").append(esc(DateWords.of(it.event().timex()) + ": " + it.event().label())).append("</title>");
        if (it.point()) {
            double x = scale.x(it.anchor());
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
                    x, cy, m.pointRadius(), colour));
            s.append(text(x + m.pointRadius() + m.labelGap(), cy + 4, null, "fill=\"#1d2733\"", it.label()));
        } else {
            double x0 = scale.x(it.start());
            double x1 = scale.x(it.end());
            if (x1 - x0 < 10) {
                double mid = (x0 + x1) / 2;
                x0 = mid - 5;
                x1 = mid + 5;
            }
            if (it.isPart()) { // "late 2021": the whole year faintly
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#span%d)\" opacity=\"0.35\"/>",
                        scale.x(it.periodStart()), top + 3, scale.x(it.periodEnd()) - scale.x(it.periodStart()), LANE - 6, it.series()));
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"url(#span%d)\"%s/>",
                    x0, top + 3, x1 - x0, LANE - 6, it.series(),
                    disagree ? " stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"" : ""));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"3\" fill=\"%s\" opacity=\"0.9\"/>",
                    x0, top + LANE - 6, x1 - x0, colour));
            s.append(text(Math.max(x0 + m.spanLabelInset(), 4), cy + 3, null, "fill=\"#1d2733\"", it.label()));
        }
        s.append("</g>\n");
    }

    private void clusterRow(StringBuilder s, LaneLayout layout, TimeScale scale, double y) {
        double worldLeft = scale.worldLeft();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (Cluster c : layout.clusters()) {
            double x0 = c.worldX() - worldLeft;
            double x1 = c.worldXEnd() - worldLeft;
            String label = c.countLabel();
            double bw = measure.width(label) + 14;
            double bx = Math.max(Math.max(x0, 2), lastRight + 4);
            lastRight = bx + bw;
            s.append("<g class=\"cluster\">");
            s.append("<title>").append(c.size()).append(" events not drawn: ")
                    .append(esc(DateWords.range(LocalDate.ofEpochDay((long) Math.floor(c.firstDay())), LocalDate.ofEpochDay((long) Math.ceil(c.lastDay()) - 1))))
                    .append("</title>");
            if (x1 - x0 > 4) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#6b7580\" stroke-opacity=\"0.45\" stroke-width=\"2\"/>",
                        x0, y + 9, x1, y + 9));
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" rx=\"9\" fill=\"#6b7580\"/>", bx, y, bw));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#ffffff\">%s</text>", bx + bw / 2, y + 13, esc(label)));
            s.append("</g>\n");
        }
    }

    private record Legend(StringBuilder svg, double height) {
    }

    /** The articles with events in the picture, each with its colour and count, flowing in rows. */
    private Legend legend(PictureRequest r, List<Event> events, double inner) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Event e : events) {
            counts.merge(r.series().applyAsInt(e), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        double x = 0;
        double y = 0;
        boolean any = false;
        for (LegendEntry entry : r.legend()) {
            int count = counts.getOrDefault(entry.series(), 0);
            if (count == 0) {
                continue;
            }
            String name = measure.fit(entry.title() + (entry.detail() == null || entry.detail().isBlank() ? "" : " — " + entry.detail()), inner - 60)
                    + "  (" + count + ")";
            double w = 18 + measure.width(name) + 18;
            if (x > 0 && x + w > inner) {
                x = 0;
                y += 20;
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>",
                    x, y, SeriesPalette.hex(entry.series())));
            s.append(text(x + 18, y + 10, "legend-label", "fill=\"#1d2733\"", name));
            x += w;
            any = true;
        }
        return new Legend(s, any ? y + 16 : 0);
    }

    private static String text(double x, double y, String cls, String attrs, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s %s>%s</text>%n", x, y,
                cls == null ? "" : " class=\"" + cls + "\"", attrs, esc(content));
    }

    private static String subtitle(List<Event> events, TimelineModel model, double from, double to) {
        long articles = events.stream().map(e -> e.article().source()).distinct().count();
        String range = model.isEmpty() ? "no dates" : DateWords.range(LocalDate.ofEpochDay((long) Math.floor(from)),
                LocalDate.ofEpochDay((long) Math.ceil(to) - 1));
        return model.size() + (model.size() == 1 ? " dated event" : " dated events") + " from " + articles
                + (articles == 1 ? " article" : " articles") + " · " + range;
    }

    private static boolean meets(Event e, double from, double to) {
        TimelineItem it = TimelineItem.of(e, 0);
        return it.periodStart() < to && it.periodEnd() > from;
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
