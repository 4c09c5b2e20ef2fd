package app.dateline.engine.merge;

import java.util.EnumMap;
import java.util.Map;

/**
 * The merger's knobs, tuned on the seed corpus (see the README, "Merging", for what each value does there).
 *
 * @param thresholds       the similarity two groups of mentions must reach to merge, by how their dates stand:
 *                         the farther apart the dates, the more the sentences must agree
 * @param sameArticle      the similarity two mentions of one article must reach when nothing else says they tell
 *                         one happening (no event word and no participants in common): a writer who names a date
 *                         twice usually means two things
 * @param nearWords        how fast a word's weight falls with its distance to the date phrase: a word {@code d}
 *                         words away counts {@code farWeight + (1 - farWeight) * exp(-(d - 1) / nearWords)}, since
 *                         the clause that holds the date says what happened then
 * @param farWeight        what a word far from the date phrase still counts
 * @param conceptWeight    what a concept ("power-change" for "seized control", "overthrew"...) counts against a
 *                         word: it names what happened, where names and places mostly say which story it is
 * @param story            the least similarity of two whole articles for their mentions to merge: articles
 *                         about different stories do not share events
 * @param triggerBonus     added to the similarity of two mentions whose event words agree (the same concept:
 *                         "ceremony" and "credentials", "conference" and "summit"): the same kind of happening
 * @param participantBonus added when their sentences share at least two names that few sentences of the corpus
 *                         hold ("John Kirby", "National Security Council"): the same people
 * @param keyTerms         blocking: a mention is compared only with mentions near its date that share one of its
 *                         {@code keyTerms} heaviest terms or an event word
 * @param blockLimit       blocking: a term held by more than this many mentions of one month says nothing about
 *                         which event they tell, and does not make them candidates (as a stop word)
 */
public record MergeSettings(Map<DateRelation, Double> thresholds, double sameArticle, double nearWords, double farWeight,
                            double conceptWeight, double story, double triggerBonus, double participantBonus,
                            int keyTerms, int blockLimit) {

    public static final MergeSettings DEFAULT = new MergeSettings(Map.of(
            DateRelation.SAME, 0.15,
            DateRelation.INSIDE, 0.25,
            DateRelation.INSIDE_COARSE, 0.35,
            DateRelation.OVERLAP, 0.30,
            DateRelation.NEAR, 0.20), 0.60, 6, 0.10, 2.0, 0.15, 0.10, 0.10, 6, 150);

    public MergeSettings {
        thresholds = Map.copyOf(new EnumMap<>(thresholds));
    }

    /** The similarity needed at this date relation; FAR never merges. */
    public double threshold(DateRelation relation) {
        return relation == DateRelation.FAR ? Double.POSITIVE_INFINITY : thresholds.getOrDefault(relation, Double.POSITIVE_INFINITY);
    }

    /** The lowest similarity any relation asks for. */
    double lowestThreshold() {
        return thresholds.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** How much a word {@code distance} words from the date phrase counts (1 right beside it). */
    public double proximityWeight(int distance) {
        if (nearWords <= 0) {
            return 1;
        }
        return farWeight + (1 - farWeight) * Math.exp(-(Math.max(1, distance) - 1) / nearWords);
    }

    public MergeSettings with(DateRelation relation, double threshold) {
        Map<DateRelation, Double> t = new EnumMap<>(thresholds);
        t.put(relation, threshold);
        return new MergeSettings(t, sameArticle, nearWords, farWeight, conceptWeight, story, triggerBonus, participantBonus,
                keyTerms, blockLimit);
    }

    public MergeSettings withSameArticle(double threshold) {
        return new MergeSettings(thresholds, threshold, nearWords, farWeight, conceptWeight, story, triggerBonus,
                participantBonus, keyTerms, blockLimit);
    }

    public MergeSettings withProximity(double words, double weightFar) {
        return new MergeSettings(thresholds, sameArticle, words, weightFar, conceptWeight, story, triggerBonus,
                participantBonus, keyTerms, blockLimit);
    }

    public MergeSettings withConceptWeight(double weight) {
        return new MergeSettings(thresholds, sameArticle, nearWords, farWeight, weight, story, triggerBonus,
                participantBonus, keyTerms, blockLimit);
    }

    public MergeSettings withStory(double articleSimilarity) {
        return new MergeSettings(thresholds, sameArticle, nearWords, farWeight, conceptWeight, articleSimilarity,
                triggerBonus, participantBonus, keyTerms, blockLimit);
    }

    public MergeSettings withBonuses(double trigger, double participants) {
        return new MergeSettings(thresholds, sameArticle, nearWords, farWeight, conceptWeight, story, trigger,
                participants, keyTerms, blockLimit);
    }

    public MergeSettings withBlocking(int terms, int limit) {
        return new MergeSettings(thresholds, sameArticle, nearWords, farWeight, conceptWeight, story, triggerBonus,
                participantBonus, terms, limit);
    }
}
