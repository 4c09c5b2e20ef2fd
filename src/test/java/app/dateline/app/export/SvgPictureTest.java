package app.dateline.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.model.ShownEvents;
import app.dateline.engine.event.Event;
import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.TimelineBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The seed corpus as an SVG picture, read back with the JDK's XML parser: no display involved. */
class SvgPictureTest {

    private static Timeline timeline;

    @BeforeAll
    static void read() {
        Path corpus = Path.of(System.getProperty("dateline.corpus", "corpus"));
        CorpusExtraction reading = new Extractor().extract(List.of(corpus));
        timeline = new TimelineBuilder().build(reading, Project.of(List.of(corpus.toString())));
    }

    private static Document svg(Timeline t, String title) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgTimelineExporter().write(t, new ExportOptions(title), out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> groups(Document d, String cls) {
        NodeList gs = d.getElementsByTagName("g");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
                found.add(g);
            }
        }
        return found;
    }

    private static int clustered(Element cluster) {
        String label = cluster.getTextContent().replaceAll(".*\\+", "");
        return Integer.parseInt(label);
    }

    @Test
    void everyVisibleEventIsDrawnOnceOrCountedInACluster() throws Exception {
        Document d = svg(timeline, "Taliban & the world <2021–2024>");

        assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Taliban & the world <2021–2024>");
        List<Element> events = groups(d, "event");
        int inClusters = groups(d, "cluster").stream().mapToInt(SvgPictureTest::clustered).sum();
        // the window's rule: an article's own date line ("Published: ...") is not an event on the timeline
        long plotted = new ShownEvents(timeline).events().stream().filter(Event::isPlottable).count();
        assertThat(plotted).isGreaterThan(40);
        assertThat(events.size() + inClusters).isEqualTo(plotted);
        assertThat(events.stream().map(e -> e.getAttribute("data-id")).distinct()).hasSize(events.size());
        assertThat(groups(d, "legend")).hasSize(1);
        assertThat(groups(d, "axis").get(0).getTextContent()).contains("2020");
    }

    @Test
    void theTakeoverIsOneDashedSpanWithItsBadge() throws Exception {
        Document d = svg(timeline, "Seed");
        List<Element> disagree = groups(d, "disagree");
        List<Element> takeover = groups(d, "event").stream().filter(e -> e.getTextContent().contains("The Taliban surged across")).toList();
        assertThat(takeover).hasSize(1);
        assertThat(disagree).contains(takeover.get(0));
        assertThat(takeover.get(0).getTextContent()).contains("×4").contains("⚠");
        assertThat(takeover.get(0).getAttribute("data-date")).isEqualTo("2021-07/2021-08");
        NodeList rects = takeover.get(0).getElementsByTagName("rect");
        assertThat(((Element) rects.item(0)).getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(((Element) rects.item(0)).getAttribute("fill")).startsWith("url(#span");
    }
}
