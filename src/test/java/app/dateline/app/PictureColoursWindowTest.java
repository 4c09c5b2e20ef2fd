package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.export.ExportChoice;
import app.dateline.app.export.ExportFormat;
import app.dateline.app.timeline.layout.TimelineItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pictures have the window's colours: each event drawn in the exported SVG (from the window, and from {@code
 * export --format svg} on the same folder) in the colour its mark has on the timeline, and the legend names the
 * sources in the window's order (The Diplomat, read first, was blue in the window and Foreign Affairs, which tells
 * most, blue in the pictures).
 */
class PictureColoursWindowTest extends SeedWindowTest {

    @Test
    void theWindowsPictureAndTheCommandsPictureColourEveryEventAsTheTimelineDoes(@TempDir Path dir) throws Exception {
        Path fromWindow = dir.resolve("window.svg");
        WindowFixture.onFx(() -> {
            try {
                w.exports().svg(new ExportChoice(true, 1600, 1, "Seed", ExportFormat.SVG), fromWindow);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, Color> window = new HashMap<>();
        for (TimelineItem item : timeline().getModel().items()) {
            window.put(fileAndPlace(item.event().id()), (Color) timeline().seriesFill(item.series()));
        }
        assertThat(window).isNotEmpty();
        assertThat(window.values().stream().distinct().count()).as("the seed's five articles, five colours").isGreaterThan(2);

        Map<String, Color> picture = colours(fromWindow);
        assertThat(picture).isNotEmpty();
        picture.forEach((id, colour) -> assertThat(colour).as(id).isEqualTo(window.get(id)));

        Path fromCommand = dir.resolve("command.svg");
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            int code = app.dateline.cli.DatelineCommand.run(new String[] {"export", "--format", "svg", "--out",
                    fromCommand.toString(), "--cache-dir", dir.resolve("cache").toString(), "corpus"});
            assertThat(code).isZero();
        } finally {
            System.setErr(err);
        }
        Map<String, Color> command = colours(fromCommand);
        assertThat(command.keySet()).containsAll(picture.keySet());
        command.forEach((id, colour) -> {
            if (window.containsKey(id)) {
                assertThat(colour).as(id).isEqualTo(window.get(id));
            }
        });

        // the legend lists the sources in the window's order: the article list's first article first
        Document svg = parse(fromWindow);
        String legend = first(svg, "g", "legend").getTextContent();
        int at = -1;
        for (int k = 0; k < w.workspace().articles().size(); k++) {
            String name = w.workspace().getSeries().name(k);
            assertThat(legend.indexOf(name)).as(name + " after the one before it in the article list").isGreaterThan(at);
            at = legend.indexOf(name);
        }
    }

    /** Each event's colour: its stem's, else its dot's, else its span's gradient's. */
    static Map<String, Color> colours(Path file) throws Exception {
        Document svg = parse(file);
        Map<String, String> gradients = new HashMap<>();
        NodeList grads = svg.getElementsByTagName("linearGradient");
        for (int i = 0; i < grads.getLength(); i++) {
            Element g = (Element) grads.item(i);
            gradients.put("url(#" + g.getAttribute("id") + ")", ((Element) g.getElementsByTagName("stop").item(0)).getAttribute("stop-color"));
        }
        Map<String, Color> colours = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!(" " + g.getAttribute("class") + " ").contains(" event ")) {
                continue;
            }
            String colour = null;
            NodeList lines = g.getElementsByTagName("line");
            if (lines.getLength() > 0) {
                colour = ((Element) lines.item(0)).getAttribute("stroke");
            } else if (g.getElementsByTagName("circle").getLength() > 0) {
                colour = ((Element) g.getElementsByTagName("circle").item(0)).getAttribute("fill");
            } else if (g.getElementsByTagName("rect").getLength() > 0) {
                String fill = ((Element) g.getElementsByTagName("rect").item(0)).getAttribute("fill");
                colour = gradients.getOrDefault(fill, fill);
            }
            if (colour != null && colour.startsWith("#")) {
                colours.put(fileAndPlace(g.getAttribute("data-id")), Color.web(colour));
            }
        }
        return colours;
    }

    /** "a.txt#12-19" of "/work/corpus/a.txt#12-19": the window reads the folder by its full path, the command as given. */
    private static String fileAndPlace(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(file));
    }

    private static Element first(Document d, String tag, String cls) {
        NodeList all = d.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ((" " + e.getAttribute("class") + " ").contains(" " + cls + " ")) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + "." + cls);
    }
}
