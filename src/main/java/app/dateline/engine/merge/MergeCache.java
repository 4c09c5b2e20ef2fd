package app.dateline.engine.merge;

import app.dateline.engine.cache.EngineFingerprint;
import app.dateline.engine.cache.ExtractionCache;
import app.dateline.engine.event.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The merger's last result for the same mentions, kept between runs: reopening a folder of 1,500 articles
 * finds its groups here instead of comparing again. An entry is found by a SHA-256 of everything the grouping
 * depends on: the engine (its fingerprint: classes and rules), the merger's word lists and settings, every
 * mention (article, date, offsets, value, sentence) with its article's body, and the user's merges and splits.
 * Any change gives another key, so a hit is always the grouping the merger would make. An entry holds each
 * group's members and which member gives its label and its summary, after a header (magic, length, CRC-32);
 * it is written to a temporary file and renamed. A damaged entry is ignored and written again.
 */
public final class MergeCache {

    private static final int MAGIC = 0x444C4D31; // "DLM1"

    /** A cache that keeps nothing. */
    public static final MergeCache NONE = new MergeCache(null);

    private final Path folder;

    private MergeCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in {@code root} (beside the extraction cache's entries) for the running engine. */
    public static MergeCache at(Path root) {
        return new MergeCache(root.resolve("merge-" + EngineFingerprint.current()));
    }

    /** The cache in the user's cache folder, beside the extraction cache ({@link ExtractionCache#defaultRoot()}). */
    public static MergeCache forUser() {
        return at(ExtractionCache.defaultRoot());
    }

    public boolean enabled() {
        return folder != null;
    }

    /** One group: its members (indices into the mentions), and the members whose label and sentence it shows. */
    record Group(int[] members, int labelFrom, int summaryFrom) {
    }

    /** What the grouping of these mentions depends on, hashed. */
    static String key(List<Event> events, MergeSettings settings, MergeConstraints constraints, boolean merging) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(d, "merge-cache-2");
        update(d, describe(settings));
        update(d, String.valueOf(merging));
        for (String resource : List.of("stopwords.txt", "stop-acronyms.txt", "concepts.tsv", "countries.tsv")) {
            try (InputStream in = MergeCache.class.getResourceAsStream("/dateline/merge/" + resource)) {
                d.update(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                update(d, "unreadable " + resource);
            }
        }
        Map<String, Boolean> bodies = new IdentityHashMap<>();
        for (Event e : events) {
            update(d, e.id());
            update(d, e.article().source());
            update(d, String.valueOf(e.article().published()));
            if (bodies.put(e.article().body(), Boolean.TRUE) == null) {
                update(d, e.article().body());
            }
            update(d, e.mention().begin() + ":" + e.mention().end() + ":" + e.timex() + ":" + e.mention().sentence());
            update(d, e.sentence());
            update(d, e.label());
            update(d, String.valueOf(e.trigger()));
        }
        for (Set<String> together : constraints.together()) {
            update(d, "together " + new TreeSet<>(together));
        }
        for (MergeConstraints.Pair apart : constraints.apart()) {
            update(d, "apart " + apart.a() + " " + apart.b());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The settings in words, in a fixed order (a record's map would print in an order that varies by run). */
    static String describe(MergeSettings s) {
        StringBuilder b = new StringBuilder();
        for (DateRelation r : DateRelation.values()) {
            b.append(r).append('=').append(s.threshold(r)).append(';');
        }
        return b.append(s.sameArticle()).append(';').append(s.nearWords()).append(';').append(s.farWeight()).append(';')
                .append(s.conceptWeight()).append(';').append(s.story()).append(';').append(s.triggerBonus()).append(';')
                .append(s.participantBonus()).append(';').append(s.keyTerms()).append(';').append(s.blockLimit()).toString();
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".bin");
    }

    /** The groups stored under {@code key} for {@code mentions} mentions, if there is a sound entry. */
    Optional<List<Group>> load(String key, int mentions) {
        if (folder == null) {
            return Optional.empty();
        }
        Path f = file(key);
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            byte[] all = Files.readAllBytes(f);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            if (all.length < 16 || in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int length = in.readInt();
            long crc = in.readLong();
            if (length != all.length - 16) {
                return Optional.empty();
            }
            CRC32 check = new CRC32();
            check.update(all, 16, length);
            if (check.getValue() != crc) {
                return Optional.empty();
            }
            if (in.readInt() != mentions) {
                return Optional.empty();
            }
            int groups = in.readInt();
            List<Group> out = new ArrayList<>(groups);
            boolean[] seen = new boolean[mentions];
            for (int g = 0; g < groups; g++) {
                int size = in.readInt();
                int[] members = new int[size];
                for (int k = 0; k < size; k++) {
                    members[k] = in.readInt();
                    if (members[k] < 0 || members[k] >= mentions || seen[members[k]]) {
                        return Optional.empty();
                    }
                    seen[members[k]] = true;
                }
                out.add(new Group(members, in.readInt(), in.readInt()));
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty(); // read again and written anew
        }
    }

    /** Stores the groups; a cache that cannot be written is silently left as it is (the merge still stands). */
    void store(String key, int mentions, List<Group> groups) {
        if (folder == null) {
            return;
        }
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(body);
            out.writeInt(mentions);
            out.writeInt(groups.size());
            for (Group g : groups) {
                out.writeInt(g.members().length);
                for (int m : g.members()) {
                    out.writeInt(m);
                }
                out.writeInt(g.labelFrom());
                out.writeInt(g.summaryFrom());
            }
            out.flush();
            byte[] bytes = body.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.length + 16);
            DataOutputStream header = new DataOutputStream(whole);
            header.writeInt(MAGIC);
            header.writeInt(bytes.length);
            header.writeLong(crc.getValue());
            header.write(bytes);
            header.flush();
            Path f = file(key);
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "merge", ".tmp");
            Files.write(tmp, whole.toByteArray());
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException notWritten) {
            // a read-only or full disk: the next open merges again
        }
    }
}
