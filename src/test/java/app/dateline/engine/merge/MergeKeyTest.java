package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The merge cache's key: written field by field, so that any field the grouping reads changes it, the same input
 * gives it again, and a component added to a record the merger reads is decided on rather than left out.
 */
class MergeKeyTest {

    private static final String BODY = "Talks resumed on March 5, 2024 in Doha. The envoys met again on March 7, 2024.";

    /** One article's two events, built afresh at each call (no object is shared between two calls). */
    private static List<Event> events() {
        Article article = new Article(new String("wire/doha.txt"), "Doha talks", "Wire", LocalDate.of(2024, 3, 8),
                DateOrigin.FRONT_MATTER, new String(BODY), List.of());
        return List.of(event(article, 0, "March 5, 2024", "2024-03-05", new Trigger("resumed", 6, 13, "resume")),
                event(article, 1, "March 7, 2024", "2024-03-07", new Trigger("met", 51, 54, "meet")));
    }

    private static Event event(Article article, int sentence, String phrase, String value, Trigger trigger) {
        int split = BODY.indexOf("The envoys");
        int sentenceBegin = sentence == 0 ? 0 : split;
        String text = sentence == 0 ? BODY.substring(0, split - 1) : BODY.substring(split);
        int begin = BODY.indexOf(phrase);
        Mention m = new Mention(begin, begin + phrase.length(), phrase, Timex.of(TimexType.DATE, value, null),
                Anchor.explicit(), sentence, 0, "rule");
        return new Event(article.source() + "#" + begin, article, m, "label " + sentence, text, BODY, sentenceBegin, 0,
                trigger);
    }

    private static List<String> sentences(List<Event> events) {
        CorpusSentences out = new CorpusSentences();
        events.forEach(e -> out.add(e.article().source(), e.sentence()));
        return out;
    }

    private static String key(List<Event> events) {
        return key(events, sentences(events), MergeConstraints.NONE);
    }

    private static String key(List<Event> events, List<String> documents, MergeConstraints constraints) {
        return MergeKey.of(events, documents, MergeSettings.DEFAULT, constraints, true, "engine-1");
    }

    /** The events with the second one changed. */
    private static List<Event> second(UnaryOperator<Event> change) {
        List<Event> events = new ArrayList<>(events());
        events.set(1, change.apply(events.get(1)));
        return events;
    }

    private static Event withMention(Event e, Mention m) {
        return new Event(e.id(), e.article(), m, e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(), e.excerptBegin(),
                e.trigger());
    }

    private static Event withTimex(Event e, Timex t) {
        Mention m = e.mention();
        return withMention(e, new Mention(m.begin(), m.end(), m.text(), t, m.anchor(), m.sentence(), m.paragraph(), m.origin()));
    }

    private static Event withTrigger(Event e, Trigger t) {
        return new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(),
                e.excerptBegin(), t);
    }

    private static Event withArticle(Event e, Article a) {
        return new Event(e.id(), a, e.mention(), e.label(), e.sentence(), e.excerpt(), e.sentenceBegin(), e.excerptBegin(),
                e.trigger());
    }

    @Test
    void theSameInputGivesTheSameKeyWhateverObjectsHoldIt() {
        String key = key(events());
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(key(events()));
        // the user's merges are sets: their order of iteration does not count
        Set<String> ab = new HashSet<>(List.of("b", "a", "c"));
        Set<String> ba = new java.util.TreeSet<>(List.of("c", "a", "b"));
        assertThat(key(events(), sentences(events()), new MergeConstraints(List.of(ab), List.of())))
                .isEqualTo(key(events(), sentences(events()), new MergeConstraints(List.of(ba), List.of())));
    }

    @Test
    void everyFieldTheGroupingReadsChangesTheKey() {
        Map<String, List<Event>> changed = new LinkedHashMap<>();
        changed.put("id", second(e -> new Event(e.id() + "x", e.article(), e.mention(), e.label(), e.sentence(), e.excerpt(),
                e.sentenceBegin(), e.excerptBegin(), e.trigger())));
        changed.put("label", second(e -> new Event(e.id(), e.article(), e.mention(), "another label", e.sentence(), e.excerpt(),
                e.sentenceBegin(), e.excerptBegin(), e.trigger())));
        changed.put("sentence", second(e -> new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence() + " ", e.excerpt(),
                e.sentenceBegin(), e.excerptBegin(), e.trigger())));
        changed.put("excerpt", second(e -> new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence(), e.sentence(),
                e.sentenceBegin(), e.excerptBegin(), e.trigger())));
        changed.put("sentenceBegin", second(e -> new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence(), e.excerpt(),
                e.sentenceBegin() + 1, e.excerptBegin(), e.trigger())));
        changed.put("excerptBegin", second(e -> new Event(e.id(), e.article(), e.mention(), e.label(), e.sentence(), e.excerpt(),
                e.sentenceBegin(), e.excerptBegin() + 1, e.trigger())));
        changed.put("source", second(e -> withArticle(e, new Article("wire/other.txt", "Doha talks", "Wire",
                e.article().published(), DateOrigin.FRONT_MATTER, BODY, List.of()))));
        changed.put("published", second(e -> withArticle(e, new Article(e.article().source(), "Doha talks", "Wire",
                LocalDate.of(2024, 3, 9), DateOrigin.FRONT_MATTER, BODY, List.of()))));
        changed.put("begin", second(e -> withMention(e, new Mention(e.mention().begin() + 1, e.mention().end(), "x",
                e.timex(), Anchor.explicit(), 1, 0, "rule"))));
        changed.put("end", second(e -> withMention(e, new Mention(e.mention().begin(), e.mention().end() - 1, "x",
                e.timex(), Anchor.explicit(), 1, 0, "rule"))));
        changed.put("mention's sentence", second(e -> withMention(e, new Mention(e.mention().begin(), e.mention().end(),
                e.mention().text(), e.timex(), Anchor.explicit(), 2, 0, "rule"))));
        changed.put("value", second(e -> withTimex(e, Timex.of(TimexType.DATE, "2024-03", null))));
        changed.put("type", second(e -> withTimex(e, new Timex(TimexType.TIME, e.timex().value(), null, e.timex().from(),
                e.timex().to(), e.timex().granularity()))));
        changed.put("mod", second(e -> withTimex(e, Timex.of(TimexType.DATE, "2024-03-07", TimexMod.APPROX))));
        changed.put("to", second(e -> withTimex(e, new Timex(TimexType.DATE, e.timex().value(), null, e.timex().from(),
                e.timex().to().plusDays(1), e.timex().granularity()))));
        changed.put("no trigger", second(e -> withTrigger(e, null)));
        changed.put("trigger lemma", second(e -> withTrigger(e, new Trigger("met", 51, 54, "met"))));
        changed.put("trigger offsets", second(e -> withTrigger(e, new Trigger("met", 52, 55, "meet"))));

        String base = key(events());
        Set<String> keys = new HashSet<>(List.of(base));
        changed.forEach((field, events) -> assertThat(keys.add(key(events))).as(field).isTrue());

        List<Event> events = events();
        List<String> documents = new ArrayList<>(sentences(events));
        documents.add("A sentence without a date changes the words' weights.");
        assertThat(keys.add(key(events, documents, MergeConstraints.NONE))).as("documents").isTrue();
        assertThat(keys.add(key(events, sentences(events), new MergeConstraints(List.of(Set.of(events.get(0).id(),
                events.get(1).id())), List.of())))).as("merged by the user").isTrue();
        assertThat(keys.add(key(events, sentences(events), new MergeConstraints(List.of(),
                List.of(new MergeConstraints.Pair(events.get(0).id(), events.get(1).id())))))).as("split by the user").isTrue();
        assertThat(keys.add(MergeKey.of(events, sentences(events), MergeSettings.DEFAULT, MergeConstraints.NONE, false,
                "engine-1"))).as("merging off").isTrue();
        assertThat(keys.add(MergeKey.of(events, sentences(events), MergeSettings.DEFAULT.withSameArticle(0.5),
                MergeConstraints.NONE, true, "engine-1"))).as("settings").isTrue();
        assertThat(keys.add(MergeKey.of(events, sentences(events), MergeSettings.DEFAULT, MergeConstraints.NONE, true,
                "engine-2"))).as("engine").isTrue();
    }

    @Test
    void whatTheGroupingDoesNotReadLeavesTheKeyAlone() {
        String base = key(events());
        List<Event> retitled = second(e -> withArticle(e, new Article(e.article().source(), "Another title", "Another wire",
                e.article().published(), DateOrigin.DATE_LINE, BODY, List.of("a warning"))));
        assertThat(key(retitled)).isEqualTo(base);
        List<Event> reanchored = second(e -> withMention(e, new Mention(e.mention().begin(), e.mention().end(),
                e.mention().text(), e.timex(), Anchor.explicit(), e.mention().sentence(), 4, "natty")));
        assertThat(key(reanchored)).isEqualTo(base);
    }

    /**
     * Each component of the records the key reads is either written or named as not read by the grouping: a
     * component added to one of them fails here until it is put in one list or the other (and the format raised).
     */
    @Test
    void everyComponentOfTheRecordsReadIsKeyedOrNamedAsNotRead() {
        assertThat(MergeKey.KEYED.keySet()).isEqualTo(MergeKey.NOT_READ.keySet());
        for (Class<?> type : MergeKey.KEYED.keySet()) {
            Set<String> components = new HashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
            }
            Set<String> named = new HashSet<>(MergeKey.KEYED.get(type));
            assertThat(named).as(type.getSimpleName() + " keyed and not read").noneMatch(MergeKey.NOT_READ.get(type)::contains);
            named.addAll(MergeKey.NOT_READ.get(type));
            assertThat(named).as(type.getSimpleName()).isEqualTo(components);
        }
    }

    /** A word list added to the merger's folder is read into the key too (else a changed list keeps stale groupings). */
    @Test
    void everyFileOfTheMergeFolderIsAWordListOfTheKey() throws Exception {
        Path folder = Path.of(MergeKey.class.getResource("/dateline/merge/").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(MergeKey.WORD_LISTS);
        }
    }
}
