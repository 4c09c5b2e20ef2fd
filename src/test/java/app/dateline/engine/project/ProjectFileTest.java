package app.dateline.engine.project;

import app.dateline.engine.files.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.timex.TimexMod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path dir;

    private Project sample() {
        String article = dir.resolve("corpus/a.txt").toString();
        EventKey k = new EventKey(ArticlePaths.absolute(article), 10, 21, "August 2021", "It fell in August 2021.");
        EventKey k2 = new EventKey(ArticlePaths.absolute(article), 40, 49, "July 2021", "Or in July 2021, some say.");
        return Project.of(List.of(dir.resolve("corpus").toString()))
                .withDateCorrection(new DateCorrection(EventRef.of(k), "2021-08-15", null))
                .withLabelCorrection(new LabelCorrection(new EventRef(List.of(k, k2)), "The Taliban take Kabul"))
                .withHidden(EventRef.of(k2), true)
                .withAddedEvent(new AddedEvent("user:1", ArticlePaths.absolute(article), 60, 75, "the day after", "2021-08-16", TimexMod.START, null))
                .withMerge(new ManualMerge(List.of(k), List.of(k2)))
                .withSplit(new ManualSplit(List.of(k2), List.of(k)))
                .withView(Map.of("zoom", "month"));
    }

    @Test
    void aProjectReopensExactlyAsItWasSaved() throws IOException {
        Path file = dir.resolve("corpus" + ProjectFile.EXTENSION);
        Project p = sample();
        ProjectFile.save(p, file);
        ProjectFile.Loaded loaded = ProjectFile.load(file, List.of());
        assertThat(loaded.hadProblem()).isFalse();
        assertThat(loaded.project()).isEqualTo(p);
    }

    @Test
    void theFileHasAFormatAVersionAndPathsRelativeToItsFolder() throws IOException {
        Path file = dir.resolve("corpus" + ProjectFile.EXTENSION);
        ProjectFile.save(sample(), file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo("dateline-project");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("corpus").get(0).asText()).isEqualTo("corpus");
        assertThat(root.at("/dateCorrections/0/event/sources/0/article").asText()).isEqualTo("corpus/a.txt");
        assertThat(root.at("/dateCorrections/0/value").asText()).isEqualTo("2021-08-15");
        assertThat(root.at("/addedEvents/0/mod").asText()).isEqualTo("START");
    }

    @Test
    void theViewsArticlesAreRelativeLikeTheCorrectionsAndNoEmptyFlagIsWritten() throws IOException {
        Path file = dir.resolve("corpus" + ProjectFile.EXTENSION);
        String article = ArticlePaths.absolute(dir.resolve("corpus/a.txt").toString());
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("query", "kabul");
        view.put("hiddenArticles", List.of(ArticlePaths.absolute(dir.resolve("corpus/b.txt").toString())));
        view.put("selected", Map.of("article", article, "begin", 10, "text", "August 2021"));
        Project p = sample().withView(view);
        ProjectFile.save(p, file);
        String text = Files.readString(file);
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.has("empty")).as("a serialised isEmpty()").isFalse();
        assertThat(root.at("/view/selected/article").asText()).isEqualTo("corpus/a.txt");
        assertThat(root.at("/view/hiddenArticles/0").asText()).isEqualTo("corpus/b.txt");
        assertThat(text).doesNotContain(dir.toString());
        Project back = ProjectFile.load(file, List.of()).project();
        assertThat(back).isEqualTo(p);
        assertThat(((Map<?, ?>) back.view().get("selected")).get("article")).isEqualTo(article);
    }

    @Test
    void anOldFileWithAnEmptyFlagAndAnAbsoluteSelectedArticleStillOpens() throws IOException {
        Path file = dir.resolve("corpus" + ProjectFile.EXTENSION);
        String article = ArticlePaths.absolute(dir.resolve("corpus/a.txt").toString());
        Files.writeString(file, """
                {"format":"dateline-project","version":1,"corpus":["corpus"],"dateCorrections":[],"labelCorrections":[],
                 "hidden":[],"addedEvents":[],"merges":[],"splits":[],"empty":false,
                 "view":{"keyEvents":10,"selected":{"article":"%s","begin":10,"text":"August 2021"}}}
                """.formatted(article));
        ProjectFile.Loaded loaded = ProjectFile.load(file, List.of());
        assertThat(loaded.hadProblem()).isFalse();
        assertThat(((Map<?, ?>) loaded.project().view().get("selected")).get("article")).isEqualTo(article);
        assertThat(loaded.project().view().get("keyEvents")).isEqualTo(10);
    }

    @Test
    void aProjectMovedWithItsCorpusStillFindsItsArticles() throws IOException {
        Path file = dir.resolve("old/corpus" + ProjectFile.EXTENSION);
        Project p = Project.of(List.of(dir.resolve("old/corpus").toString()));
        ProjectFile.save(p, file);
        Path moved = dir.resolve("new/corpus" + ProjectFile.EXTENSION);
        Files.createDirectories(moved.getParent());
        Files.move(file, moved);
        assertThat(ProjectFile.load(moved, List.of()).project().corpus())
                .containsExactly(ArticlePaths.absolute(dir.resolve("new/corpus").toString()));
    }

    @Test
    void aCrashBeforeTheRenameLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        Project old = Project.of(List.of("corpus"));
        ProjectFile.save(old, file);
        byte[] before = Files.readAllBytes(file);
        byte[] next = ProjectFile.toBytes(sample(), file);
        assertThatThrownBy(() -> AtomicFiles.write(file, next, temporary -> {
            // the new bytes are complete on disk, beside the untouched old file
            assertThat(Files.readAllBytes(temporary)).isEqualTo(next);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            throw new IOException("power cut");
        })).hasMessage("power cut");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ProjectFile.load(file, List.of()).project()).isEqualTo(old);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("p" + ProjectFile.EXTENSION);
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledProcessIsIgnored() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        ProjectFile.save(sample(), file);
        Files.writeString(dir.resolve(".p" + ProjectFile.EXTENSION + ".123.tmp"), "{\"format\": \"dateline-pro");
        assertThat(ProjectFile.load(file, List.of()).project()).isEqualTo(sample());
    }

    @Test
    void aTruncatedFileIsKeptAsideAndAFreshProjectStartsWithAMessage() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        ProjectFile.save(sample(), file);
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        ProjectFile.Loaded loaded = ProjectFile.load(file, List.of(dir.resolve("corpus")));
        assertThat(loaded.hadProblem()).isTrue();
        assertThat(loaded.message()).contains(file.toString()).contains("not complete JSON").contains(".corrupt-");
        assertThat(loaded.project().isEmpty()).isTrue();
        assertThat(loaded.project().corpus()).containsExactly(ArticlePaths.absolute(dir.resolve("corpus").toString()));
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.readAllBytes(loaded.keptAs())).isEqualTo(half); // the user's bytes are all still there
        assertThat(loaded.keptAs().getFileName().toString()).startsWith("p" + ProjectFile.EXTENSION + ".corrupt-");
    }

    @Test
    void aMissingRequiredFieldIsDamageNotADefault() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        ProjectFile.save(sample(), file);
        String json = Files.readString(file).replaceFirst("\"begin\" : 10,", "");
        Files.writeString(file, json);
        ProjectFile.Loaded loaded = ProjectFile.load(file, List.of());
        assertThat(loaded.message()).contains("a field is missing or wrong").contains("begin");
    }

    @Test
    void otherJsonAnEmptyFileAndNoFileAtAll() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        Files.writeString(file, "{\"events\": []}");
        assertThat(ProjectFile.load(file, List.of()).message()).contains("not a Dateline project");
        Files.write(file, new byte[0]);
        assertThat(ProjectFile.load(file, List.of()).message()).contains("is empty");
        Files.deleteIfExists(file);
        ProjectFile.Loaded none = ProjectFile.load(file, List.of(dir));
        assertThat(none.hadProblem()).isFalse();
        assertThat(none.project().isEmpty()).isTrue();
    }

    @Test
    void aFileFromANewerDatelineIsLeftAlone() throws IOException {
        Path file = dir.resolve("p" + ProjectFile.EXTENSION);
        String json = "{\"format\": \"dateline-project\", \"version\": 7, \"corpus\": []}";
        Files.writeString(file, json);
        assertThatThrownBy(() -> ProjectFile.load(file, List.of()))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("newer Dateline").hasMessageContaining("version 7");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void theDefaultPlaceIsBesideTheCorpusFolder() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("taliban"));
        assertThat(ProjectFile.defaultLocation(List.of(corpus))).isEqualTo(dir.resolve("taliban.dateline.json").toAbsolutePath());
        Path one = Files.writeString(dir.resolve("one.txt"), "x");
        assertThat(ProjectFile.defaultLocation(List.of(one))).isEqualTo(dir.resolve("dateline-project.dateline.json").toAbsolutePath());
    }
}
