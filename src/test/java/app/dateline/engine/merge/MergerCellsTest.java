package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Merger#homeCell} and {@link Merger#mergeCells}: the merger compares two mentions only within one home cell
 * (the month a date starts in, or the coarse dates of a year: a month or longer), so merging each cell apart, with the other dates of its
 * mentions' sentences as context, gives what merging the corpus whole gives: the proof that a job that merges cell by
 * cell is exact, on {@code corpus/} and on a generated archive whose months are crowded and whose dates cross months.
 */
class MergerCellsTest {

    @Test
    void homeCellIsTheMonthADateStartsInOrTheCoarseDatesOfItsYear() {
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-07-29", "2021-07-29")))).isEqualTo("2021-07");
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-07-20", "2021-07-31")))).isEqualTo("2021-07");
        // a whole month is coarse: its year's
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-07-01", "2021-07-31")))).isEqualTo("2021");
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-02-01", "2021-02-28")))).isEqualTo("2021");
        // a week that starts in one month and ends in the next: the month it starts in
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-12-28", "2022-01-03")))).isEqualTo("2021-12");
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-06-01", "2021-08-31")))).isEqualTo("2021");
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-12-01", "2022-02-28")))).isEqualTo("2021");
        assertThat(Blocking.cellName(Blocking.homeCell(date("2021-01-01", "2021-12-31")))).isEqualTo("2021");
    }

    @Test
    void mergingEachHomeCellApartGivesTheWholeCorpus() {
        Check c = check(Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus"))));
        assertThat(c.cellsWithMerges).isGreaterThan(1);
        // "September 2021" joins "September 23, 2021"; two "January 2024" join their day
        assertThat(c.attached).isGreaterThanOrEqualTo(2);
    }

    @Test
    void mergingEachHomeCellApartGivesTheWholeInCrowdedMonthsAcrossMonthEnds(@TempDir Path dir) throws Exception {
        Random random = new Random(6);
        String[] sentences = {
            "Talks between the envoys in Doha resumed on March %d, 2022, officials said.",
            "The Security Council met in New York on March %d, 2022 to discuss sanctions on Kabul.",
            "Floods hit the river town of Marietta on April %d, 2022, Governor Mike DeWine said.",
            "Floods hit the river town of Marietta in late March 2022, Governor Mike DeWine said of the %dth storm.",
            "The envoy arrived in Kabul on April %d, 2022 for talks with the Taliban.",
            "Talks between the envoys in Doha ended in the spring of 2022 after %d rounds without a deal.",
            "The Security Council met in New York in 2022 %d times to discuss sanctions on Kabul."};
        for (int n = 0; n < 120; n++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                text.append(String.format(sentences[random.nextInt(sentences.length)], 1 + random.nextInt(28))).append(s % 2 == 1 ? "\n\n" : " ");
            }
            String front = "---\ntitle: \"Report " + n + "\"\npublisher: \"" + (n % 2 == 0 ? "Wire" : "Desk") + "\"\npublished: "
                    + String.format("2022-05-%02d", 1 + random.nextInt(28)) + "\n---\n";
            Files.writeString(dir.resolve(String.format("gen-%03d.txt", n)), front + text);
        }
        Check c = check(Corpora.read(dir));
        assertThat(c.cellsWithMerges).isGreaterThanOrEqualTo(3);
        assertThat(c.cells).contains("2022-03", "2022-04", "2022");
        assertThat(c.attached).isGreaterThan(0);
        // crowded: a cell holds more mentions than the merger meets whole in one block
        assertThat(c.largestCell).isGreaterThan(MergeSettings.DEFAULT.blockLimit());
    }

    private record Check(Set<String> cells, int largestCell, long cellsWithMerges, int attached) {
    }

    /**
     * Merges the corpus whole, and cell by cell as a job does (each cell's first pass apart; each coarse group brought
     * to every month it covers and offered that month's best group; the best offer kept; each event built from its
     * members), and checks that both give the same events.
     */
    private static Check check(CorpusExtraction corpus) {
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        List<Event> all = corpus.events();
        Map<String, Integer> order = new HashMap<>();
        all.forEach(e -> order.put(e.id(), order.size()));
        List<MergedEvent> whole = merger.merge(all, Merger.sentences(corpus), MergeConstraints.NONE);
        assertThat(MergerComponentsTest.describe(merger.merge(all, idf, MergeConstraints.NONE)))
                .isEqualTo(MergerComponentsTest.describe(whole));

        Map<String, List<Event>> byCell = new TreeMap<>();
        for (Event e : all) {
            byCell.computeIfAbsent(Objects.requireNonNullElse(Merger.homeCell(e), "none"), k -> new ArrayList<>()).add(e);
        }
        // the first pass of the coarse cells, each apart; each coarse group brought to the months it covers
        List<List<String>> coarseGroups = new ArrayList<>();
        Map<String, List<Integer>> brought = new TreeMap<>();
        int largest = 0;
        long withMerges = 0;
        for (Map.Entry<String, List<Event>> cell : byCell.entrySet()) {
            if (!cell.getKey().equals("none")) {
                largest = Math.max(largest, cell.getValue().size());
            }
            if (cell.getKey().equals("none") || cell.getKey().contains("-")) {
                continue;
            }
            for (MergedEvent g : merger.mergeCells(cell.getValue(), context(all, cell.getValue()), idf, null)) {
                withMerges += g.sourceCount() > 1 ? 1 : 0;
                List<String> ids = g.sources().stream().map(Event::id).sorted(java.util.Comparator.comparing(order::get)).toList();
                assertThat(g.sources()).allMatch(Merger::coarse);
                Set<Integer> months = new TreeSet<>();
                g.sources().forEach(e -> Merger.monthsCovered(e).forEach(months::add));
                for (int m : months) {
                    brought.computeIfAbsent(Merger.monthCell(m), k -> new ArrayList<>()).add(coarseGroups.size());
                }
                coarseGroups.add(ids);
            }
        }
        // each fine cell merged, with the coarse groups brought to it; the best offer of each coarse group kept
        Map<String, List<String>> events = new TreeMap<>(); // each event of the merge by its key: its members
        Map<String, Merger.Offer> best = new HashMap<>();
        Map<String, Event> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        Set<String> months = new TreeSet<>(brought.keySet());
        byCell.keySet().stream().filter(c -> c.contains("-")).forEach(months::add);
        for (String month : months) {
            List<Event> cell = byCell.getOrDefault(month, List.of());
            List<List<String>> here = brought.getOrDefault(month, List.of()).stream().map(coarseGroups::get).toList();
            List<Event> present = new ArrayList<>(cell);
            here.forEach(g -> g.forEach(id -> present.add(byId.get(id))));
            present.sort(java.util.Comparator.comparing(e -> order.get(e.id())));
            Merger.FineCell merged = merger.mergeFineCell(present, context(all, present), idf, null, here);
            for (List<String> g : merged.groups()) {
                withMerges += g.size() > 1 ? 1 : 0;
                events.put(g.stream().min(java.util.Comparator.naturalOrder()).orElseThrow(), new ArrayList<>(g));
            }
            for (Merger.Offer o : merged.offers()) {
                if (o.beats(best.get(o.group()))) {
                    best.put(o.group(), o);
                }
            }
        }
        for (List<String> g : coarseGroups) {
            String key = g.stream().min(java.util.Comparator.naturalOrder()).orElseThrow();
            Merger.Offer o = best.get(key);
            events.computeIfAbsent(o == null ? key : o.target(), k -> new ArrayList<>()).addAll(g);
        }
        byCell.getOrDefault("none", List.of()).forEach(e -> events.put(e.id(), new ArrayList<>(List.of(e.id()))));
        List<MergedEvent> apart = new ArrayList<>();
        for (List<String> ids : events.values()) {
            List<Event> members = ids.stream().map(byId::get).sorted(java.util.Comparator.comparing(e -> order.get(e.id()))).toList();
            apart.add(merger.combine(members, context(all, members), idf, null));
        }
        assertThat(apart).hasSameSizeAs(whole);
        assertThat(MergerComponentsTest.describe(apart)).isEqualTo(MergerComponentsTest.describe(whole));
        return new Check(byCell.keySet(), largest, withMerges, best.size());
    }

    /** The other mentions of the sentences of {@code members}: the date phrases their words leave out. */
    private static List<Event> context(List<Event> all, List<Event> members) {
        Set<String> ids = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        members.forEach(e -> {
            ids.add(e.id());
            sentences.add(MentionProfiles.sentenceKey(e));
        });
        return all.stream().filter(e -> !ids.contains(e.id()) && sentences.contains(MentionProfiles.sentenceKey(e))).toList();
    }

    private static EventDate date(String from, String to) {
        return new EventDate(app.dateline.engine.timex.TimexType.DATE, from + "/" + to, null, java.time.LocalDate.parse(from),
                java.time.LocalDate.parse(to), app.dateline.engine.timex.Granularity.DAY);
    }
}
