package app.dateline.engine.tagger;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.text.Segmenter;
import java.time.LocalDate;
import java.util.List;

/** Tags a piece of text as a news article of a given date (however short: posts are tested on their own). */
final class TaggerFixture {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    private TaggerFixture() {
    }

    static List<Mention> tag(String text, String dct) {
        return tag(text, dct, false);
    }

    /** Tags {@code text} as a social post, with the post rules. */
    static List<Mention> post(String text, String dct) {
        return tag(text, dct, true);
    }

    private static List<Mention> tag(String text, String dct, boolean post) {
        Article article = new Article("fixture.txt", null, null, dct == null ? null : LocalDate.parse(dct),
                dct == null ? DateOrigin.UNKNOWN : DateOrigin.GIVEN, text, List.of());
        return TAGGER.tag(article, new Segmenter().segment(text), TaggingWarnings.NONE, post);
    }

    static Mention only(String text, String dct) {
        List<Mention> mentions = tag(text, dct);
        if (mentions.size() != 1) {
            throw new AssertionError("expected one mention in '" + text + "' but found " + mentions);
        }
        return mentions.get(0);
    }
}
