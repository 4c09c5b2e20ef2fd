package app.dateline.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a jar the fingerprint comes from the jar's index: what the engine's results depend on changes it, nothing else. */
class EngineFingerprintTest {

    @TempDir
    Path dir;

    private static final Map<String, String> FILES = Map.of(
            "dateline/rules/index.yaml", "rules: [dates.yaml]\n",
            "dateline/rules/dates.yaml", "- name: month-year\n",
            "app/dateline/engine/extract/Extractor.class", "engine code",
            "app/dateline/app/MainWindow.class", "window code",
            "en-sent.bin", "sentence model",
            "picocli/CommandLine.class", "a library the engine does not use");

    private String fingerprint(String name, Map<String, String> changes) throws IOException {
        Map<String, String> files = new TreeMap<>(FILES);
        files.putAll(changes);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (var e : files.entrySet()) {
                j.putNextEntry(new ZipEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        MessageDigest digest = EngineFingerprint.sha256();
        assertThat(EngineFingerprint.fromJarIndex(digest, jar)).isTrue();
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void rulesModelsAndEngineClassesChangeItTheRestDoesNot() throws IOException {
        String base = fingerprint("a.jar", Map.of());
        assertThat(fingerprint("same.jar", Map.of())).isEqualTo(base);
        assertThat(fingerprint("rule.jar", Map.of("dateline/rules/dates.yaml", "- name: month-year-2\n"))).isNotEqualTo(base);
        assertThat(fingerprint("new-rule.jar", Map.of("dateline/rules/tables/months.tsv", "jan\t1\n"))).isNotEqualTo(base);
        assertThat(fingerprint("model.jar", Map.of("en-sent.bin", "another sentence model"))).isNotEqualTo(base);
        assertThat(fingerprint("engine.jar", Map.of("app/dateline/engine/extract/Extractor.class", "changed code"))).isNotEqualTo(base);
        assertThat(fingerprint("window.jar", Map.of("app/dateline/app/MainWindow.class", "changed window"))).isEqualTo(base);
        assertThat(fingerprint("library.jar", Map.of("picocli/CommandLine.class", "another picocli"))).isEqualTo(base);
    }

    /** A word list or model added beside the others must change the fingerprint too, or caches keep stale results. */
    @Test
    void everyWordListAndModelOfTheSyntaxAndLabelsFoldersCounts() throws Exception {
        for (String folder : List.of("/dateline/syntax/", "/dateline/labels/")) {
            Path path = Path.of(EngineFingerprint.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(path)) {
                List<String> names = files.map(f -> folder + f.getFileName()).sorted().toList();
                assertThat(names).isNotEmpty();
                assertThat(EngineFingerprint.LIBRARIES).containsAll(names);
            }
        }
    }

    @Test
    void aFileThatIsNotAJarIsNotUsed() throws IOException {
        Path notJar = Files.writeString(dir.resolve("x.jar"), "not a jar");
        assertThat(EngineFingerprint.fromJarIndex(EngineFingerprint.sha256(), notJar)).isFalse();
    }
}
