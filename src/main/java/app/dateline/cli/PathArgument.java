package app.dateline.cli;

import app.dateline.engine.article.SourceNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.TypeConversionException;

/**
 * A path on the command line. Where the system's encoding cannot hold its name (a non-ASCII name under
 * {@code LC_ALL=C}: Java refuses to make such a path from a string), it is found on disk instead, a folder at a
 * time, by the UTF-8 bytes of each name, so the file is still read.
 */
final class PathArgument {

    private PathArgument() {
    }

    static Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException unencodable) {
            Path found = locate(value);
            if (found == null) {
                throw new TypeConversionException("'" + SourceNames.escapeControls(value) + "' does not exist (or its name cannot be "
                        + "written in this system's character set; set LC_ALL=C.UTF-8)");
            }
            return found;
        }
    }

    /** The existing path whose names are the UTF-8 bytes of {@code value}'s names, or null. */
    static Path locate(String value) {
        Path p = value.startsWith("/") ? Path.of("/") : Path.of("");
        for (String name : value.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            if (name.chars().allMatch(c -> c < 0x80)) {
                p = p.resolve(name);
                continue;
            }
            byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
            Path match = null;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(p.toString().isEmpty() ? Path.of(".") : p)) {
                for (Path entry : entries) {
                    if (Arrays.equals(SourceNames.rawBytes(entry.getFileName()), wanted)) {
                        match = entry.getFileName();
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            if (match == null) {
                return null;
            }
            p = p.resolve(match);
        }
        return p;
    }
}
