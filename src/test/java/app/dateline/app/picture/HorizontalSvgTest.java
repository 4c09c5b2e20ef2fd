package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The seed corpus as the published SVG, read back with the JDK's XML parser: the measures of a picture fit to publish. */
class HorizontalSvgTest {

    private static Story story;
    private static Document svg;

    @BeforeAll
    static void read() throws Exception {
        Path corpus = Path.of(System.getProperty("dateline.corpus", "corpus"));
        story = new StoryReader(new Extractor()).read(List.of(corpus), Project.of(List.of(corpus.toString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgTimelineExporter(false).write(story.timeline(), new ExportOptions(null), out);
        svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<Element> elements(Document d, String tag, String cls) {
        return withClass(d.getElementsByTagName(tag), cls);
    }

    private static List<Element> elementsIn(Element parent, String tag, String cls) {
        return withClass(parent.getElementsByTagName(tag), cls);
    }

    private static List<Element> withClass(NodeList gs, String cls) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
                found.add(g);
            }
        }
        return found;
    }

    @Test
    void everyEventIsDrawnOnceAndNoneIsFoldedIntoABadge() {
        List<Element> events = elements(svg, "g", "event");
        assertThat(events).hasSize(story.timeline().visible().size());
        assertThat(events.stream().map(e -> e.getAttribute("data-id")).distinct()).hasSize(events.size());
        assertThat(svg.getDocumentElement().getTextContent()).doesNotContainPattern("\\+\\d+\\b(?! more)");
        assertThat(elements(svg, "g", "cluster")).isEmpty();
    }

    @Test
    void theMarksAreSpreadOverTheWidthBecauseTheEmptyYearsAreCutOut() {
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width")) - 64;
        Set<Integer> columns = new HashSet<>();
        for (Element e : elements(svg, "circle", "mark")) {
            columns.add((int) Math.min(39, Double.parseDouble(e.getAttribute("cx")) / width * 40));
        }
        for (Element e : elements(svg, "rect", "mark")) {
            columns.add((int) Math.min(39, Double.parseDouble(e.getAttribute("x")) / width * 40));
        }
        assertThat(columns.size()).as("columns of 40 holding a mark").isGreaterThanOrEqualTo(20);
        List<Element> breaks = elements(svg, "g", "break");
        assertThat(breaks).isNotEmpty();
        assertThat(breaks.get(0).getTextContent()).matches("(?s).*\\d{4}\u2013\\d{4}.*"); // the years skipped, named
    }

    @Test
    void headlinesAreWholeForKeyEventsAndCutForAtMostOneInTen() {
        StoryPicture p = StoryPictures.of(story.timeline(), null);
        HorizontalSvg.Layout layout = new HorizontalSvg().layout(p, SvgTimelineExporter.WIDTH);
        long labelled = layout.placed().stream().filter(q -> q.lane() >= 0).count();
        assertThat(labelled).isEqualTo(p.events().size());
        assertThat(layout.cut()).as("headlines the picture cut").isLessThanOrEqualTo(labelled / 10);
        for (Element key : elements(svg, "g", "key")) {
            StringBuilder drawn = new StringBuilder();
            for (Element line : elementsIn(key, "text", "headline")) {
                drawn.append(drawn.isEmpty() ? "" : " ").append(line.getTextContent());
            }
            String headline = p.events().stream().filter(e -> e.id().equals(key.getAttribute("data-id"))).findFirst().orElseThrow().headline();
            assertThat(drawn.toString()).isEqualTo(headline.strip().replaceAll("\\s+", " "));
        }
        assertThat(elements(svg, "g", "key")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyYearThePictureShowsWholeIsNamedThoughTheYearBeforeBeginsAMonthBeforeTheAxis() throws Exception {
        // the top 20 run from December 2020: "2020" over its one month took the place of "2021", whose months then
        // read as 2020's
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgTimelineExporter(false).write(new Timeline(story.shown(20), story.timeline().unresolved()), new ExportOptions(null), out);
        Document top = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        List<String> years = elements(top, "text", "major-tick").stream().map(Element::getTextContent).toList();
        assertThat(years).contains("2021", "2022", "2023");
    }

    @Test
    void theTitleSaysWhatTheStoryIsAndTheSourcesAndCreditAreShown() {
        String title = elements(svg, "text", "title").get(0).getTextContent();
        assertThat(title).startsWith("The Taliban, 20").doesNotContain("articles");
        assertThat(elements(svg, "g", "legend").get(0).getTextContent()).contains("Foreign Affairs").contains("Newsweek");
        assertThat(elements(svg, "text", "credit").get(0).getTextContent()).contains("Sources:").contains("Dateline");
    }

    @Test
    void theTakeoverIsOneDashedSpanThatSaysItsSourcesDisagree() {
        List<Element> takeover = elements(svg, "g", "event").stream()
                .filter(e -> e.getTextContent().contains("The Taliban\u2019s return to power")).toList();
        assertThat(takeover).hasSize(1);
        assertThat(takeover.get(0).getAttribute("class")).contains("disagree");
        assertThat(takeover.get(0).getTextContent()).contains("sources disagree on the date").contains("and 3 more");
        assertThat(elementsIn(takeover.get(0), "rect", "mark").get(0).getAttribute("stroke-dasharray")).isNotEmpty();
    }

    @Test
    void thePngIsTheSvgDrawnWithItsResolution() throws Exception {
        StoryPicture p = StoryPictures.of(story.timeline(), "Seed");
        byte[] png = PngPicture.png(PngPicture.draw(new HorizontalSvg().render(p, 800), 2), 2);
        String chunks = new String(png, StandardCharsets.ISO_8859_1);
        int at = chunks.indexOf("pHYs");
        assertThat(at).as("pHYs chunk").isPositive();
        long ppm = ((png[at + 4] & 0xffL) << 24) | ((png[at + 5] & 0xff) << 16) | ((png[at + 6] & 0xff) << 8) | (png[at + 7] & 0xff);
        assertThat(ppm).isEqualTo(Math.round(96 * 2 / 0.0254)); // 192 dots per inch
        assertThat(png[at + 12]).as("unit: metre").isEqualTo((byte) 1);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(app.dateline.app.Pixels.distinctColours(image)).isGreaterThan(30);
    }

    @Test
    void theVerticalLayoutAndTheHtmlPageListEveryEvent() throws Exception {
        StoryPicture p = StoryPictures.of(story.timeline(), null);
        Document vertical = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(new VerticalSvg().render(p, 900)));
        assertThat(elements(vertical, "g", "event")).hasSize(p.events().size());
        assertThat(elements(vertical, "text", "title").get(0).getTextContent()).startsWith("Timeline: The Taliban");
        String html = new String(HtmlPage.render(p), StandardCharsets.UTF_8);
        assertThat(html.split("<details>", -1)).hasSize(p.events().size() + 1);
        assertThat(html).doesNotContain("src=").doesNotContain("<link").doesNotContain("<script").doesNotContain("url(");
        assertThat(html).contains("<b>August 2021</b>"); // each excerpt marks its date phrase
    }
}
