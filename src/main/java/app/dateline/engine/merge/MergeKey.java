package app.dateline.engine.merge;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key of the {@link MergeCache}: a SHA-256 of everything the merger's grouping reads, written field by field
 * in a fixed format, never through a record's {@code toString} (which changes when a record gains a component
 * or prints differently, and so would keep a stale grouping or lose a good one without a word).
 *
 * <p>Format {@value #FORMAT}, in this order. A string is written as its UTF-8 length (an int, -1 for null) and
 * bytes; a date as a flag byte and its epoch day; an enum by its name; numbers as Java's {@code DataOutput} does.
 * <ol>
 *   <li>{@code "dateline-merge-key"}, the format number, the engine's fingerprint;</li>
 *   <li>the settings ({@link MergeCache#describe}), whether merging is on, the bytes of the merger's word lists
 *       ({@code stopwords.txt}, {@code stop-acronyms.txt}, {@code concepts.tsv}, {@code gap-breaks.txt}, {@code clause-verbs.txt}, {@code unrealised-before.txt}, {@code countries.tsv}, {@code places.tsv}, {@code report-verbs.txt});</li>
 *   <li>the documents the term weights are learnt from: their number, then for each its article (only when it
 *       differs from the document before; {@link CorpusSentences}) and its text;</li>
 *   <li>the number of events, then for each: id; article source and date; mention begin, end and sentence index;
 *       the date's type, value, mod, first and last day, granularity; sentence and its begin; excerpt and its
 *       begin; label; trigger (a flag, then text, begin, end, lemma);</li>
 *   <li>the user's merges (each set of ids, sorted) and splits (pairs), in their order.</li>
 * </ol>
 * {@link #KEYED} names the record components written, {@link #NOT_READ} those the grouping does not read (a test
 * checks that every component of these records is in one of the two, so one added is decided on, not forgotten).
 * Change the format: raise {@link #FORMAT}.
 */
final class MergeKey {

    /** The version of the format above; raised too when the grouping's rules change (3: countries, wire headers; 4: places
     * inside a country, stamps never merged; 5: a sentence retold word for word, one date in two phrases side by side; 6: a
     * group holding a sentence retold word for word; 7: or its words up to the date phrase; 8: a date alone in brackets has
     * the words of the clause before; 9: and is one date with it, though a day apart; 10: two labels of one day, the
     * same or one opening the other). */
    static final int FORMAT = 10;

    /** The components of each record the key writes. */
    static final Map<Class<?>, Set<String>> KEYED = Map.of(
            Event.class, Set.of("id", "article", "mention", "label", "sentence", "excerpt", "sentenceBegin",
                    "excerptBegin", "trigger"),
            Article.class, Set.of("source", "published"),
            Mention.class, Set.of("begin", "end", "sentence", "timex"),
            Timex.class, Set.of("type", "value", "mod", "from", "to", "granularity"),
            Trigger.class, Set.of("text", "begin", "end", "lemma"));

    /**
     * The components the grouping does not read, or reads only as derived from keyed ones: the label's sources, the
     * event's {@code noEvent} (made from its sentence, excerpt, offsets and label, all keyed), the mention's own text (the body's words at
     * its offsets), anchor, paragraph and origin; the article's title, publisher (read only to name sources once
     * grouped), date origin, body (its sentences are written as documents) and warnings.
     */
    static final Map<Class<?>, Set<String>> NOT_READ = Map.of(
            Event.class, Set.of("labelSources", "noEvent"),
            Article.class, Set.of("title", "publisher", "dateOrigin", "body", "warnings"),
            Mention.class, Set.of("text", "anchor", "paragraph", "origin"),
            Timex.class, Set.of(),
            Trigger.class, Set.of());

    /** The merger's word lists in {@code /dateline/merge/}, read whole into the key. */
    static final List<String> WORD_LISTS = List.of("stopwords.txt", "stop-acronyms.txt", "concepts.tsv", "gap-breaks.txt", "clause-verbs.txt", "unrealised-before.txt", "countries.tsv",
            "places.tsv", "report-verbs.txt");

    private final MessageDigest digest;
    private final DataOutputStream out;

    private MergeKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest), 1 << 16));
    }

    /**
     * The key of a grouping.
     *
     * @param idfDocuments the documents the term weights are learnt from
     * @param engine       the engine's fingerprint
     */
    static String of(List<Event> events, Collection<String> idfDocuments, MergeSettings settings,
                     MergeConstraints constraints, boolean merging, String engine) {
        try {
            MergeKey k = new MergeKey();
            k.string("dateline-merge-key");
            k.out.writeInt(FORMAT);
            k.string(engine);
            k.string(MergeCache.describe(settings));
            k.out.writeBoolean(merging);
            for (String list : WORD_LISTS) {
                k.resource("/dateline/merge/" + list);
            }
            k.documents(idfDocuments);
            k.out.writeInt(events.size());
            for (Event e : events) {
                k.event(e);
            }
            k.out.writeInt(constraints.together().size());
            for (Set<String> together : constraints.together()) {
                TreeSet<String> sorted = new TreeSet<>(together);
                k.out.writeInt(sorted.size());
                for (String id : sorted) {
                    k.string(id);
                }
            }
            k.out.writeInt(constraints.apart().size());
            for (MergeConstraints.Pair apart : constraints.apart()) {
                k.string(apart.a());
                k.string(apart.b());
            }
            k.out.flush();
            return HexFormat.of().formatHex(k.digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a digest does not fail to write
        }
    }

    private void documents(Collection<String> documents) throws IOException {
        out.writeInt(documents.size());
        if (documents instanceof CorpusSentences sentences) {
            String source = null;
            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.source(i);
                boolean same = s.equals(source);
                out.writeBoolean(same);
                if (!same) {
                    string(s);
                    source = s;
                }
                string(sentences.get(i));
            }
        } else {
            for (String d : documents) {
                out.writeBoolean(true);
                string(d);
            }
        }
    }

    private void event(Event e) throws IOException {
        string(e.id());
        string(e.article().source());
        date(e.article().published());
        Mention m = e.mention();
        out.writeInt(m.begin());
        out.writeInt(m.end());
        out.writeInt(m.sentence());
        Timex t = m.timex();
        string(t.type().name());
        string(t.value());
        string(t.mod() == null ? null : t.mod().name());
        date(t.from());
        date(t.to());
        string(t.granularity().name());
        string(e.sentence());
        out.writeInt(e.sentenceBegin());
        string(e.excerpt());
        out.writeInt(e.excerptBegin());
        string(e.label());
        Trigger trigger = e.trigger();
        out.writeBoolean(trigger != null);
        if (trigger != null) {
            string(trigger.text());
            out.writeInt(trigger.begin());
            out.writeInt(trigger.end());
            string(trigger.lemma());
        }
    }

    private void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void date(LocalDate d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeLong(d.toEpochDay());
        }
    }

    private void resource(String name) throws IOException {
        try (InputStream in = MergeKey.class.getResourceAsStream(name)) {
            byte[] bytes = in == null ? null : in.readAllBytes();
            out.writeInt(bytes == null ? -1 : bytes.length);
            if (bytes != null) {
                out.write(bytes);
            }
        }
    }
}
