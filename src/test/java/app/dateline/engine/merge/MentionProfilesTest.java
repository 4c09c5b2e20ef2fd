package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.Corpora;
import app.dateline.engine.extract.CorpusExtraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MentionProfiles}: what two mentions weigh against each other does not depend on the other mentions merged
 * with them, to the last bit, so a distributed job that merges an archive's linked groups apart merges them as the
 * archive merges whole (a pair at its threshold, or two pairs of equal margin, tip the same way).
 */
class MentionProfilesTest {

    @Test
    void aPairWeighsTheSameToTheLastBitWhateverTheOtherMentions() {
        CorpusExtraction corpus = Corpora.read(Path.of(System.getProperty("dateline.corpus", "corpus")));
        Merger merger = new Merger();
        TfIdf idf = new TfIdf(merger.tokenizer(), Merger.sentences(corpus));
        List<Event> all = corpus.events();
        List<ArticleExtraction> articles = corpus.articles();
        // the last two articles: read whole, their words come after the other articles' words
        List<Event> part = new ArrayList<>();
        articles.subList(articles.size() - 2, articles.size()).forEach(a -> part.addAll(a.events()));
        int offset = all.indexOf(part.get(0));
        assertThat(all.subList(offset, all.size())).isEqualTo(part);

        MentionProfiles whole = new MentionProfiles(all, idf, merger.settings(), merger.tokenizer());
        MentionProfiles apart = new MentionProfiles(part, idf, merger.settings(), merger.tokenizer());
        int compared = 0;
        for (int i = 0; i < part.size(); i++) {
            for (int j = i + 1; j < part.size(); j++) {
                assertThat(apart.similarity(i, j)).as("%s / %s", part.get(i).sentence(), part.get(j).sentence())
                        .isEqualTo(whole.similarity(offset + i, offset + j));
                compared += apart.similarity(i, j) > 0 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(100);
        int a = apart.article[0];
        int b = apart.article[part.size() - 1];
        assertThat(a).isNotEqualTo(b);
        assertThat(apart.storySimilarity(a, b)).isEqualTo(whole.storySimilarity(whole.article[offset], whole.article[all.size() - 1]));
    }
}
