package app.dateline.engine.extract;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.event.Stamps;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TaggingWarnings;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.Segmenter;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's own date from the time stamp at its head, when the file gives none (no front matter date, no
 * "Published:" line): a wire story's "WASHINGTON | Fri May 1, 2009 5:03 pm BST", a page's "Friday 1 May 2009 22.51
 * BST" after its headline, "28 September 2011 Last updated at 15:41 GMT", "Friday, May 21, 2010; 8:38 PM". Without
 * it, "on Friday" in a saved wire story was read against the year the text last named. The stamp is the one the
 * tagger and {@link Stamps} already know as a time of writing; it wins over {@code --dct}, which is for files that
 * say nothing of their date.
 */
final class HeadStamp {

    /** The stamp heads the story: after a headline, a byline or a caption, before the story's first sentences. */
    private static final int HEAD_SENTENCES = 3;
    private static final int HEAD_CHARS = 600;
    /** A year and a clock time in the head: without both there is no stamp to read (most articles; no tagging). */
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b");
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:T.*)?$");

    /** A written-out day with its year and its clock time in one phrase: "12:16 PM, Thursday, 28 May 2009". */
    private static boolean ownClock(Mention m) {
        return m.timex().value().length() > 10 && YEAR.matcher(m.text()).find() && CLOCK.matcher(m.text()).find();
    }

    private HeadStamp() {
    }

    /** The article dated by the stamp at its head, or the article as it is. */
    static Article date(Article article, Segmenter segmenter, TemporalTagger tagger) {
        if (article.dateOrigin() != DateOrigin.UNKNOWN && article.dateOrigin() != DateOrigin.GIVEN) {
            return article;
        }
        String head = article.body().substring(0, Math.min(article.body().length(), 2 * HEAD_CHARS));
        if (!YEAR.matcher(head).find() || !CLOCK.matcher(head).find()) {
            return article;
        }
        SegmentedText text = segmenter.segment(head);
        List<Sentence> first = text.sentences().subList(0, Math.min(HEAD_SENTENCES, text.sentences().size()));
        SegmentedText part = new SegmentedText(text.text(), text.paragraphs(), first);
        // read as undated, so that only a stamp that says its own year can date the article
        Article undated = new Article(article.source(), article.title(), article.publisher(), null, DateOrigin.UNKNOWN,
                head, List.of());
        for (Mention m : tagger.tag(undated, part, TaggingWarnings.NONE)) {
            if (m.begin() >= HEAD_CHARS || m.timex() == null || m.timex().value() == null
                    || !DAY_VALUE.matcher(m.timex().value()).matches()) {
                continue;
            }
            // the sentence and what follows the date, which the splitter may have put in the next sentence ("... 2010
            // 19.30| BST BP confirmed")
            int from = text.sentences().get(m.sentence()).begin();
            String around = head.substring(from, Math.min(head.length(), Math.max(m.end() + 60,
                    text.sentences().get(m.sentence()).end())));
            if (Stamps.isStamp(around, m.begin() - from, m.end() - from) || ownClock(m)) {
                return article.withPublished(LocalDate.parse(m.timex().value().substring(0, 10)), DateOrigin.STAMP);
            }
        }
        return article;
    }
}
