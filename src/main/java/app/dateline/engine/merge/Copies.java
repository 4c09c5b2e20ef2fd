package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same mention repeated in one article: a mention whose article, sentence text, place in that sentence, date and
 * everything the merge reads of it (event words, names, participants, countries) are those of an earlier mention,
 * and which passes with it as a pair, is a <em>copy</em> of that mention. The merge judges one of them and gives the
 * copies the group of the first: a page that repeats its text (a feed concatenated 19,000 times) makes as many
 * mentions, all alike, whose groups would otherwise be judged member by member (two mentions of one article must
 * pass as a pair), pair by pair in the size of the group. Mentions named by the user's merges or splits are never
 * copies.
 */
final class Copies {

    /** A pair test: whether mentions {@code i < j} pass as a pair (non-null) or not (null). */
    interface PairTest {
        Object pass(int i, int j);
    }

    private Copies() {
    }

    /**
     * Per mention, the index of the earlier mention it repeats, or -1. The members of a coarse group a job brings to
     * a fine cell are looked at too: the group is judged there as the whole merge judges it, without its copies.
     */
    static int[] of(MentionProfiles p, MergeConstraints constraints, PairTest pair) {
        int n = p.size();
        int[] copyOf = new int[n];
        Arrays.fill(copyOf, -1);
        Set<String> constrained = new HashSet<>();
        constraints.apart().forEach(c -> {
            constrained.add(c.a());
            constrained.add(c.b());
        });
        constraints.together().forEach(constrained::addAll);
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!p.candidate[i] || constrained.contains(p.events.get(i).id())) {
                continue;
            }
            Integer f = first.putIfAbsent(key(p, i), i);
            if (f != null && pair.pass(f, i) != null) {
                copyOf[i] = f;
            }
        }
        return copyOf;
    }

    /** The trigger's words and its place in the sentence (its offsets are the article's). */
    private static String trigger(Event e) {
        Trigger t = e.trigger();
        return t == null ? "" : t.text() + "|" + t.lemma() + "|" + (t.begin() - e.sentenceBegin());
    }

    private static List<Object> key(MentionProfiles p, int i) {
        Event e = p.events.get(i);
        EventDate d = p.dates[i];
        return List.of(p.article[i], e.sentence(), e.mention().begin() - e.sentenceBegin(), e.mention().text(),
                String.valueOf(e.mention().timex()), d, String.valueOf(p.published[i]), trigger(e),
                p.names.get(i), p.triggers.get(i), p.triggerWords.get(i), p.participants.get(i), p.countries.get(i));
    }
}
