package app.dateline.app.picture;

import app.dateline.app.model.ArticleSeries;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.article.Article;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The colour groups of a picture: the window's colours ({@link ArticleSeries}, one per article while there are
 * no more than twelve, else one per publisher), in the window's order, each with how many of the drawn events it
 * tells; the sources past the palette share one grey, "N other sources".
 */
final class SourceGroups {

    static final String OTHER_COLOUR = String.format("#%06x", SeriesPalette.OTHER);

    private final ArticleSeries series;
    private final Map<Integer, Integer> index = new TreeMap<>();
    private final List<SourceGroup> groups = new ArrayList<>();

    /**
     * @param series the story's colours (the window's)
     * @param told   every drawn event's first source article, one entry per event
     */
    SourceGroups(ArticleSeries series, List<Article> told) {
        this.series = series;
        Map<Integer, Integer> counts = new TreeMap<>();
        Set<String> otherNames = new LinkedHashSet<>();
        int distinct = SeriesPalette.distinct();
        for (Article a : told) {
            int s = Math.min(Math.abs(series.of(a)), distinct);
            counts.merge(s, 1, Integer::sum);
            if (s >= distinct) {
                otherNames.add(series.nameOf(a));
            }
        }
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int s = e.getKey();
            index.put(s, groups.size());
            groups.add(s < distinct
                    ? new SourceGroup(series.name(s), SeriesPalette.hex(s), e.getValue())
                    : new SourceGroup(otherNames.size() + (otherNames.size() == 1 ? " other source" : " other sources"),
                            OTHER_COLOUR, e.getValue()));
        }
    }

    /** The index in {@link #groups()} of an article's colour, or -1 when none of the drawn events has it. */
    int of(Article a) {
        return index.getOrDefault(Math.min(Math.abs(series.of(a)), SeriesPalette.distinct()), -1);
    }

    List<SourceGroup> groups() {
        return groups;
    }
}
