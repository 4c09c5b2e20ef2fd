package app.dateline.app.picture;

import app.dateline.app.format.FileNameWord;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The colour groups of a picture: one per publisher, in order of how many events they tell (an article without
 * a publisher is grouped by its title, else by the word of its file's name that names the source). The palette
 * tells twelve apart; the rest share one grey, "other sources".
 */
final class SourceGroups {

    static final String OTHER_COLOUR = String.format("#%06x", SeriesPalette.OTHER);

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<SourceGroup> groups = new ArrayList<>();

    /** @param told every event's first source article, one entry per event */
    SourceGroups(List<Article> told) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Article a : told) {
            counts.merge(name(a), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())); // stable: ties by first seen
        int distinct = SeriesPalette.distinct();
        int other = 0;
        int otherNames = 0;
        for (Map.Entry<String, Integer> e : byCount) {
            if (groups.size() < distinct - 1 || byCount.size() <= distinct) {
                index.put(e.getKey(), groups.size());
                groups.add(new SourceGroup(e.getKey(), SeriesPalette.hex(groups.size()), e.getValue()));
            } else {
                index.put(e.getKey(), distinct - 1);
                other += e.getValue();
                otherNames++;
            }
        }
        if (otherNames > 0) {
            groups.add(new SourceGroup(otherNames + " other sources", OTHER_COLOUR, other));
        }
    }

    int of(Article a) {
        return index.getOrDefault(name(a), -1);
    }

    List<SourceGroup> groups() {
        return groups;
    }

    /**
     * The publisher, else the article's title, else the word of its file's name that names the source, as the
     * window's colours group them ("reuters" for 2009-03-02_H1N1_reuters_291.txt), else the file's name.
     */
    static String name(Article a) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher().strip();
        }
        if (a.title() != null && !a.title().isBlank()) {
            return a.displayTitle();
        }
        String word = FileNameWord.of(a.source());
        return word != null ? word : a.displayTitle();
    }
}
