package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.project.Project;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web page of the seed corpus: its heading, and each excerpt's source with its article's date. */
class HtmlPageTest {

    private static String page(String title) throws Exception {
        Path corpus = Path.of(System.getProperty("dateline.corpus", "corpus"));
        Story story = new StoryReader(new Extractor()).read(List.of(corpus), Project.of(List.of(corpus.toString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlTimelineExporter().write(story.timeline(), new ExportOptions(title), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHeadingSaysTimelineOnceAndEachSourceItsDateOnce() throws Exception {
        String page = page("Timeline, 2009"); // the default title of articles with no title in common
        assertThat(page).contains("<title>Timeline, 2009</title>").contains("<h1>Timeline, 2009</h1>").doesNotContain("Timeline: Timeline");
        assertThat(HtmlPage.heading("The Taliban, 2020\u20132024")).isEqualTo("Timeline: The Taliban, 2020\u20132024");
        // "Foreign Affairs, “America Can’t Isolate the Taliban”, March 5, 2024", not "March 5, 2024 – March 5, 2024"
        assertThat(page).contains("\u201cAmerica Can\u2019t Isolate the Taliban\u201d, March 5, 2024</cite>");
        assertThat(Pattern.compile("(\\w+ \\d+, \\d{4}) \u2013 \\1").matcher(page).find()).isFalse();
    }
}
