package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Event;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging at scale, judged by the work done rather than the time taken: blocking keeps the pairs compared
 * far below all pairs and growing with the number of mentions, not its square; a happening many articles tell
 * is still found whole; and a second run on the same mentions comes from the cache, the same events again.
 */
class MergerScaleTest {

    private static final String[] PEOPLE = {"Rivera", "Chen", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak",
            "Gallagher", "Santos", "Petrov", "Nakamura", "Dubois", "Kowalski", "Jensen", "Ferreira", "Mbeki", "Larsen"};
    private static final String[] PLACES = {"Lyon", "Osaka", "Lagos", "Quito", "Perth", "Tallinn", "Accra", "Bergen", "Cusco",
            "Dakar", "Hanoi", "Krakow", "Leeds", "Malmo", "Oporto", "Riga", "Seville", "Tromso"};
    private static final String[] HAPPENINGS = {"signed a trade agreement with", "held talks with", "announced sanctions on",
            "opened an inquiry into", "resigned after a dispute with", "won an election against", "filed a lawsuit against",
            "appointed a new envoy to", "banned imports from", "attended a ceremony with"};

    /** {@code articles} articles of 12 dated sentences each about random people, places and days of 2020-2021,
     *  and in every fifth article one sentence about the same fire in Lyon on 3 March 2021, worded variously. */
    static List<Event> corpus(int articles, long seed) {
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>();
        String[] fire = {"A fire destroyed the Acme Ridgeworth factory in Lyon on March 3, 2021, fire chief Brannagh said.",
                "The Ridgeworth factory fire in Lyon on March 3, 2021 left 300 Acme workers without jobs, Brannagh said.",
                "Since the fire at Acme's Ridgeworth plant in Lyon on March 3, 2021, Brannagh has called for inspections."};
        for (int a = 0; a < articles; a++) {
            LocalDate published = LocalDate.of(2021, 12, 31).minusDays(r.nextInt(300));
            StringBuilder body = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                String sentence;
                LocalDate day;
                if (s == 0 && a % 5 == 0) {
                    sentence = fire[(a / 5) % fire.length];
                    day = LocalDate.of(2021, 3, 3);
                } else {
                    day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(700));
                    sentence = PEOPLE[r.nextInt(PEOPLE.length)] + " of " + PLACES[r.nextInt(PLACES.length)] + " "
                            + HAPPENINGS[r.nextInt(HAPPENINGS.length)] + " " + PEOPLE[r.nextInt(PEOPLE.length)] + " in "
                            + PLACES[r.nextInt(PLACES.length)] + " on " + words(day) + ".";
                }
                String phrase = sentence.contains("March 3, 2021") ? "March 3, 2021" : words(day);
                int begin = body.length() + sentence.indexOf(phrase);
                spans.add(new int[] {body.length(), begin, begin + phrase.length()});
                days.add(day);
                body.append(sentence).append('\n');
            }
            Article article = new Article("synthetic/" + a + ".txt", "Article " + a, "Wire", published, DateOrigin.FRONT_MATTER,
                    body.toString(), List.of());
            for (int s = 0; s < spans.size(); s++) {
                int[] sp = spans.get(s);
                int sentenceEnd = body.indexOf("\n", sp[0]);
                String sentence = body.substring(sp[0], sentenceEnd);
                LocalDate day = days.get(s);
                Timex t = new Timex(TimexType.DATE, day.toString(), null, day, day, app.dateline.engine.timex.Granularity.DAY);
                Mention m = new Mention(sp[1], sp[2], body.substring(sp[1], sp[2]), t, Anchor.explicit(), s, s, "test");
                events.add(new Event(article.source() + "#" + sp[1] + "-" + sp[2], article, m, sentence, sentence, sentence, sp[0], sp[0]));
            }
        }
        return events;
    }

    private static String words(LocalDate d) {
        String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return month + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static Merger.Report merge(List<Event> events, Merger merger) {
        return merger.run(events, events.stream().map(Event::sentence).toList(), MergeConstraints.NONE);
    }

    @Test
    void blockingComparesFewPairsAndTheirNumberGrowsWithTheMentionsNotTheirSquare() {
        // blocks of this corpus hold 10 to 80 mentions: a limit of 8 puts both sizes past it, as a folder of
        // thousands of articles is past the default limit
        Merger merger = new Merger(MergeSettings.DEFAULT.withBlocking(6, 8));
        Merger.Report small = merge(corpus(300, 7), merger);
        Merger.Report large = merge(corpus(600, 7), merger);
        assertThat(large.mentions()).isEqualTo(2 * small.mentions());
        assertThat(small.comparisons()).isPositive().isLessThan(small.allPairs() / 20);
        assertThat(large.comparisons()).isLessThan(large.allPairs() / 40);
        // twice the mentions, all pairs four times: the pairs compared grow about twice
        assertThat((double) large.comparisons() / small.comparisons()).isLessThan(2.5);
        // and each mention meets at most its limit in each block of each of its keys
        int keysPerMention = 6 + 4; // heaviest terms, event words, rare names of a short sentence
        assertThat(large.comparisons()).isLessThanOrEqualTo((long) large.mentions() * keysPerMention * 8);
    }

    @Test
    void aHappeningManyArticlesTellIsOneEventAndNothingElseJoinsIt() {
        List<Event> events = corpus(300, 11);
        List<MergedEvent> merged = merge(events, new Merger()).events();
        long told = events.stream().filter(e -> e.sentence().contains("Ridgeworth")).count();
        assertThat(told).isEqualTo(60);
        List<MergedEvent> fires = merged.stream()
                .filter(m -> m.sources().stream().anyMatch(e -> e.sentence().contains("Ridgeworth"))).toList();
        assertThat(fires).hasSize(1);
        assertThat(fires.get(0).sources()).hasSize(60).allSatisfy(e -> assertThat(e.sentence()).contains("Ridgeworth"));
        assertThat(fires.get(0).date().value()).isEqualTo("2021-03-03");
    }

    @Test
    void theSameMentionsAgainComeFromTheCacheAsTheSameEvents(@TempDir Path dir) throws Exception {
        List<Event> events = corpus(60, 3);
        Merger cached = new Merger().withCache(MergeCache.at(dir));
        Merger.Report first = merge(events, cached);
        Merger.Report again = merge(events, cached);
        assertThat(first.fromCache()).isFalse();
        assertThat(again.fromCache()).isTrue();
        assertThat(again.comparisons()).isZero();
        assertThat(again.events()).isEqualTo(first.events());
        // the key does not depend on the run: settings are described in a fixed order
        assertThat(MergeCache.describe(MergeSettings.DEFAULT))
                .startsWith("SAME=0.15;INSIDE=0.25;INSIDE_COARSE=0.35;OVERLAP=0.3;NEAR=0.2;FAR=Infinity;");
        assertThat(merge(events, new Merger()).events()).isEqualTo(first.events());
        // one mention less is another key: merged afresh
        Merger.Report fewer = merge(events.subList(1, events.size()), cached);
        assertThat(fewer.fromCache()).isFalse();
        // a damaged entry is merged again, not trusted
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bin")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length - 3] ^= 0x55;
                Files.write(f, bytes);
            }
        }
        Merger.Report repaired = merge(events, cached);
        assertThat(repaired.fromCache()).isFalse();
        assertThat(repaired.events()).isEqualTo(first.events());
    }
}
