package app.dateline.engine.rank;

import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.text.SegmentedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a story is about, read off how its articles open: the words most of their leads share ("Jackson" in a
 * folder about Michael Jackson's death, "oil" and "BP" in one about the spill), and how much each article opens on
 * them. A page that opens on none of them is off the story even when it mentions it further down: a radio
 * programme's running order that names the singer once, a news round-up on Italy's borrowing costs. Only the leads
 * are read (the title and the first {@value #LEAD_SENTENCES} sentences): what an article is about is said there,
 * and reading every sentence again on every open would cost more than the ranking itself.
 */
public final class StoryWords implements Serializable {

    /** The sentences of an article read besides its title. */
    static final int LEAD_SENTENCES = 5;
    /** How many of the most shared lead words make the story's words. */
    static final int STORY_TERMS = 10;
    /** With fewer articles than this no word can be said to be the story's: every article belongs. */
    static final int MIN_ARTICLES = 3;
    /**
     * A folder is one story when its most shared lead word opens at least this share of its articles ("oil" 97%
     * of the BP spill's, "jackson" 86% of Michael Jackson's); a mixed folder (TimeBank's 183 articles: "share"
     * in 61%) has no story to be off.
     */
    static final double ONE_STORY_SHARE = 2 / 3.0;

    /** Every article belongs: a folder with no one story, or no articles read. */
    public static final StoryWords UNKNOWN = new StoryWords(Map.of(), 0, Map.of());

    private final Map<String, Integer> storyTerms;
    /** How many leads hold the most shared story word; 0 when there is no story. */
    private final int top;
    /** The belonging of each article read that is below 1, by source. */
    private final Map<String, Double> belonging;

    private StoryWords(Map<String, Integer> storyTerms, int top, Map<String, Double> belonging) {
        this.storyTerms = Map.copyOf(storyTerms);
        this.top = top;
        this.belonging = Map.copyOf(belonging);
    }

    /** The story words of these articles and how much each article (by source) opens on them. */
    public static StoryWords of(List<ArticleExtraction> articles, Tokenizer tokenizer) {
        // read on every open, cache or not: the leads are tokenised on all cores (the counts do not depend on the order)
        List<Set<String>> opening = articles.parallelStream().map(a -> leadTerms(a, tokenizer)).toList();
        Map<String, Set<String>> leads = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            leads.put(articles.get(i).article().source(), opening.get(i));
            opening.get(i).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        StoryWords words = fromCounts(df, articles.size());
        Map<String, Double> belonging = new HashMap<>();
        leads.forEach((source, terms) -> belonging.put(source, words.belongingOf(terms)));
        return words.withBelonging(belonging);
    }

    /**
     * The story words of a corpus from how many of its {@code articles} leads hold each term ({@link #leadTerms},
     * counted elsewhere: a distributed job counts them on its executors), not yet knowing any article's belonging.
     */
    public static StoryWords fromCounts(Map<String, Integer> leadCounts, int articles) {
        if (articles < MIN_ARTICLES) {
            return UNKNOWN;
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(leadCounts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> story = new HashMap<>();
        for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(STORY_TERMS, ranked.size()))) {
            if (e.getValue() >= 2) { // a word only one article opens on is that article's, not the story's
                story.put(e.getKey(), e.getValue());
            }
        }
        int top = story.values().stream().max(Integer::compare).orElse(0);
        if (top < ONE_STORY_SHARE * articles) {
            return UNKNOWN;
        }
        return new StoryWords(story, top, Map.of());
    }

    /** The terms an article opens on: its title's and its first sentences', years left out. */
    public static Set<String> leadTerms(ArticleExtraction a, Tokenizer tokenizer) {
        Set<String> terms = new HashSet<>();
        if (a.article().title() != null) {
            terms.addAll(tokenizer.terms(a.article().title()));
        }
        SegmentedText text = a.text();
        for (int i = 0; i < Math.min(LEAD_SENTENCES, text.sentences().size()); i++) {
            terms.addAll(tokenizer.terms(text.text(text.sentences().get(i))));
        }
        terms.removeIf(t -> t.chars().allMatch(Character::isDigit)); // a year opens many a lead as its dateline
        return terms;
    }

    /** How much a lead with these terms opens on the story's words (see {@link #belonging}). */
    public double belongingOf(Set<String> leadTerms) {
        if (top == 0) {
            return 1;
        }
        int sum = 0;
        for (String t : leadTerms) {
            sum += storyTerms.getOrDefault(t, 0);
        }
        return Math.min(1.0, sum / (double) top);
    }

    /** The same story words knowing the belonging of these articles (by source); only those below 1 are kept. */
    public StoryWords withBelonging(Map<String, Double> bySource) {
        Map<String, Double> below = new HashMap<>();
        bySource.forEach((source, b) -> {
            if (b < 1) {
                below.put(source, b);
            }
        });
        return new StoryWords(storyTerms, top, below);
    }

    /**
     * How much the article opens on the story's words, from 0 (none of them) to 1 (the most shared one, or several
     * that together are shared as widely); 1 for an article not among those read.
     */
    public double belonging(String source) {
        return belonging.getOrDefault(source, 1.0);
    }

    /** The story's words with how many leads hold each (stems and concepts, as {@link Tokenizer} gives them). */
    public Map<String, Integer> storyTerms() {
        return storyTerms;
    }
}
