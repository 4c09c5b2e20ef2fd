package app.dateline.app.picture;

import static app.dateline.app.picture.Svg.esc;
import static app.dateline.app.picture.Svg.f;
import static app.dateline.app.picture.Svg.text;

import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.AxisPieces;
import app.dateline.app.timeline.layout.AxisTicks;
import app.dateline.app.timeline.layout.TextMeasure;
import app.dateline.app.timeline.layout.Tick;
import app.dateline.app.timeline.layout.TickGenerator;
import app.dateline.app.timeline.layout.TimeScale;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The story as a horizontal timeline fit to publish: the title, the range, a broken axis (the empty years cut
 * out and named, a lone far date given a small place of its own), every event as a mark with its headline in
 * full (wrapped to two lines; cut at a word only past that), the key events first and in bold, labels that
 * flip to the left of their mark near the right edge, the sources as a legend and a credit line. No "+N"
 * badges: events that find no room for a headline keep their mark, and the picture says how many they are.
 */
public final class HorizontalSvg {

    private static final double PAD = 32;
    private static final double HEAD = 13;
    private static final double META = 11;
    private static final double LINE = 16;
    private static final double LANE = 2 * LINE + 16 + 12; // two headline lines, the meta line, the gap
    private static final double MAJOR_ROW = 20;
    private static final double MINOR_ROW = 18;
    private static final double GAP = 12;
    /** More lanes than this and the rest of the events are drawn as marks only. */
    static final int MAX_LANES = 36;

    private final TextMeasure plain = Svg.measure(HEAD, false);
    private final TextMeasure bold = Svg.measure(HEAD, true);
    private final TextMeasure meta = Svg.measure(META, false);
    private final TextMeasure tick = Svg.measure(11, false);

    /** Where an event is drawn: its lane (-1: a mark only), its mark and its label box. */
    record Placed(PictureEvent event, int lane, double x0, double x1, Svg.Wrapped headline, String meta, boolean flip,
                  double left, double right) {
    }

    /** The layout, for tests: every event placed, and the axis. */
    record Layout(List<Placed> placed, AxisBreaks axis, double inner, int lanes) {

        long cut() {
            return placed.stream().filter(p -> p.lane() >= 0 && p.headline().cut()).count();
        }
    }

    public byte[] render(StoryPicture p, double width) {
        return svg(p, width).getBytes(StandardCharsets.UTF_8);
    }

    Layout layout(StoryPicture p, double width) {
        double inner = width - 2 * PAD;
        AxisBreaks axis = AxisBreaks.of(p.events().stream().map(e -> new double[] {e.start(), e.end()}).toList());
        double widest = Math.max(200, Math.min(460, inner / 3));
        List<PictureEvent> order = new ArrayList<>(p.events());
        order.sort(Comparator.comparing((PictureEvent e) -> !e.key())); // key events take the lanes first; stable
        List<List<double[]>> lanes = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (PictureEvent e : order) {
            double x0 = Math.max(0, axis.x(e.start()) * inner); // a long period may begin before the axis
            double x1 = e.point() ? x0 : Math.min(inner, Math.max(axis.x(e.end()) * inner, x0 + 6));
            if (e.point()) {
                x0 = x1 = axis.x((e.start() + e.end()) / 2) * inner;
            }
            TextMeasure font = e.key() ? bold : plain;
            // as wide as two balanced lines need, so that a headline is cut only when it is very long
            double labelWidth = Math.min(widest, Math.max(160, font.width(e.headline()) / 2 + 48));
            Svg.Wrapped head = Svg.wrap(e.headline(), font, labelWidth, 2);
            while (e.key() && head.cut() && labelWidth < inner / 2) { // a key event's headline is never cut
                labelWidth += 40;
                head = Svg.wrap(e.headline(), font, labelWidth, 2);
            }
            String m = meta(e);
            double w = Math.max(head.width(), meta.width(m)) + 10;
            double anchor = e.point() ? x0 - 5 : x0;
            boolean flip = anchor + w > inner;
            double left = flip ? Math.max(0, (e.point() ? x0 + 5 : x1) - w) : anchor;
            double right = flip ? (e.point() ? x0 + 5 : x1) : Math.max(anchor + w, x1);
            int lane = -1;
            for (int i = 0; i < lanes.size() && lane < 0; i++) {
                if (free(lanes.get(i), left, right)) {
                    lane = i;
                }
            }
            if (lane < 0 && lanes.size() < MAX_LANES) {
                lanes.add(new ArrayList<>());
                lane = lanes.size() - 1;
            }
            if (lane >= 0) {
                lanes.get(lane).add(new double[] {left, right});
            }
            placed.add(new Placed(e, lane, x0, x1, head, m, flip, left, right));
        }
        return new Layout(placed, axis, inner, lanes.size());
    }

    private static boolean free(List<double[]> lane, double left, double right) {
        for (double[] b : lane) {
            if (left < b[1] + GAP && right > b[0] - GAP) {
                return false;
            }
        }
        return true;
    }

    /** "August 2021 · Newsweek, Foreign Affairs · sources disagree on the date". */
    static String meta(PictureEvent e) {
        String sources = e.sources().size() <= 2 ? String.join(", ", e.sources())
                : e.sources().get(0) + " and " + (e.sources().size() - 1) + " more";
        return e.when() + " \u00b7 " + sources + (e.disagree() ? " \u00b7 sources disagree on the date" : "");
    }

    String svg(StoryPicture p, double width) {
        Layout l = layout(p, width);
        double inner = l.inner();
        double y = PAD;
        StringBuilder body = new StringBuilder(64 * 1024);
        body.append(text(PAD, y + 24, "class=\"title\" font-size=\"26\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", p.title()));
        y += 24 + 24;
        body.append(text(PAD, y, "class=\"subtitle\" font-size=\"14\" fill=\"" + Svg.MUTED + "\"", p.subtitle()));
        y += 22;
        double axisTop = y;
        double lanesTop = axisTop + MAJOR_ROW + MINOR_ROW + 14;
        boolean marksOnly = l.placed().stream().anyMatch(q -> q.lane() < 0);
        double lanesBottom = lanesTop + Math.max(1, l.lanes()) * LANE + (marksOnly ? 22 : 0);

        body.append(String.format(Locale.ROOT, "<g class=\"timeline\" transform=\"translate(%s 0)\">%n", f(PAD)));
        axis(body, l.axis(), inner, axisTop, lanesBottom);
        body.append("<g class=\"events\">\n");
        List<Placed> byLane = new ArrayList<>(l.placed());
        byLane.sort(Comparator.comparingInt(Placed::lane).reversed()); // lower lanes first, so stems run under marks
        for (Placed q : byLane) {
            event(body, p, q, q.lane() >= 0 ? lanesTop + q.lane() * LANE : lanesBottom - 14, axisTop + MAJOR_ROW + MINOR_ROW);
        }
        body.append("</g>\n</g>\n");

        y = lanesBottom + 22;
        long unlabelled = l.placed().stream().filter(q -> q.lane() < 0).count();
        List<String> notes = new ArrayList<>();
        if (unlabelled > 0) {
            notes.add(unlabelled + " events too close together for their headlines are drawn as marks only (the bottom row).");
        }
        if (p.notShown() != null) {
            notes.add(p.notShown());
        }
        double legendHeight = legend(body, p, inner, y);
        y += legendHeight;
        for (String n : notes) {
            y += 18;
            body.append(text(PAD, y, "class=\"note\" font-size=\"12\" fill=\"" + Svg.MUTED + "\"", n));
        }
        y += 22;
        body.append(text(PAD, y, "class=\"credit\" font-size=\"11\" fill=\"" + Svg.FAINT + "\"", p.credit()));
        double height = y + PAD - 8;

        StringBuilder s = new StringBuilder(body.length() + 2048);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\" font-size=\"%.0f\">%n",
                width, height, width, height, Svg.FONT_FAMILY, HEAD));
        s.append("<title>").append(esc(p.title())).append("</title>\n");
        s.append(defs(p));
        s.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
        s.append(body);
        s.append("</svg>\n");
        return s.toString();
    }

    private static String defs(StoryPicture p) {
        StringBuilder s = new StringBuilder("<defs>\n");
        for (int k = 0; k < p.groups().size(); k++) { // soft ends: "2022" reads as some time in 2022, not its first day
            String c = p.groups().get(k).colour();
            s.append("<linearGradient id=\"span").append(k).append("\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">")
                    .append("<stop offset=\"0\" stop-color=\"").append(c).append("\" stop-opacity=\"0.15\"/>")
                    .append("<stop offset=\"0.2\" stop-color=\"").append(c).append("\" stop-opacity=\"0.75\"/>")
                    .append("<stop offset=\"0.8\" stop-color=\"").append(c).append("\" stop-opacity=\"0.75\"/>")
                    .append("<stop offset=\"1\" stop-color=\"").append(c).append("\" stop-opacity=\"0.15\"/>")
                    .append("</linearGradient>\n");
        }
        return s.append("</defs>\n").toString();
    }

    private void axis(StringBuilder s, AxisBreaks axis, double inner, double top, double bottom) {
        s.append("<g class=\"axis\">\n");
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#f4f6f8\"/>%n",
                f(top), f(inner), f(MAJOR_ROW + MINOR_ROW)));
        for (AxisBreaks.Segment seg : axis.segments()) {
            double x0 = seg.x0() * inner;
            double w = (seg.x1() - seg.x0()) * inner;
            TimeScale scale = new TimeScale(seg.from(), seg.daysPerWidth() / inner, w);
            AxisTicks ticks = new TickGenerator(tick, 14).ticks(scale);
            for (Tick t : ticks.minor()) {
                double x = scale.x(t.day());
                if (x < -0.5 || x > w + 0.5) {
                    continue;
                }
                s.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#e6e9ed\"/>%n",
                        f(x0 + x), f(top + MAJOR_ROW), f(x0 + x), f(bottom)));
                double next = Math.min(w, scale.x(t.end()));
                if (!t.label().isEmpty() && x + tick.width(t.label()) + 6 < next) {
                    s.append(text(x0 + x + 3, top + MAJOR_ROW + 13, "class=\"tick\" font-size=\"11\" fill=\"" + Svg.MUTED + "\"", t.label()));
                }
            }
            double lastRight = -1;
            List<Tick> majors = ticks.major();
            for (int k = 0; k < majors.size(); k++) {
                Tick t = majors.get(k);
                double x = Math.max(0, scale.x(t.day()));
                if (x > w - 16 || x < lastRight) {
                    continue;
                }
                s.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#c5ccd3\"/>%n",
                        f(x0 + x), f(top), f(x0 + x), f(top + MAJOR_ROW + MINOR_ROW)));
                // "1947–1999" where the piece has only those years of the 1900s
                String name = AxisPieces.header(t.label(), ticks.majorUnit(), t.day(), t.end(), seg.from(), seg.to());
                if ((x > 0 || !name.equals(t.label())) && x + tick.width(name) * 1.2 + 3 > w) {
                    continue; // a name the end of its piece (a break, a change of scale) would cut
                }
                double nameEnd = x + tick.width(name) * 1.2 + 10;
                if (scale.x(t.day()) < 0 && k + 1 < majors.size() && nameEnd > scale.x(majors.get(k + 1).day())) {
                    // a year begun before the piece, whose name would reach into the next year, is not named: else the
                    // next year would lose its name and its months read as this one's ("2020" over all of 2021)
                    continue;
                }
                s.append(text(x0 + x + 3, top + 14, "class=\"major-tick\" font-size=\"12\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", name));
                lastRight = nameEnd;
            }
            if (ticks.major().isEmpty() || ticks.minor().isEmpty()) { // a lone far date: name its time
                String name = years(seg.from(), seg.to());
                s.append(text(x0 + 3, top + 14, "class=\"major-tick\" font-size=\"12\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", name));
            }
        }
        for (AxisBreaks.Break b : axis.breaks()) {
            double x0 = b.x0() * inner;
            double x1 = b.x1() * inner;
            double mid = (x0 + x1) / 2;
            s.append("<g class=\"break\">");
            s.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#ffffff\"/>",
                    f(x0), f(top - 2), f(x1 - x0), f(bottom - top + 2)));
            for (double dx : new double[] {-4, 4}) {
                s.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#8a949e\" stroke-width=\"1.5\"/>",
                        f(mid + dx - 4), f(top + MAJOR_ROW + MINOR_ROW + 4), f(mid + dx + 4), f(top - 4)));
            }
            String skipped = years(b.from(), b.to());
            s.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"10\" font-style=\"italic\" fill=\"%s\">%s</text>",
                    f(mid), f(top + MAJOR_ROW + MINOR_ROW + 14), Svg.FAINT, esc(skipped)));
            s.append("<title>").append(esc("Nothing happens from " + skipped + ": those years are left out")).append("</title>");
            s.append("</g>\n");
        }
        s.append("</g>\n");
    }

    /** "2002–2019" for the days {@code from} to {@code to} (exclusive). */
    static String years(double from, double to) {
        int y0 = LocalDate.ofEpochDay((long) Math.ceil(from)).getYear();
        int y1 = LocalDate.ofEpochDay((long) Math.ceil(to) - 1).getYear();
        return y0 >= y1 ? String.valueOf(y0) : y0 + "\u2013" + y1;
    }

    private void event(StringBuilder s, StoryPicture p, Placed q, double y, double axisBottom) {
        PictureEvent e = q.event();
        String colour = p.colour(e);
        int group = e.group();
        s.append("<g class=\"event").append(e.key() ? " key" : "").append(e.disagree() ? " disagree" : "")
                .append(q.lane() < 0 ? " mark-only" : "").append("\" data-id=\"").append(esc(e.id()))
                .append("\" data-date=\"").append(esc(e.when())).append("\">");
        s.append("<title>").append(esc(e.when() + ": " + e.headline() + " (" + String.join(", ", e.sources()) + ")")).append("</title>");
        double cy = y + 6;
        if (q.lane() >= 0) { // a faint stem from the axis down to the mark
            double sx = e.point() ? q.x0() : q.x0();
            s.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-opacity=\"0.35\"/>",
                    f(sx), f(axisBottom), f(sx), f(cy), colour));
        }
        if (e.point()) {
            s.append(String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
                    f(q.x0()), f(cy), e.key() ? "6" : "5", colour));
        } else {
            s.append(String.format(Locale.ROOT, "<rect class=\"mark\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"8\" rx=\"3\" fill=\"%s\"%s/>",
                    f(q.x0()), f(cy - 4), f(q.x1() - q.x0()), group >= 0 && group < p.groups().size() ? "url(#span" + group + ")" : colour,
                    e.disagree() ? " stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"" : ""));
        }
        if (q.lane() >= 0) {
            boolean end = q.flip();
            double tx = end ? (e.point() ? q.x0() + 5 : q.x1()) : (e.point() ? q.x0() - 5 : q.x0());
            String anchor = end ? " text-anchor=\"end\"" : "";
            double ty = cy + 6 + LINE;
            for (String line : q.headline().lines()) {
                s.append(text(tx, ty, "class=\"headline\"" + anchor + (e.key() ? " font-weight=\"bold\"" : "") + " fill=\"" + Svg.INK + "\"", line));
                ty += LINE;
            }
            s.append(text(tx, ty, "class=\"meta\"" + anchor + " font-size=\"11\" fill=\"" + Svg.MUTED + "\"", q.meta()));
        }
        s.append("</g>\n");
    }

    /** The sources in their colours, flowing in rows; returns the height used. */
    private double legend(StringBuilder s, StoryPicture p, double inner, double top) {
        s.append(String.format(Locale.ROOT, "<g class=\"legend\" transform=\"translate(%s %s)\">%n", f(PAD), f(top)));
        s.append(text(0, 10, "font-size=\"12\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", "Sources"));
        double x = meta.width("Sources") + 24;
        double y = 0;
        for (SourceGroup g : p.groups()) {
            String name = g.name() + "  (" + g.events() + ")";
            double w = 18 + plain.width(name) + 22;
            if (x > 0 && x + w > inner) {
                x = 0;
                y += 20;
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>", f(x), f(y), g.colour()));
            s.append(text(x + 18, y + 10, "class=\"legend-label\" font-size=\"12\" fill=\"" + Svg.INK + "\"", name));
            x += w;
        }
        s.append("</g>\n");
        return y + 16;
    }
}
