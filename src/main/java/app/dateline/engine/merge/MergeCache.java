package app.dateline.engine.merge;

import app.dateline.engine.cache.EngineFingerprint;
import app.dateline.engine.cache.ExtractionCache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The merger's last result for the same mentions, kept between runs: reopening a folder of 1,500 articles
 * finds its groups here instead of comparing again. An entry is found by its {@link MergeKey}: a SHA-256 of
 * everything the grouping reads, written field by field in a versioned format (the engine's fingerprint, the
 * merger's word lists and settings, the sentences term weights are learnt from, every mention's article, date,
 * offsets, sentence, excerpt, label and trigger, and the user's merges and splits). Any change gives another key, so a hit is always the grouping the merger would make. An entry holds each
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
