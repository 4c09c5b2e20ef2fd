package app.dateline.app.picture;

import static app.dateline.app.picture.Svg.esc;
import static app.dateline.app.picture.Svg.text;

import app.dateline.app.timeline.layout.TextMeasure;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The story as the vertical list news sites print under "Timeline:": for each event, in date order, its date,
 * its headline, one line of summary and its sources, down a line in the sources' colours.
 */
public final class VerticalSvg {

    private static final double PAD = 32;
    private static final double DATE_COLUMN = 180;

    private final TextMeasure head = Svg.measure(15, true);
    private final TextMeasure body = Svg.measure(13, false);
    private final TextMeasure date = Svg.measure(13, true);
    private final TextMeasure small = Svg.measure(11, false);

    /** Whether the summary says more than the headline (a headline is often its sentence without the date). */
    private static boolean adds(PictureEvent e) {
        String h = e.headline().replace("\u2026", "").strip();
        String key = h.substring(0, Math.min(30, h.length()));
        return !e.summary().contains(key);
    }

    public byte[] render(StoryPicture p, double width) {
        double textWidth = width - 2 * PAD - DATE_COLUMN - 24;
        StringBuilder s = new StringBuilder(64 * 1024);
        double y = PAD + 26;
        s.append(text(PAD, y, "class=\"title\" font-size=\"26\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", HtmlPage.heading(p.title())));
        y += 24;
        s.append(text(PAD, y, "class=\"subtitle\" font-size=\"14\" fill=\"" + Svg.MUTED + "\"", p.subtitle()));
        y += 34;
        double lineX = PAD + DATE_COLUMN + 8;
        double top = y - 12;
        StringBuilder events = new StringBuilder();
        for (PictureEvent e : p.events()) {
            Svg.Wrapped h = Svg.wrap(e.headline(), head, textWidth, 3);
            Svg.Wrapped sum = Svg.wrap(e.summary(), body, textWidth, 1);
            events.append("<g class=\"event").append(e.key() ? " key" : "").append("\" data-id=\"").append(esc(e.id())).append("\">");
            events.append(String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
                    lineX, y - 5, p.colour(e)));
            double dy = y;
            for (String dateLine : Svg.wrap(e.when(), date, DATE_COLUMN - 12, 3).lines()) {
                events.append(text(PAD, dy, "class=\"date\" font-size=\"13\" font-weight=\"bold\" fill=\"" + Svg.MUTED + "\"", dateLine));
                dy += 17;
            }
            double ty = y;
            for (String line : h.lines()) {
                events.append(text(lineX + 20, ty, "class=\"headline\" font-size=\"15\" font-weight=\"bold\" fill=\"" + Svg.INK + "\"", line));
                ty += 20;
            }
            if (!sum.lines().isEmpty() && adds(e)) {
                events.append(text(lineX + 20, ty, "class=\"summary\" font-size=\"13\" fill=\"" + Svg.INK + "\"", sum.lines().get(0)));
                ty += 18;
            }
            String src = String.join(", ", e.sources()) + (e.disagree() ? " \u00b7 sources disagree on the date" : "");
            for (String line : Svg.wrap(src, small, textWidth, 2).lines()) {
                events.append(text(lineX + 20, ty, "class=\"source\" font-size=\"11\" fill=\"" + Svg.FAINT + "\"", line));
                ty += 14;
            }
            events.append("<title>").append(esc(e.when() + ": " + e.headline())).append("</title></g>\n");
            y = Math.max(ty, dy) + 16;
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d5dae0\" stroke-width=\"2\"/>%n",
                lineX, top, lineX, y - 16));
        s.append(events);
        if (p.notShown() != null) {
            s.append(text(PAD, y, "class=\"note\" font-size=\"12\" fill=\"" + Svg.MUTED + "\"", p.notShown()));
            y += 20;
        }
        for (String line : Svg.wrap(p.credit(), small, width - 2 * PAD, 3).lines()) {
            s.append(text(PAD, y, "class=\"credit\" font-size=\"11\" fill=\"" + Svg.FAINT + "\"", line));
            y += 15;
        }
        double height = y + PAD - 15;
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\" font-size=\"13\">%n",
                width, height, width, height, Svg.FONT_FAMILY)
                + "<title>" + esc(HtmlPage.heading(p.title())) + "</title>\n"
                + String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height);
        return (header + s + "</svg>\n").getBytes(StandardCharsets.UTF_8);
    }
}
