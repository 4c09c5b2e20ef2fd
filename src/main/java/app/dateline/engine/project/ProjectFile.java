package app.dateline.engine.project;

import app.dateline.engine.files.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import app.dateline.engine.files.RegularFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The project file: JSON with a format name and version, written atomically ({@link AtomicFiles}); article
 * paths are stored relative to the file's folder. Reading checks the format and every required field. A file
 * that cannot be read is never overwritten: it is renamed {@code NAME.corrupt-YYYYMMDD-HHMMSS} beside itself
 * and a fresh project starts, with a message saying so. A file from a newer Dateline is left alone.
 */
public final class ProjectFile {

    public static final String FORMAT = "dateline-project";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".dateline.json";
    /** A project file larger than this is refused, never read: corrections of a whole corpus take a few MB. */
    public static final long MAX_BYTES = 64_000_000L;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // fields a later version adds are skipped
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * A project as read: the project, and when the file could not be used, a message for the user and where
     * the unreadable file was kept.
     */
    public record Loaded(Project project, String message, Path keptAs) {

        public boolean hadProblem() {
            return message != null;
        }
    }

    private ProjectFile() {
    }

    /** Where a corpus keeps its project by default: beside a folder ({@code corpus.dateline.json}), or beside the first file. */
    public static Path defaultLocation(List<Path> corpus) {
        if (corpus.isEmpty()) {
            return Path.of("dateline-project" + EXTENSION).toAbsolutePath();
        }
        Path first = corpus.get(0).toAbsolutePath().normalize();
        if (Files.isDirectory(first)) {
            return first.resolveSibling(first.getFileName() + EXTENSION);
        }
        return first.resolveSibling("dateline-project" + EXTENSION);
    }

    public static void save(Project project, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(project, file));
    }

    static byte[] toBytes(Project project, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.setAll((ObjectNode) JSON.valueToTree(project.mapArticles(p -> ArticlePaths.relative(p, folder))));
        return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a project. A missing file is a new project on {@code corpus}; an unreadable one is kept aside and a
     * new project on {@code corpus} starts, with a message.
     *
     * @throws ProjectFileException when the file is from a newer Dateline, or cannot be read or kept aside at all
     */
    public static Loaded load(Path file, List<Path> corpus) throws ProjectFileException {
        Project fresh = Project.of(corpus.stream().map(Path::toString).toList());
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, MAX_BYTES, true);
        } catch (NoSuchFileException e) {
            return new Loaded(fresh, null, null);
        } catch (RegularFiles.Refused e) {
            throw new ProjectFileException(file + ": " + e.getMessage() + "; nothing was changed", e);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot be read: " + reason(e), e);
        }
        try {
            return new Loaded(parse(bytes, file), null, null);
        } catch (Damaged d) {
            String stem = file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP);
            Path aside = file.resolveSibling(stem);
            for (int n = 2; Files.exists(aside); n++) {
                aside = file.resolveSibling(stem + "-" + n);
            }
            try {
                Files.move(file, aside);
            } catch (IOException e) {
                throw new ProjectFileException(file + ": " + d.getMessage() + "; it could not be kept aside ("
                        + e.getMessage() + "), so nothing was changed", e);
            }
            return new Loaded(fresh, "The project file " + file + " could not be read (" + d.getMessage()
                    + "). It was kept as " + aside.getFileName() + " and a new project was started.", aside);
        }
    }

    /**
     * Reads a project without touching the file, for commands that only read: a missing, damaged or newer
     * file is an exception naming the file and the problem.
     */
    public static Project read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, MAX_BYTES, true);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file + ": does not exist", e);
        } catch (RegularFiles.Refused e) {
            throw new ProjectFileException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot be read: " + reason(e), e);
        }
        try {
            return parse(bytes, file);
        } catch (Damaged d) {
            throw new ProjectFileException(file + ": " + d.getMessage());
        }
    }

    /** Thrown inside: a file that is damaged (as opposed to one from a newer Dateline). */
    private static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    private static Project parse(byte[] bytes, Path file) throws Damaged, ProjectFileException {
        if (bytes.length == 0) {
            throw new Damaged("it is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new Damaged("it is not complete JSON: " + firstLine(e));
        }
        if (root == null || !root.isObject()) {
            throw new Damaged("it is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new Damaged("it is not a Dateline project (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new Damaged("it has no format version");
        }
        if (version.asInt() > VERSION) {
            throw new ProjectFileException(file + " was saved by a newer Dateline (format version " + version.asInt()
                    + "; this one reads up to " + VERSION + "). It was left as it is.");
        }
        if (version.asInt() < 1) {
            throw new Damaged("its format version " + version.asInt() + " is not one Dateline wrote");
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove(List.of("format", "version"));
        Project stored;
        try {
            stored = JSON.treeToValue(body, Project.class);
        } catch (JsonMappingException e) {
            // where, in the file's terms ("hidden[0].sources"), never the Java exception's text
            throw new Damaged("a field is missing or wrong" + (e.getPath().isEmpty() ? "" : " at " + where(e.getPath())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Damaged("a field is missing or wrong");
        }
        Path folder = file.toAbsolutePath().getParent();
        return stored.mapArticles(p -> ArticlePaths.resolve(p, folder));
    }

    /** A JSON path in the file's terms: {@code hidden[0].sources}. */
    private static String where(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "the top" : b.toString();
    }

    private static String reason(IOException e) {
        String r = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return r == null || r.isBlank() ? "the system gave no reason" : r.strip();
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
