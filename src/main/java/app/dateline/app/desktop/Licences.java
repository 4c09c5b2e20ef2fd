package app.dateline.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The libraries inside Dateline and their licences, from {@code /dateline/app/licences.tsv}. */
public final class Licences {

    public record Library(String name, String version, String licence, String home) {
    }

    private Licences() {
    }

    public static List<Library> all() {
        List<Library> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Licences.class.getResourceAsStream("/dateline/app/licences.tsv"));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("licences.tsv: expected 4 columns: " + line);
                }
                out.add(new Library(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
