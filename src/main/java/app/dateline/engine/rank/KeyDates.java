package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.text.SegmentedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story's key dates: the N days its events say mattered most ({@link DayEvidence#score}), each told in at
 * most K sentences taken verbatim from the articles ({@link SentencePicker}), earliest day first. A sentence whose
 * date only stamps it ({@link Stamps}: a wire story's time stamp, a reader's comment) tells when something was
 * written, not what happened that day, so it is neither evidence nor a candidate for the day it stamps
 * ({@link DayEvidence#tellsTheDay}). The events are
 * the story's merged and ranked ones, as the window and the exports show them. Same corpus, same answer: ties go
 * to the earlier day, candidates keep the order of the events and of the articles.
 */
public final class KeyDates {

    /** At most this many event ids are listed per day. */
    static final int MAX_EVENT_IDS = 50;

    private final RankWeights weights;
    private final Tokenizer tokenizer;

    public KeyDates(RankWeights weights, Tokenizer tokenizer) {
        this.weights = weights;
        this.tokenizer = tokenizer;
    }

    public KeyDates() {
        this(RankWeights.DEFAULT, new Tokenizer());
    }

    /**
     * @param articles the story's articles, in a fixed order
     * @param story    the story's events, merged (and ranked), in a fixed order
     * @param from     first day of the window (inclusive), or null
     * @param to       last day of the window (inclusive), or null
     */
    public List<KeyDate> select(List<ArticleExtraction> articles, List<MergedEvent> story, int dates, int sentences,
                                LocalDate from, LocalDate to) {
        DayEvidence evidence = new DayEvidence(articles, story, from, to, StoryWords.of(articles, tokenizer));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d : evidence.days()) {
            if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
                days.add(d);
            }
        }
        days.sort(Comparator.comparingDouble((LocalDate d) -> -evidence.score(d, weights)).thenComparing(d -> d));
        List<LocalDate> chosen = new ArrayList<>(days.subList(0, Math.min(dates, days.size())));
        chosen.sort(Comparator.naturalOrder());
        SentencePicker picker = new SentencePicker(tokenizer, weights);
        Set<String> used = new HashSet<>();
        List<KeyDate> out = new ArrayList<>();
        for (LocalDate day : chosen) {
            Set<String> candidates = new LinkedHashSet<>();
            List<String> ids = new ArrayList<>();
            for (MergedEvent m : evidence.events(day)) {
                if (ids.size() < MAX_EVENT_IDS) {
                    ids.add(m.id());
                }
            }
            for (Event e : evidence.mentions(day)) {
                candidates.add(e.sentence());
            }
            leads(evidence.articlesPublished(day), candidates);
            leads(evidence.articlesPublished(day.plusDays(1)), candidates);
            out.add(new KeyDate(day, evidence.score(day, weights), picker.pick(candidates, sentences, used), ids));
        }
        return out;
    }

    private void leads(List<ArticleExtraction> articles, Set<String> candidates) {
        for (ArticleExtraction a : articles) {
            SegmentedText text = a.text();
            for (int i = 0; i < Math.min(weights.leadSentences(), text.sentences().size()); i++) {
                candidates.add(text.text(text.sentences().get(i)));
            }
        }
    }
}
