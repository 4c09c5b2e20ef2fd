package app.dateline.engine.cache;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.EventText;
import app.dateline.engine.event.LabelSource;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.AnchorKind;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import app.dateline.engine.files.FileTrees;
import app.dateline.engine.files.RegularFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

/**
 * Extraction results kept on disk, one entry per article, so that reopening a folder costs reading the
 * files rather than tagging them. An entry is found by the SHA-256 of what the results depend on (the body
 * text and the article date, so the same text under another name or in another folder is found too) under
 * a folder named by the {@link EngineFingerprint} (a new engine or a changed rule never sees old results).
 * <p>
 * An entry holds the segmentation, the mentions with their labels and the tagger's warnings, in Smile
 * (Jackson's binary JSON: compact and quick to read) after a header with a magic number, the payload's
 * length and its CRC-32; the article itself is read from its file as ever. Entries are written to a
 * temporary file and renamed, so a reader never sees half an entry. An entry whose header, length or
 * checksum is wrong, that does not parse, that names another engine, key or text length, or whose offsets
 * fall outside the text, is deleted and rebuilt, never trusted. Every failure of the cache is a miss: it can
 * make Dateline slower, never wrong. Thread-safe.
 */
public final class ExtractionCache {

    static final int FORMAT = 3;
    /** "DLC1": the first bytes of every entry. */
    private static final int MAGIC = 0x444C4331;
    private static final int HEADER = 12;
    static final ObjectMapper SMILE = new SmileMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** A cache that keeps nothing. */
    public static final ExtractionCache NONE = new ExtractionCache(null, "none");

    private final Path folder;
    private final String engine;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger rebuilt = new AtomicInteger();
    private final AtomicReference<String> writeProblem = new AtomicReference<>();

    private ExtractionCache(Path folder, String engine) {
        this.folder = folder;
        this.engine = engine;
    }

    /** A cache in {@code root} for the running engine. */
    public static ExtractionCache at(Path root) {
        return at(root, EngineFingerprint.current());
    }

    /** A cache in {@code root} for an engine with the given fingerprint. */
    public static ExtractionCache at(Path root, String engineFingerprint) {
        return new ExtractionCache(root.resolve("engine-" + engineFingerprint), engineFingerprint);
    }

    /** The cache in the user's cache folder ({@link #defaultRoot()}). */
    public static ExtractionCache forUser() {
        return at(defaultRoot());
    }

    /**
     * {@code -Ddateline.cache.dir=...} if set, else {@code $XDG_CACHE_HOME/dateline}, else
     * {@code ~/.cache/dateline}.
     */
    public static Path defaultRoot() {
        return CacheRoot.forUser();
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The folder this engine's entries live in, or null for {@link #NONE}. */
    public Path folder() {
        return folder;
    }

    /** What a cached result of this article depends on, hashed: its body and its date. */
    public String key(Article article) {
        MessageDigest digest = EngineFingerprint.sha256();
        digest.update(article.body().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.valueOf(article.published()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A cached result: the article's segmentation, its mentions with their labels, and the tagger's warnings. */
    public record Hit(SegmentedText text, List<Mention> mentions, List<EventText> labels, List<String> warnings) {
    }

    /** The cached result for {@code article} under {@code key}, if there is a sound one. */
    public Optional<Hit> load(String key, Article article) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(key);
        byte[] bytes;
        try {
            // Only a regular file of a sane size is read: a pipe, a device, a link (to /dev/zero) or a folder
            // put there is deleted, never opened.
            bytes = RegularFiles.read(file, maxEntryBytes(article), false);
        } catch (NoSuchFileException absent) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException | RuntimeException | OutOfMemoryError unreadable) {
            return discard(file);
        }
        try {
            return Optional.of(hit(SMILE.readValue(unframe(bytes), Entry.class), key, article));
        } catch (IOException | RuntimeException corrupt) {
            return discard(file);
        }
    }

    /**
     * The largest sound entry for an article: an entry holds the article's offsets and a label per mention, a
     * few bytes per character of the body at most; anything far larger was not written by Dateline.
     */
    static long maxEntryBytes(Article article) {
        return 32L * article.body().length() + 1_000_000L;
    }

    private Optional<Hit> discard(Path file) {
        rebuilt.incrementAndGet();
        misses.incrementAndGet();
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                // a folder where an entry belongs (inside the cache's own folder): removed with what it holds
                FileTrees.delete(file);
            } else {
                Files.deleteIfExists(file); // a link or a pipe: the link or the pipe itself, never what it leads to
            }
        } catch (IOException | RuntimeException e) {
            // it will be overwritten by the rebuilt entry
        }
        return Optional.empty();
    }

    /**
     * Keeps a result. Returns false (and remembers why, see {@link #writeProblem()}) when it cannot be
     * written; the caller goes on without it.
     */
    public boolean store(String key, Article article, SegmentedText text, List<Mention> mentions, List<EventText> labels,
                         List<String> warnings) {
        if (folder == null) {
            return false;
        }
        Path file = file(key);
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            Files.write(temp, frame(SMILE.writeValueAsBytes(entry(key, article, text, mentions, labels, warnings))));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            writeProblem.compareAndSet(null, e.getMessage() == null ? "the system gave no reason" : e.getMessage());
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray .tmp file is never read as an entry
                }
            }
        }
    }

    /** Why the first write failed, or null when all writes succeeded. */
    public String writeProblem() {
        return writeProblem.get();
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    /** Entries found unsound, deleted and rebuilt. */
    public int rebuilt() {
        return rebuilt.get();
    }

    Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".smile");
    }

    /** The payload behind a header: magic number, payload length, CRC-32 of the payload. */
    static byte[] frame(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length).putInt(MAGIC).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
    }

    /** The payload of a framed entry, or an exception when the header, the length or the checksum is wrong. */
    static byte[] unframe(byte[] bytes) {
        check(bytes.length >= HEADER, "header");
        ByteBuffer b = ByteBuffer.wrap(bytes);
        check(b.getInt() == MAGIC && b.getInt() == bytes.length - HEADER, "header or length");
        int expected = b.getInt();
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, bytes.length - HEADER);
        check((int) crc.getValue() == expected, "checksum");
        return java.util.Arrays.copyOfRange(bytes, HEADER, bytes.length);
    }

    // ---- the stored form ----

    /** @param paragraphs begin, end of each; @param sentences begin, end, paragraph of each */
    record Entry(int format, String engine, String key, int length, int[] paragraphs, int[] sentences,
                 List<StoredMention> mentions, List<String> warnings) {
    }

    /** Dates as epoch days: reading a number is much quicker than parsing a date. */
    record StoredMention(int begin, int end, String type, String value, String mod, Long from, Long to,
                         String granularity, String anchor, Long reference, String note, int sentence,
                         int paragraph, String origin, String label, Integer triggerBegin, Integer triggerEnd,
                         String triggerLemma, int[] labelSources) {
    }

    private Entry entry(String key, Article article, SegmentedText text, List<Mention> mentions, List<EventText> labels,
                        List<String> warnings) {
        int[] paragraphs = new int[text.paragraphs().size() * 2];
        for (Paragraph p : text.paragraphs()) {
            paragraphs[p.index() * 2] = p.begin();
            paragraphs[p.index() * 2 + 1] = p.end();
        }
        int[] sentences = new int[text.sentences().size() * 3];
        for (Sentence s : text.sentences()) {
            sentences[s.index() * 3] = s.begin();
            sentences[s.index() * 3 + 1] = s.end();
            sentences[s.index() * 3 + 2] = s.paragraph();
        }
        List<StoredMention> stored = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Timex t = m.timex();
            Anchor a = m.anchor();
            Trigger tr = labels.get(i).trigger();
            stored.add(new StoredMention(m.begin(), m.end(), t.type().name(), t.value(), t.mod() == null ? null : t.mod().name(),
                    day(t.from()), day(t.to()), t.granularity().name(), a.kind().name(), day(a.reference()),
                    a.explanation(), m.sentence(), m.paragraph(), m.origin(), labels.get(i).label(),
                    tr == null ? null : tr.begin(), tr == null ? null : tr.end(), tr == null ? null : tr.lemma(),
                    flat(labels.get(i).labelSources())));
        }
        return new Entry(FORMAT, engine, key, article.body().length(), paragraphs, sentences, stored, List.copyOf(warnings));
    }

    /** The entry as a result for this article, or an exception when anything in it does not fit. */
    private Hit hit(Entry e, String key, Article article) {
        String body = article.body();
        check(e.format() == FORMAT && engine.equals(e.engine()) && key.equals(e.key()) && e.length() == body.length(),
                "another engine, key or text");
        check(e.paragraphs().length % 2 == 0 && e.sentences().length % 3 == 0, "offsets");
        List<Paragraph> paragraphs = new ArrayList<>(e.paragraphs().length / 2);
        for (int i = 0; i < e.paragraphs().length; i += 2) {
            paragraphs.add(new Paragraph(i / 2, e.paragraphs()[i], e.paragraphs()[i + 1]));
            check(within(e.paragraphs()[i], e.paragraphs()[i + 1], body.length()), "paragraph");
        }
        List<Sentence> sentences = new ArrayList<>(e.sentences().length / 3);
        for (int i = 0; i < e.sentences().length; i += 3) {
            int p = e.sentences()[i + 2];
            check(within(e.sentences()[i], e.sentences()[i + 1], body.length()) && p >= 0 && p < paragraphs.size(), "sentence");
            sentences.add(new Sentence(i / 3, e.sentences()[i], e.sentences()[i + 1], p));
        }
        List<Mention> mentions = new ArrayList<>(e.mentions().size());
        List<EventText> labels = new ArrayList<>(e.mentions().size());
        for (StoredMention m : e.mentions()) {
            check(within(m.begin(), m.end(), body.length()) && m.sentence() >= 0 && m.sentence() < sentences.size()
                    && m.paragraph() >= 0 && m.paragraph() < paragraphs.size(), "mention");
            Timex timex = new Timex(TimexType.valueOf(m.type()), m.value(), m.mod() == null ? null : TimexMod.valueOf(m.mod()),
                    date(m.from()), date(m.to()), Granularity.valueOf(m.granularity()));
            Anchor anchor = new Anchor(AnchorKind.valueOf(m.anchor()), date(m.reference()), m.note());
            mentions.add(new Mention(m.begin(), m.end(), body.substring(m.begin(), m.end()), timex, anchor, m.sentence(),
                    m.paragraph(), m.origin()));
            check(m.label() != null, "label");
            Trigger trigger = null;
            if (m.triggerBegin() != null) {
                check(m.triggerEnd() != null && m.triggerLemma() != null
                        && within(m.triggerBegin(), m.triggerEnd(), body.length()), "trigger");
                trigger = new Trigger(body.substring(m.triggerBegin(), m.triggerEnd()), m.triggerBegin(), m.triggerEnd(),
                        m.triggerLemma());
            }
            int[] flat = m.labelSources() == null ? new int[0] : m.labelSources();
            check(flat.length % 2 == 0, "label sources");
            List<LabelSource> sources = new ArrayList<>(flat.length / 2);
            for (int i = 0; i < flat.length; i += 2) {
                check(within(flat[i], flat[i + 1], body.length()), "label source");
                sources.add(new LabelSource(flat[i], flat[i + 1]));
            }
            labels.add(new EventText(m.label(), trigger, sources));
        }
        hits.incrementAndGet();
        return new Hit(new SegmentedText(body, paragraphs, sentences), mentions, labels, e.warnings() == null ? List.of() : e.warnings());
    }

    /** Label sources as begin, end, begin, end...: a number array reads quicker than objects. */
    private static int[] flat(List<LabelSource> sources) {
        int[] flat = new int[sources.size() * 2];
        for (int i = 0; i < sources.size(); i++) {
            flat[2 * i] = sources.get(i).begin();
            flat[2 * i + 1] = sources.get(i).end();
        }
        return flat;
    }

    private static boolean within(int begin, int end, int length) {
        return begin >= 0 && begin <= end && end <= length;
    }

    private static LocalDate date(Long epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static Long day(LocalDate date) {
        return date == null ? null : date.toEpochDay();
    }

    private static void check(boolean sound, String what) {
        if (!sound) {
            throw new IllegalStateException("unsound cache entry: " + what);
        }
    }
}
