package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Corpora;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed corpus merged with the default settings: the takeover once, with its sources and their disagreement. */
class MergerCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("dateline.corpus", "corpus"));
    private static CorpusExtraction corpus;
    private static List<MergedEvent> merged;

    @BeforeAll
    static void merge() {
        corpus = Corpora.read(CORPUS);
        merged = new Merger().merge(corpus);
    }

    @Test
    void theAugust2021TakeoverIsOneEventWithItsSources() {
        List<MergedEvent> takeover = merged.stream()
                .filter(m -> m.sources().stream().anyMatch(e -> e.sentence().contains("return to power in August 2021")))
                .toList();
        assertThat(takeover).hasSize(1);
        MergedEvent t = takeover.get(0);
        assertThat(t.sourceCount()).isGreaterThanOrEqualTo(2);
        assertThat(t.sources()).extracting(e -> e.article().publisher())
                .contains("Newsweek", "Foreign Affairs", "The Epoch Times (Vision Times)");
        assertThat(t.sources()).anySatisfy(e -> assertThat(e.sentence()).contains("surged across Afghanistan"));
        assertThat(t.sources()).anySatisfy(e -> assertThat(e.sentence()).contains("completed a withdrawal"));
        // The label is the source's headline that names the phrase its date qualifies ("return to power in August
        // 2021"); the summary stays the sentence that tells the event best.
        assertThat(t.label()).isEqualTo("The Taliban\u2019s return to power");
        assertThat(t.summary()).contains("surged across Afghanistan");
        assertThat(t.sources()).filteredOn(e -> e.sentence().contains("surged across")).singleElement()
                .satisfies(e -> assertThat(SummaryPicker.namesItsDate(e)).isFalse());
        assertThat(t.sources()).filteredOn(e -> e.sentence().contains("return to power")).singleElement()
                .satisfies(e -> assertThat(SummaryPicker.namesItsDate(e)).isTrue());
        // no other event dated August 2021 is left on the timeline: the takeover appears once
        assertThat(merged).filteredOn(m -> m != t && m.date().value().equals("2021-08")).isEmpty();
    }

    @Test
    void theEpochTimesSaysJulySoTheSourcesDisagree() {
        MergedEvent t = merged.stream().filter(m -> m.sources().stream()
                .anyMatch(e -> e.sentence().contains("overthrew the central Asian country"))).findFirst().orElseThrow();
        assertThat(t.sourcesDisagree()).isTrue();
        assertThat(t.date().value()).isEqualTo("2021-07/2021-08");
        assertThat(t.date().from()).hasToString("2021-07-01");
        assertThat(t.date().to()).hasToString("2021-08-31");
        List<DateClaim> claims = t.disagreement().claims();
        assertThat(claims).extracting(c -> c.date().value()).containsExactly("2021-07", "2021-08");
        assertThat(claims.get(0).sources()).extracting(e -> e.article().publisher()).containsExactly("The Epoch Times (Vision Times)");
        assertThat(claims.get(1).sources()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(t.disagreement().describe()).contains("2021-07: The Epoch Times").contains("Newsweek");
    }

    @Test
    void anArticleWrittenBeforeTheTakeoverIsNotPartOfIt() {
        MergedEvent t = merged.stream().filter(m -> m.sources().size() > 3).findFirst().orElseThrow();
        assertThat(t.sources()).noneMatch(e -> e.article().publisher().equals("The Diplomat"));
    }

    @Test
    void blinkenAtTheUnInSeptember2021IsOneEventFromTwoArticles() {
        MergedEvent un = merged.stream().filter(m -> m.sources().stream()
                .anyMatch(e -> e.sentence().contains("must stay united"))).findFirst().orElseThrow();
        assertThat(un.sourceCount()).isEqualTo(2);
        assertThat(un.date().value()).isEqualTo("2021-09-23"); // the day is more precise than "September 2021"
        assertThat(un.sourcesDisagree()).isFalse();
    }

    @Test
    void theCeremonyToldThreeTimesInOneArticleIsOneEvent() {
        MergedEvent ceremony = only("late January");
        assertThat(ceremony.sources()).extracting(Event::sentence).satisfiesExactlyInAnyOrder(
                s -> assertThat(s).contains("Great Hall of the People"),
                s -> assertThat(s).contains("Xi’s January ceremony"),
                s -> assertThat(s).contains("timing of the Chinese ceremony"));
        assertThat(ceremony.sourceCount()).isEqualTo(1);
        assertThat(ceremony.date().value()).isEqualTo("2024-01");
        assertThat(ceremony.date().mod()).hasToString("END"); // late January lies inside January: the finer date
        assertThat(ceremony.sourcesDisagree()).isFalse();
        assertThat(ceremony.summary()).contains("Xi Jinping accepted the credentials");
    }

    @Test
    void theSchoolBanStandsAlone() {
        assertThat(only("March 2022").sources()).hasSize(1);
    }

    @Test
    void oneArticleNamingOneHappeningTwiceIsOneEvent() {
        // the same day in one article, with the same people
        assertThat(withSentence("on April 6 that while").sources()).extracting(e -> e.mention().text())
                .containsExactlyInAnyOrder("April 6, 2023", "April 6");
        // a conference and a summit, "May 2023" and "last year" (written in 2024): one happening
        assertThat(withSentence("May 2023 conference for special envoys").sources()).extracting(e -> e.mention().text())
                .containsExactlyInAnyOrder("May 2023", "last year");
        assertThat(withSentence("multilateral conference of their own").sources()).hasSize(2)
                .anySatisfy(e -> assertThat(e.sentence()).contains("regional diplomatic conference it staged"));
    }

    @Test
    void theMergedEventsAreTheseAndNoOthers() {
        List<List<String>> groups = merged.stream().filter(MergedEvent::isMerged)
                .map(m -> m.sources().stream().map(e -> e.mention().text()).sorted().toList())
                .toList();
        assertThat(groups).containsExactlyInAnyOrder(
                List.of("August 2021", "August 2021", "July 2021", "Last month"), // the takeover
                List.of("September 2021", "Thursday"), // Blinken at the UN
                List.of("April 6", "April 6, 2023"), // Kirby's briefing
                List.of("May 2023", "last year"), // the envoys' conference
                List.of("January", "January"), // the regional conference in Kabul
                List.of("January", "January", "late January"), // the ceremony in Beijing
                List.of("February", "February")); // the UN envoys' meeting the Taliban refused to attend
    }

    @Test
    void unrelatedEventsOfOneArticleAndOneTimeStayApart() {
        assertThat(withSentence("Russia accepted their ambassadors").sources()).hasSize(1); // April, not the spring's cancelled meeting
        assertThat(withSentence("canceling a meeting this spring").sources()).hasSize(1);
        assertThat(withSentence("campaign to retake Kabul").sources()).hasSize(1); // the campaign, not the takeover
        assertThat(withSentence("multilateral attempts").sources()).hasSize(1); // "last year" three times: three things
        assertThat(withSentence("readmission of Assad").sources()).hasSize(1);
        assertThat(withSentence("delegation visited Moscow").sources()).hasSize(1); // "Earlier in July" twice: two things
        assertThat(withSentence("early weeks of 2024").sources()).hasSize(1);
        assertThat(withSentence("On Wednesday evening").sources()).hasSize(1);
    }

    @Test
    void everyMergedEventHasASummaryFromItsSources() {
        for (MergedEvent m : merged) {
            assertThat(m.summary()).isNotBlank();
            assertThat(m.sources()).anySatisfy(e -> assertThat(e.excerpt()).contains(m.summary()));
        }
        MergedEvent takeover = withSentence("return to power in August 2021");
        assertThat(takeover.sources()).extracting(e -> e.sentence().strip()).contains(takeover.summary());
    }

    private static MergedEvent withSentence(String words) {
        List<MergedEvent> found = merged.stream()
                .filter(m -> m.sources().stream().anyMatch(e -> e.sentence().contains(words))).toList();
        assertThat(found).as(words).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyEventIsInExactlyOneMergedEventAndNoSentenceIsMergedWithItself() {
        Set<String> seen = new HashSet<>();
        for (MergedEvent m : merged) {
            Set<String> sentences = new HashSet<>();
            for (Event e : m.sources()) {
                assertThat(seen.add(e.id())).as(e.id()).isTrue();
                assertThat(sentences.add(e.article().source() + "#" + e.mention().sentence())).isTrue();
            }
        }
        assertThat(seen).hasSize(corpus.events().size());
    }

    @Test
    void tuningOutputExplainsEachPair() {
        List<PairScore> pairs = new Merger().pairs(corpus.events(), Merger.sentences(corpus));
        PairScore diplomatEpoch = pairs.stream().filter(p -> p.a().sentence().contains("giving remarks")
                && p.b().sentence().contains("overthrew")).findFirst().orElseThrow();
        assertThat(diplomatEpoch.relation()).isEqualTo(DateRelation.SAME);
        assertThat(diplomatEpoch.passes()).as("Biden's July remarks are not the overthrow").isFalse();
        assertThat(pairs).noneMatch(p -> p.a().article().publisher().equals("The Diplomat")
                && p.b().sentence().contains("surged across")); // written before August 2021: vetoed
    }

    private static MergedEvent only(String text) {
        List<MergedEvent> found = merged.stream()
                .filter(m -> m.sources().stream().anyMatch(e -> e.mention().text().equals(text))).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aMergerThatDoesNotMergeLeavesEveryMentionAloneButKeepsManualMerges() {
        List<Event> events = corpus.events();
        List<MergedEvent> alone = Merger.none().merge(events, Merger.sentences(corpus), MergeConstraints.NONE);
        assertThat(alone).hasSize(events.size()).allSatisfy(m -> assertThat(m.sources()).hasSize(1));
        MergeConstraints byHand = new MergeConstraints(List.of(Set.of(events.get(0).id(), events.get(1).id())), List.of());
        List<MergedEvent> manual = Merger.none().merge(events, Merger.sentences(corpus), byHand);
        assertThat(manual).hasSize(events.size() - 1).anySatisfy(m -> assertThat(m.sources()).hasSize(2));
    }

    @Test
    void onlyTheNoneMergerLeavesEventsAloneWhateverTheirNumber() {
        assertThat(new Merger().merging()).isTrue();
        assertThat(Merger.none().merging()).isFalse();
        assertThat(new Merger().merges(20_000)).isTrue(); // a story of 1,500 articles
        assertThat(new Merger().merges(237_000)).isTrue(); // 10,000 articles: no cap any more
        assertThat(Merger.none().merges(2)).isFalse();
    }
}
