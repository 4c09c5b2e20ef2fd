package app.dateline.engine.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the engine's results depend on, as one short hash: the Dateline version, the engine's own classes
 * (so a development build that changes the code without changing the version still gets fresh results),
 * the rule resources (tables, macros, rule files: a rule change invalidates every cached result), the
 * sentence and part-of-speech models, the trigger and label word lists, and the versions of Natty and OpenNLP. Cached results are keyed by it.
 */
public final class EngineFingerprint {

    private static final String RULES = "/dateline/rules/";
    private static final String ENGINE_CLASSES = "app/dateline/engine/";
    static final List<String> LIBRARIES = List.of(
            "/META-INF/maven/io.github.natty-parser/natty/pom.properties",
            "/META-INF/maven/org.apache.opennlp/opennlp-tools/pom.properties",
            "/en-sent.bin",
            "/en-pos-maxent.bin",
            "/dateline/syntax/event-nouns.txt",
            "/dateline/syntax/verb-forms.tsv",
            "/dateline/syntax/not-event-nouns.txt",
            "/dateline/syntax/not-event-phrases.txt",
            "/dateline/syntax/measure-nouns.txt",
            "/dateline/syntax/intent-verbs.txt",
            "/dateline/syntax/reporting-verbs.txt",
            "/dateline/syntax/clause-verbs.txt",
            "/dateline/syntax/subordinators.txt",
            "/dateline/syntax/titles.txt",
            "/dateline/syntax/stop-abbreviations.txt",
            "/dateline/syntax/compound-end-nouns.txt",
            "/dateline/syntax/compound-first-nouns.txt",
            "/dateline/syntax/name-particles.txt",
            "/dateline/syntax/number-bounds.txt",
            "/dateline/syntax/standalone-determiners.txt",
            "/dateline/syntax/trigger-ranker.tsv", // the trigger ranker's weights and word classes
            "/dateline/syntax/ranker-classes.tsv",
            "/dateline/labels/lead-words.txt", // the labels' vocabularies and model: a change there changes labels
            "/dateline/labels/wire-agencies.txt",
            "/dateline/labels/verb-prepositions.txt",
            "/dateline/labels/preposition-verbs.txt",
            "/dateline/labels/phrasal-verbs.txt",
            "/dateline/labels/distance-words.tsv",
            "/dateline/labels/name-heads.txt",
            "/dateline/labels/group-nouns.txt",
            "/dateline/labels/person-nouns.tsv",
            "/dateline/labels/hanging-words.txt",
            "/dateline/labels/auxiliaries.tsv",
            "/dateline/syntax/compound-prepositions.txt",
            "/dateline/labels/abbreviations.txt",
            "/dateline/labels/empty-adverbials.txt",
            "/dateline/labels/photo-credits.txt",
            "/dateline/labels/complement-verbs.txt",
            "/dateline/labels/page-stamps.txt",
            "/dateline/labels/question-words.txt",
            "/dateline/labels/other-languages.txt",
            "/dateline/labels/reader-pronouns.txt",
            "/dateline/labels/comparison-words.txt",
            "/dateline/labels/pointing-endings.txt",
            "/dateline/labels/time-zones.txt",
            "/dateline/labels/date-qualifiers.txt",
            "/dateline/labels/timing-words.txt",
            "/dateline/labels/period-parts.txt",
            "/dateline/labels/state-abbreviations.txt",
            "/dateline/merge/places.tsv", // its state names are the subject finder's too
            "/dateline/labels/sequence-verbs.txt",
            "/dateline/labels/english-short-words.txt",
            "/dateline/labels/prepositions.txt",
            "/dateline/labels/timeless-prepositions.txt",
            "/dateline/labels/lost-apostrophes.txt",
            "/dateline/labels/title-qualifiers.txt",
            "/dateline/labels/saying-occasions.txt",
            "/dateline/labels/testimony-verbs.txt",
            "/dateline/labels/demonstratives.txt",
            "/dateline/labels/approximators.txt",
            "/dateline/labels/quantifiers.txt",
            "/dateline/labels/subject-words.tsv",
            "/dateline/labels/exceptions.txt",
            "/dateline/syntax/verb-bounds.txt",
            "/dateline/labels/clause-links.txt",
            "/dateline/labels/emerging-verbs.txt",
            "/dateline/labels/naming-verbs.txt",
            "/dateline/labels/noun-complements.txt",
            "/dateline/labels/adjective-complements.txt",
            "/dateline/labels/weak-openings.txt",
            "/dateline/labels/object-control-verbs.txt",
            "/dateline/labels/frame-nouns.txt",
            "/dateline/labels/speaker-pronouns.txt", // the merger's (QuotedSpeech) and a quotation's speaker (PronounResolver)
            "/dateline/labels/deletion-model.tsv");
    private static volatile String current;

    private EngineFingerprint() {
    }

    /** The fingerprint of the running engine, computed once. */
    public static String current() {
        String f = current;
        if (f == null) {
            synchronized (EngineFingerprint.class) {
                f = current;
                if (f == null) {
                    f = compute();
                    current = f;
                }
            }
        }
        return f;
    }

    private static String compute() {
        MessageDigest digest = sha256();
        String version = EngineFingerprint.class.getPackage().getImplementationVersion();
        update(digest, "version", (version == null ? "development" : version).getBytes(StandardCharsets.UTF_8));
        Path jar = engineJar();
        if (jar != null && fromJarIndex(digest, jar)) {
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        }
        for (String name : ruleResources()) {
            update(digest, name, resource(name));
        }
        for (String name : LIBRARIES) {
            update(digest, name, resource(name));
        }
        engineClasses(digest);
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The jar the engine runs from, or null when it runs from a classes folder (or an unknown place). */
    private static Path engineJar() {
        try {
            Path location = Path.of(EngineFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException unknownLocation) {
            return null;
        }
    }

    /**
     * In a jar, each file is known by its size and CRC-32 from the jar's index: no need to unpack and hash the
     * models and classes (a third of a second at every start); a changed file changes its CRC. Every file of
     * the rules folder counts, the libraries' and the engine's classes. False when the jar cannot be read.
     */
    static boolean fromJarIndex(MessageDigest digest, Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> libraries = LIBRARIES.stream().map(n -> n.substring(1)).toList();
            List<JarEntry> entries = file.stream().filter(e -> !e.isDirectory())
                    .filter(e -> e.getName().startsWith(RULES.substring(1)) || e.getName().startsWith(ENGINE_CLASSES)
                            || libraries.contains(e.getName()))
                    .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
            for (JarEntry e : entries) {
                update(digest, e.getName(), (e.getSize() + ":" + Long.toHexString(e.getCrc())).getBytes(StandardCharsets.UTF_8));
            }
            return !entries.isEmpty();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** index.yaml and every file it names. */
    static List<String> ruleResources() {
        List<String> names = new ArrayList<>();
        names.add(RULES + "index.yaml");
        names.add(RULES + "macros.yaml");
        try {
            JsonNode index = new ObjectMapper(new YAMLFactory()).readTree(resource(RULES + "index.yaml"));
            index.path("tables").forEach(t -> names.add(RULES + "tables/" + t.asText() + ".tsv"));
            index.path("rules").forEach(r -> names.add(RULES + r.asText()));
        } catch (IOException e) {
            names.add("unreadable index");
        }
        return names;
    }

    /** Hashes the engine's class files, from the jar or the classes folder the engine was loaded from. */
    private static void engineClasses(MessageDigest digest) {
        try {
            Path location = Path.of(EngineFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path root = location.resolve(ENGINE_CLASSES);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(digest, root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> e.getName().startsWith(ENGINE_CLASSES) && !e.isDirectory())
                            .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                    for (JarEntry e : entries) {
                        try (InputStream in = jar.getInputStream(e)) {
                            update(digest, e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException unknownLocation) {
            // Without the classes, version and rules still key the cache.
            update(digest, "classes", "unknown".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = EngineFingerprint.class.getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
