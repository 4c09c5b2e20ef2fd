package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.export.ExportChoice;
import app.dateline.app.export.ExportDialog;
import app.dateline.app.export.ExportFormat;
import app.dateline.engine.merge.MergedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window exports every format {@code export --format} writes (the web page, TimelineJS JSON and CSV, Dateline's
 * JSON), not only the pictures, and each holds what the window shows: the events the filters and key events keep.
 */
class WindowExportFormatsTest extends SeedWindowTest {

    private static void export(ExportFormat format, Path out) throws Exception {
        WindowFixture.onFx(() -> {
            try {
                w.exports().events(new ExportChoice(true, 1600, 1, "The Taliban, as shown", format), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theDialogOffersEveryFormat() throws Exception {
        List<String> offered = new ArrayList<>();
        WindowFixture.onFx(() -> {
            ExportDialog d = new ExportDialog(w.stage(), "The Taliban", "2021 \u2013 2024", 1600);
            for (Node n : d.getDialogPane().getContent().lookupAll(".radio-button")) {
                if (((RadioButton) n).getUserData() instanceof ExportFormat f) {
                    offered.add(f.name());
                }
            }
        });
        assertThat(offered).containsExactly("PNG", "SVG", "HTML", "TIMELINEJS", "CSV", "JSON");
    }

    @Test
    void theFileChooserOffersTheStorysNameNotAFileAlreadyThere(@TempDir Path dir) throws Exception {
        String[] names = new String[2];
        WindowFixture.onFx(() -> names[0] = w.exports().initialFileName(new ExportChoice(true, 1600, 1, null, ExportFormat.PNG), dir));
        assertThat(names[0]).startsWith("the-taliban-20").endsWith(".png"); // was timeline.png whatever the story
        Files.writeString(dir.resolve(names[0]), "an earlier export");
        WindowFixture.onFx(() -> names[1] = w.exports().initialFileName(new ExportChoice(true, 1600, 1, null, ExportFormat.PNG), dir));
        assertThat(names[1]).isEqualTo(names[0].replace(".png", "-2.png"));
    }

    @Test
    void theEventFormatsHoldTheShownEventsOnly(@TempDir Path dir) throws Exception {
        WindowFixture.onFx(() -> w.workspace().topProperty().set(10));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<MergedEvent> shown = List.copyOf(w.workspace().shownEvents());
            assertThat(shown).hasSize(10);
            Set<String> shownIds = new HashSet<>(shown.stream().map(MergedEvent::id).toList());
            MergedEvent left = w.workspace().events().stream().filter(m -> m.isPlottable() && !shownIds.contains(m.id()))
                    .findFirst().orElseThrow();

            ObjectMapper json = new ObjectMapper();
            Path events = dir.resolve("events.json");
            export(ExportFormat.JSON, events);
            JsonNode doc = json.readTree(events.toFile());
            assertThat(doc.get("format").asText()).isEqualTo("dateline-events");
            assertThat(doc.get("title").asText()).isEqualTo("The Taliban, as shown");
            Set<String> ids = new HashSet<>();
            doc.get("events").forEach(e -> ids.add(e.get("id").asText()));
            assertThat(ids).isEqualTo(shownIds);

            Path tjs = dir.resolve("timelinejs.json");
            export(ExportFormat.TIMELINEJS, tjs);
            JsonNode slides = json.readTree(tjs.toFile()).get("events");
            assertThat(slides).hasSize(10);
            List<String> headlines = new ArrayList<>();
            slides.forEach(e -> headlines.add(e.get("text").get("headline").asText()));
            assertThat(headlines).doesNotContain(left.label());

            Path csv = dir.resolve("timeline.csv");
            export(ExportFormat.CSV, csv);
            assertThat(Files.readAllLines(csv).get(0)).startsWith("Year,Month,Day");

            Path html = dir.resolve("timeline.html");
            export(ExportFormat.HTML, html);
            String page = Files.readString(html);
            assertThat(page).contains("<html").contains("The Taliban, as shown");
            for (MergedEvent m : shown) {
                assertThat(page).as(m.label()).contains(escape(m.label()));
            }
            assertThat(page).doesNotContain(escape(left.label()));
            // each excerpt's source gives its article's date once ("March 5, 2024"), not as a range of one day
            assertThat(java.util.regex.Pattern.compile("(\\w+ \\d+, \\d{4}) \u2013 \\1").matcher(page).find()).isFalse();
            assertThat(page).contains("March 5, 2024");
        } finally {
            WindowFixture.onFx(() -> w.workspace().topProperty().set(0));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
