package app.dateline.engine.rank;

import static app.dateline.engine.rank.MergedEvents.in;
import static app.dateline.engine.rank.MergedEvents.merged;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.tagger.TenseDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoryWords}: a folder about one flood knows its words from how its articles open, a radio running order
 * that names the flood once further down is off the story, and its events count less ({@link EventRanker}); a
 * folder of unrelated articles has no story to be off.
 */
class StoryWordsTest {

    @TempDir
    Path dir;

    private static final String[] FLOOD = {
            "The river Turia burst its banks in Valencia on Tuesday, and the flood swept cars through the old town.",
            "Rescuers in Valencia searched flooded garages on Wednesday as the flood waters began to fall.",
            "The regional government of Valencia declared three days of mourning for the victims of the flood.",
            "Flood damage in Valencia will cost insurers billions, the insurers' association said on Thursday.",
            "Volunteers cleared mud from the streets of Valencia a week after the flood."
    };

    private static final String RUNNING_ORDER = """
            Mark Pougatch presents live commentary of the League Cup final on Saturday.
            Colin Murray presents the latest sports news.
            The afternoon play is a comedy about two brothers who run a bakery.
            Listeners can hear the cricket from Lord's.
            Zoe Ball sits in this evening and welcomes guests.
            The programme also hears from people who helped after the flood in Valencia.
            """;

    private CorpusExtraction folder(String offStory) throws IOException {
        for (int i = 0; i < FLOOD.length; i++) {
            Files.writeString(dir.resolve("flood" + i + ".txt"), "---\npublished: 2024-10-3" + i % 2 + "\n---\n" + FLOOD[i] + "\n");
        }
        Files.writeString(dir.resolve("radio.txt"), "---\npublished: 2024-11-02\n---\n" + offStory);
        return Corpora.read(dir);
    }

    private static String source(CorpusExtraction corpus, String name) {
        return corpus.articles().stream().map(a -> a.article().source()).filter(s -> s.endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void aPageThatOpensOnNoneOfTheStorysWordsIsOffIt() throws IOException {
        CorpusExtraction corpus = folder(RUNNING_ORDER);
        StoryWords words = StoryWords.of(corpus.articles(), new Tokenizer());

        assertThat(words.storyTerms()).containsKeys("valencia", "flood");
        assertThat(words.belonging(source(corpus, "flood0.txt"))).isEqualTo(1.0);
        assertThat(words.belonging(source(corpus, "radio.txt"))).isZero();
        assertThat(words.belonging("an article not read")).isEqualTo(1.0);
    }

    @Test
    void theSamePageOpeningOnTheStoryBelongsToIt() throws IOException {
        CorpusExtraction corpus = folder("Volunteers from Valencia told the programme about the flood.\n" + RUNNING_ORDER);
        StoryWords words = StoryWords.of(corpus.articles(), new Tokenizer());

        assertThat(words.belonging(source(corpus, "radio.txt"))).isEqualTo(1.0);
    }

    @Test
    void unrelatedArticlesHaveNoStoryToBeOff() throws IOException {
        String[] mixed = {
                "Shares in the carmaker fell on Monday after it cut its forecast.",
                "The museum reopened its Roman gallery on Friday after a long restoration.",
                "A storm closed the mountain pass on Sunday for the first time in years.",
                "The orchestra named a new conductor on Tuesday."
        };
        for (int i = 0; i < mixed.length; i++) {
            Files.writeString(dir.resolve("m" + i + ".txt"), "---\npublished: 2024-10-0" + (i + 1) + "\n---\n" + mixed[i] + "\n");
        }
        CorpusExtraction corpus = Corpora.read(dir);
        StoryWords words = StoryWords.of(corpus.articles(), new Tokenizer());

        assertThat(words.storyTerms()).isEmpty();
        corpus.articles().forEach(a -> assertThat(words.belonging(a.article().source())).isEqualTo(1.0));
    }

    @Test
    void anEventToldOnlyOffTheStoryCountsLessByTheStoryWeight() throws IOException {
        CorpusExtraction corpus = folder(RUNNING_ORDER);
        MergedEvent cupFinal = merged(in(corpus, "radio.txt", "League Cup final"));
        MergedEvent mourning = merged(in(corpus, "flood0.txt", "burst its banks"));
        ImportanceWeights w = ImportanceWeights.DEFAULT;
        EventRanker withStory = ranker(w);
        EventRanker without = ranker(w.withAboutStory(0));

        List<MergedEvent> events = List.of(cupFinal, mourning);
        List<MergedEvent> ranked = withStory.rank(corpus.articles(), events);
        List<MergedEvent> unranked = without.rank(corpus.articles(), events);

        assertThat(ranked.get(0).importance()).isPositive()
                .isCloseTo((1 - w.aboutStory()) * unranked.get(0).importance(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ranked.get(1).importance()).isEqualTo(unranked.get(1).importance());
    }

    @Test
    void aPageOffTheStoryIsNoEvidenceOfAKeyDate() throws IOException {
        CorpusExtraction corpus = folder(RUNNING_ORDER);
        MergedEvent cupFinal = merged(in(corpus, "radio.txt", "League Cup final"));
        java.time.LocalDate day = cupFinal.date().from();
        StoryWords words = StoryWords.of(corpus.articles(), new Tokenizer());

        DayEvidence told = new DayEvidence(corpus.articles(), List.of(cupFinal), null, null);
        DayEvidence onStory = new DayEvidence(corpus.articles(), List.of(cupFinal), null, null, words);

        assertThat(told.references(day)).isEqualTo(1);
        assertThat(told.published(java.time.LocalDate.parse("2024-11-02"))).isEqualTo(1);
        assertThat(onStory.references(day)).isZero();
        assertThat(onStory.published(java.time.LocalDate.parse("2024-11-02"))).as("the page is no burst of the story").isZero();
        assertThat(onStory.published(java.time.LocalDate.parse("2024-10-30"))).isEqualTo(3);
    }

    private static EventRanker ranker(ImportanceWeights weights) {
        return new EventRanker(weights, Actuality.english(), new Tokenizer(), new TenseDetector(RuleSet.englishTable("tense")));
    }
}
