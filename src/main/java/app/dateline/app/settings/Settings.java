package app.dateline.app.settings;

import app.dateline.engine.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the app remembers between runs (window, dividers, folders of the file dialogs, Open Recent, theme,
 * text size, export defaults): {@code key=value} lines in {@code settings.properties} in the user's config
 * folder, written atomically at every change that changes a value (setting a value to what it is writes nothing:
 * a window closed where it was opened does not wait for the disk). A damaged or unreadable file is read as no settings (the app
 * starts with its defaults) and kept aside as {@code settings.properties.bad}.
 */
public final class Settings {

    private final Path file;
    private final Properties values = new Properties();
    /** Inside {@link #batch}: changes wait for its end to be written. */
    private int batching;
    /** The values as the file has them (read or last written). */
    private Map<Object, Object> onDisk = Map.of();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings kept in {@code file}; missing or damaged gives empty settings. */
    public static Settings at(Path file) {
        Settings s = new Settings(file);
        s.load();
        return s;
    }

    /** Settings kept only in memory (a window made by a test, or with nowhere to write). */
    public static Settings inMemory() {
        return new Settings(null);
    }

    /** The file, or null for {@link #inMemory()}. */
    public Path file() {
        return file;
    }

    private void load() {
        if (file == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            onDisk = new HashMap<>(values);
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".bad"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // left where it is; it is rewritten at the next change
            }
        }
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized OptionalDouble number(String key) {
        String v = values.getProperty(key);
        if (v != null) {
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return OptionalDouble.of(d);
                }
            } catch (NumberFormatException e) {
                // a hand-edited value: as if unset
            }
        }
        return OptionalDouble.empty();
    }

    public double number(String key, double fallback) {
        return number(key).orElse(fallback);
    }

    public synchronized boolean flag(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** The values under {@code key.0}, {@code key.1}... in order, up to the first missing one. */
    public synchronized List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; values.containsKey(key + "." + i); i++) {
            out.add(values.getProperty(key + "." + i));
        }
        return out;
    }

    public void put(String key, String value) {
        update(() -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.setProperty(key, value);
            }
        });
    }

    public void put(String key, double value) {
        put(key, Double.toString(value));
    }

    public void put(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    public void putList(String key, List<String> items) {
        update(() -> {
            for (int i = 0; values.containsKey(key + "." + i); i++) {
                values.remove(key + "." + i);
            }
            for (int i = 0; i < items.size(); i++) {
                values.setProperty(key + "." + i, items.get(i));
            }
        });
    }

    private synchronized void update(Runnable change) {
        change.run();
        if (batching == 0) {
            save();
        }
    }

    /**
     * Makes the changes {@code changes} makes and writes the file once, at the end (the window's size, place and
     * dividers when it closes: one write instead of eight).
     */
    public synchronized void batch(Runnable changes) {
        batching++;
        try {
            changes.run();
        } finally {
            batching--;
        }
        if (batching == 0) {
            save();
        }
    }

    /** Sorted, so that the file is the same for the same settings. */
    private void save() {
        if (file == null || values.equals(onDisk)) {
            return;
        }
        StringBuilder b = new StringBuilder("# Dateline's settings; written by the app\n");
        for (var e : new TreeMap<>(values).entrySet()) {
            Properties one = new Properties();
            one.setProperty((String) e.getKey(), (String) e.getValue());
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                one.store(new java.io.OutputStreamWriter(line, StandardCharsets.UTF_8), null);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            String stored = line.toString(StandardCharsets.UTF_8);
            b.append(stored.substring(stored.indexOf('\n') + 1)); // without the date comment
        }
        try {
            AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
            onDisk = new HashMap<>(values);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the settings to " + file, e);
        }
    }
}
