package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the merger knows about each mention: its word vector, its date, the names of its paragraph, and how it
 * stands to any other mention (date relation, same article or sentence, how alike the two articles are).
 */
final class MentionProfiles {

    /** Marks that end a clause: a word in a clause that holds another date describes that date, not this one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\\[\\]\u2014\u2013]|\\s-\\s");

    final List<Event> events;
    final TermVector[] vectors;
    final EventDate[] dates;
    final List<Set<String>> names = new ArrayList<>();
    private final MergeSettings settings;
    private final Tokenizer tokenizer;
    private final TfIdf tfidf;
    private final Map<String, TermVector> articleVectors = new HashMap<>();
    private final Map<String, Double> articleSimilarity = new HashMap<>();

    MentionProfiles(List<Event> events, Collection<String> idfDocuments, MergeSettings settings, Tokenizer tokenizer) {
        this(events, new TfIdf(tokenizer, idfDocuments.isEmpty() ? events.stream().map(Event::sentence).toList() : idfDocuments),
                settings, tokenizer);
    }

    MentionProfiles(List<Event> events, TfIdf tfidf, MergeSettings settings, Tokenizer tokenizer) {
        this.events = List.copyOf(events);
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.tfidf = tfidf;
        vectors = new TermVector[events.size()];
        dates = new EventDate[events.size()];
        Map<String, List<int[]>> datesBySentence = new HashMap<>();
        for (Event e : events) {
            if (e.timex().type().isPoint()) {
                datesBySentence.computeIfAbsent(sentenceKey(e), k -> new ArrayList<>())
                        .add(new int[] {e.mention().begin() - e.sentenceBegin(), e.mention().end() - e.sentenceBegin()});
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            vectors[i] = vectorOf(e, datesBySentence.getOrDefault(sentenceKey(e), List.of()));
            names.add(tokenizer.names(e.excerpt()));
            dates[i] = EventDate.of(e.timex());
        }
    }

    int size() {
        return events.size();
    }

    double similarity(int i, int j) {
        return vectors[i].cosine(vectors[j]);
    }

    DateRelation relation(int i, int j) {
        return DateRelation.of(dates[i], events.get(i).article().published(), dates[j], events.get(j).article().published());
    }

    boolean sameArticle(int i, int j) {
        return events.get(i).article().source().equals(events.get(j).article().source());
    }

    boolean sameSentence(int i, int j) {
        return sameArticle(i, j) && events.get(i).mention().sentence() == events.get(j).mention().sentence();
    }

    /**
     * Why two mentions can never be one event, whatever their words, or null when they may be: dates too far
     * apart, one sentence, one writer giving two different dates, or articles about different stories.
     */
    String veto(int i, int j) {
        DateRelation r = relation(i, j);
        if (r == DateRelation.FAR) {
            return "dates cannot be one event";
        }
        if (sameSentence(i, j)) {
            return "one sentence";
        }
        if (sameArticle(i, j) && r.compareTo(DateRelation.INSIDE) > 0) {
            return "one article giving two different dates";
        }
        if (!sameArticle(i, j) && storySimilarity(i, j) < settings.story()) {
            return "articles about different stories";
        }
        return null;
    }

    /** The similarity two mentions' words must reach, given how their dates stand and whether one article holds both. */
    double threshold(DateRelation worst, boolean sameArticle) {
        double t = settings.threshold(worst);
        return sameArticle ? Math.max(t, settings.sameArticle()) : t;
    }

    /** How alike the two mentions' articles are as wholes (TF-IDF cosine), computed once per pair of articles. */
    private double storySimilarity(int i, int j) {
        String a = events.get(i).article().source();
        String b = events.get(j).article().source();
        String key = a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
        return articleSimilarity.computeIfAbsent(key, k -> articleVector(i).cosine(articleVector(j)));
    }

    private TermVector articleVector(int i) {
        Event e = events.get(i);
        return articleVectors.computeIfAbsent(e.article().source(), k -> tfidf.vector(e.article().body()).normalised());
    }

    private static String sentenceKey(Event e) {
        return e.article().source() + "#" + e.mention().sentence();
    }

    /**
     * The vector of a mention: the words of its sentence without the date phrase, each counted by its distance
     * to the date phrase ({@link MergeSettings#proximityWeight(int)}; a word said twice counts once, at its
     * nearest), concepts more than words, all weighted by TF-IDF. Words in a clause that holds another date of
     * the sentence and not this one are left out: in "Blinken met his counterpart from Pakistan, whose ally was
     * deposed in 2001, on Thursday", "deposed" belongs to 2001.
     *
     * @param dates the sentence-relative spans of every date and time in the sentence, this one included
     */
    private TermVector vectorOf(Event e, List<int[]> dates) {
        String s = e.sentence();
        int b = Math.max(0, Math.min(s.length(), e.mention().begin() - e.sentenceBegin()));
        int en = Math.max(b, Math.min(s.length(), e.mention().end() - e.sentenceBegin()));
        char[] blanked = s.toCharArray();
        Arrays.fill(blanked, b, en, ' ');
        for (int[] d : dates) {
            Arrays.fill(blanked, Math.max(0, d[0]), Math.min(s.length(), Math.max(d[0], d[1])), ' ');
        }
        List<Integer> clauseEnds = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(s);
        while (m.find()) {
            clauseEnds.add(m.start());
        }
        int mine = clause(clauseEnds, b);
        Set<Integer> otherClauses = new HashSet<>();
        for (int[] d : dates) {
            if (d[0] != b || d[1] != en) {
                otherClauses.add(clause(clauseEnds, d[0]));
            }
        }
        otherClauses.remove(mine);
        Tokenizer.Positioned words = tokenizer.positioned(new String(blanked));
        int position = tokenizer.positioned(new String(blanked, 0, b)).words(); // words before the date phrase
        Map<String, Double> counts = new HashMap<>();
        for (Tokenizer.Term t : words.terms()) {
            if (otherClauses.contains(clause(clauseEnds, t.offset()))) {
                continue;
            }
            int distance = t.offset() < b ? position - t.word() : t.word() - position + 1;
            double w = settings.proximityWeight(distance) * (t.isConcept() ? settings.conceptWeight() : 1);
            counts.merge(t.text(), w, Math::max);
        }
        return tfidf.vector(counts).normalised();
    }

    private static int clause(List<Integer> ends, int offset) {
        int c = 0;
        while (c < ends.size() && ends.get(c) < offset) {
            c++;
        }
        return c;
    }
}
