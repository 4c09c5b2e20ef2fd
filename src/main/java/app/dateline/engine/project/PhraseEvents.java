package app.dateline.engine.project;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.event.LabelMaker;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.tagger.Anchor;
import app.dateline.engine.tagger.AnchorKind;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.tagger.TemporalTagger;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Segmenter;
import app.dateline.engine.text.Sentence;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.util.List;

/**
 * Makes the events the user added by selecting a phrase: finds the phrase again in the article (where it was,
 * or the nearest place it now stands), and dates it with the user's value, or else with what the engine reads
 * in it (a date the reading already found inside the phrase, or the phrase tagged on its own against the
 * article's date). Not thread-safe (the tagger owns Natty).
 */
public final class PhraseEvents {

    /** The event, or why none could be made. */
    public record Outcome(Event event, String problem) {
    }

    private final LabelMaker labels = new LabelMaker();
    /** Made with the tagger, when a phrase needs tagging: the sentence model is not loaded for a timeline without one. */
    private Segmenter segmenter;
    private TemporalTagger tagger;

    public Outcome make(AddedEvent added, ArticleExtraction article) {
        String body = article.article().body();
        int begin = locate(added, body);
        if (begin < 0) {
            return new Outcome(null, "the phrase '" + added.text() + "' is no longer in " + added.article());
        }
        int end = begin + added.text().length();
        SegmentedText text = article.text();
        Sentence s = text.sentenceAt(begin);
        Paragraph p = text.paragraphs().get(s.paragraph());
        Timex timex;
        Anchor anchor;
        if (added.value() != null) {
            timex = timex(added.value(), added.mod());
            anchor = new Anchor(AnchorKind.EXPLICIT, null, "date given by the user");
        } else {
            Mention read = read(article, begin, end, added.text());
            if (read == null) {
                return new Outcome(null, "no date could be read in '" + added.text() + "'; give the date");
            }
            timex = read.timex();
            anchor = read.anchor();
        }
        String sentence = text.text(s);
        int inBegin = Math.max(0, begin - s.begin());
        int inEnd = Math.min(sentence.length(), Math.max(inBegin, end - s.begin()));
        String label = added.label() != null && !added.label().isBlank() ? added.label()
                : labels.label(sentence, inBegin, inEnd);
        Mention m = new Mention(begin, end, added.text(), timex, anchor, s.index(), p.index(), "user");
        Event e = new Event(article.article().source() + "#" + begin + "-" + end, article.article(), m, label, sentence,
                text.text(p), s.begin(), p.begin());
        return new Outcome(e, null);
    }

    /** The date a TIMEX3 value names; a value with a time part ("2021-09-22TEV") is a TIME. */
    public static Timex timex(String value, TimexMod mod) {
        return Timex.of(value.indexOf('T') > 0 ? TimexType.TIME : TimexType.DATE, value, mod);
    }

    /** Where the phrase stands now: at its offsets, else its occurrence nearest to them, else -1. */
    private static int locate(AddedEvent a, String body) {
        if (a.end() <= body.length() && body.substring(a.begin(), a.end()).equals(a.text())) {
            return a.begin();
        }
        int best = -1;
        for (int i = body.indexOf(a.text()); i >= 0; i = body.indexOf(a.text(), i + 1)) {
            if (best < 0 || Math.abs(i - a.begin()) < Math.abs(best - a.begin())) {
                best = i;
            }
        }
        return best;
    }

    private Mention read(ArticleExtraction article, int begin, int end, String phrase) {
        for (Event e : article.events()) {
            Mention m = e.mention();
            if (m.begin() >= begin && m.end() <= end && m.timex().type().isPoint()) {
                return m;
            }
        }
        if (tagger == null) {
            tagger = new TemporalTagger();
            segmenter = new Segmenter();
        }
        Article a = article.article();
        Article alone = new Article(a.source(), a.title(), a.publisher(), a.published(), a.dateOrigin(), phrase, List.of());
        for (Mention m : tagger.tag(alone, segmenter.segment(phrase))) {
            if (m.timex().type().isPoint()) {
                return m;
            }
        }
        return null;
    }
}
