package app.dateline.engine.rank;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.TermVector;
import app.dateline.engine.merge.TfIdf;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.syntax.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One happening, one place among the key events, however many events tell it. The merger keeps two groups of
 * mentions apart when any pair of their members fails (a group is judged by its farthest pair), so a happening
 * that hundreds of articles tell can stay two or three events: "An explosion destroyed the rig" (121 articles)
 * and "The Deepwater Horizon rig suffered a huge explosion" (354), both on 20 April 2010. Ranked side by side they
 * would take two places of a top N. Here an event is a <em>retelling</em> of a more important event when its
 * date shares a day with that event's (which spans {@link #MAX_DAYS} days at most; its own spans
 * {@link #MAX_COARSE_DAYS} at most, "in April" telling the 20 April blast) and the two read alike: the TF-IDF
 * cosine of their headlines, or of their sources' sentences summed, is at least {@link #ALIKE}. The weights are
 * learnt from those sentences, so that what every event of the story says ("BP", "oil", the spill) weighs little
 * and what names the happening ("explosion", "capped") much. Retellings are neither merged nor changed: they only
 * come after every happening's first telling in {@link #firstTellingsFirst}, so a top N shows N happenings where
 * the story has them. Only the {@link #LOOK_AT} most important events are compared: no top N shows more.
 */
public final class Retellings {

    /** Roles said again of someone named before ("the singer", "the president": person-nouns.tsv's title classes). */
    private static final Set<String> ROLES = roles();

    private static Set<String> roles() {
        Map<String, Set<String>> classes = WordList.loadClasses("/dateline/labels/person-nouns.tsv");
        Set<String> out = new java.util.HashSet<>();
        classes.forEach((name, words) -> {
            if (name.startsWith("title")) {
                out.addAll(words);
            }
        });
        return Set.copyOf(out);
    }

    /**
     * Whether a headline tells of a role, not a name ("The singer died of a heart attack", "The 50-year-old star
     * died"): dated only by its month, it retells a day that month holds whose happening its headline's verbs name
     * ("Jackson died", 25 June), as the role is the story's person said again. A month's "A Texas woman died" is
     * another death.
     */
    static boolean toldOfARole(String label) {
        String[] words = label.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length > 2 && words[0].equals("the") && (ROLES.contains(words[1]) || ROLES.contains(words[2]));
    }

    /** A first telling's date spans at most this many days (a day, a time, sources a day or two apart). */
    static final int MAX_DAYS = 3;

    /** A retelling's date spans at most this many days (a month, sources a few weeks apart). */
    static final int MAX_COARSE_DAYS = 62;

    /** The cosine of headlines, or of sources' sentences, from which two events tell one happening. */
    static final double ALIKE = 0.35;

    /** Sentences of an event read at most (in the order of its sources): a few say what the rest repeat. */
    static final int SENTENCES = 50;

    /** The most important events this many at most are compared; the rest keep their place. */
    static final int LOOK_AT = 1000;

    /** Event words too common to tell one happening from another ("said", "was"): they make no retelling alone. */
    private static final Set<String> COMMON_EVENT_WORDS = WordList.loadAll("/dateline/syntax/reporting-verbs.txt", "/dateline/labels/complement-verbs.txt");

    private final Tokenizer tokenizer;

    public Retellings(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * The events in the same order, except that each retelling of an event before it is moved after every event
     * that is not one (retellings keep their order among themselves). Deterministic: it depends only on the
     * events and their order.
     */
    public List<MergedEvent> firstTellingsFirst(List<MergedEvent> ranked) {
        List<Integer> candidates = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(ranked.size(), LOOK_AT); i++) {
            MergedEvent event = ranked.get(i);
            if (dated(event.date(), MAX_COARSE_DAYS)) {
                candidates.add(i);
                List<String> own = sentences(event);
                sentences.add(own);
                documents.add(event.label());
                documents.addAll(own);
            }
        }
        if (candidates.size() < 2) {
            return ranked;
        }
        List<String> texts = List.copyOf(documents);
        Map<String, List<String>> terms = new HashMap<>();
        TfIdf weights = new TfIdf(tokenizer, texts, (own, d) -> terms.put(texts.get(d), own)); // each text tokenised once
        Map<Long, List<Telling>> firstTellingsByDay = new HashMap<>();
        boolean[] retelling = new boolean[ranked.size()];
        for (int c = 0; c < candidates.size(); c++) {
            MergedEvent event = ranked.get(candidates.get(c));
            boolean ofADay = dated(event.date(), MAX_DAYS);
            Telling telling = new Telling(weights.vector(terms.get(event.label())), centroid(weights, sentences.get(c), terms),
                    ofADay ? happening(event) : null, !ofADay && toldOfARole(event.label()) ? verbs(event.label()) : Set.of());
            if (alikeOnADay(event.date(), telling, firstTellingsByDay)) {
                retelling[candidates.get(c)] = true;
            } else if (dated(event.date(), MAX_DAYS)) {
                for (long day = event.date().from().toEpochDay(); day <= event.date().to().toEpochDay(); day++) {
                    firstTellingsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(telling);
                }
            }
        }
        List<MergedEvent> out = new ArrayList<>(ranked.size());
        List<MergedEvent> later = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            (retelling[i] ? later : out).add(ranked.get(i));
        }
        out.addAll(later);
        return out;
    }

    private static boolean alikeOnADay(EventDate date, Telling telling, Map<Long, List<Telling>> firstTellingsByDay) {
        for (long day = date.from().toEpochDay(); day <= date.to().toEpochDay(); day++) {
            for (Telling first : firstTellingsByDay.getOrDefault(day, List.of())) {
                if (first.alike(telling)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A date on the timeline that spans {@code days} days at most. */
    static boolean dated(EventDate date, int days) {
        return date.isPlottable() && date.to() != null && date.days() <= days;
    }

    /** The distinct sentences of an event's sources, in their order, {@link #SENTENCES} at most. */
    private static List<String> sentences(MergedEvent event) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : event.sources()) {
            if (out.size() == SENTENCES) {
                break;
            }
            if (e.sentence() != null && !e.sentence().isBlank()) {
                out.add(e.sentence());
            }
        }
        return List.copyOf(out);
    }

    /** The sum of the sentences' vectors, each of length 1: what the sources say, each sentence once. */
    private static TermVector centroid(TfIdf weights, List<String> sentences, Map<String, List<String>> terms) {
        TermVector sum = null;
        for (String s : sentences) {
            TermVector v = weights.vector(terms.get(s)).normalised();
            sum = sum == null ? v : sum.plus(v);
        }
        return sum == null ? weights.vector(List.<String>of()) : sum;
    }

    /**
     * The word its headline names the happening by (the event word of the source the headline is taken from, as a
     * lemma: "die"), or null when it is too common to tell one happening from another or there is none.
     */
    private static String happening(MergedEvent event) {
        for (Event e : event.sources()) {
            if (event.label().equals(e.label()) && e.trigger() != null) {
                String lemma = e.trigger().lemma();
                return COMMON_EVENT_WORDS.contains(lemma) ? null : lemma;
            }
        }
        return null;
    }

    /**
     * How an event reads: its headline, its sources' sentences and, for a day's event, the word that names its
     * happening ("Michael Jackson died from an overdose of sedatives" and "The popstar died": one death that day).
     */
    private record Telling(TermVector label, TermVector sentences, String happening, Set<String> roleVerbs) {

        boolean alike(Telling other) {
            return label.cosine(other.label) >= ALIKE || sentences.cosine(other.sentences) >= ALIKE
                    || happening != null && (happening.equals(other.happening) || other.roleVerbs.contains(happening));
        }
    }

    /** The words of a headline as verbs' lemmas ("died" → "die"), for a month's telling of a role. */
    private static Set<String> verbs(String label) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : label.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            out.add(app.dateline.engine.syntax.Lemmatizer.verb(w));
        }
        return out;
    }
}
