package app.dateline.engine.rank;

/**
 * The weights of the event importance model ({@link EventRanker}). Evidence adds up:
 * {@code articles·ln(1+a) + publishers·ln(1+p) + references·ln(1+r) + lead·l + burst·ln(1+b)}; the sum is
 * multiplied by the date's precision factor, the actuality factor, for events long before the articles
 * {@code background}, for an event that is part of a more important event's moment {@code moment}, and by how much
 * its articles are about the story ({@code aboutStory}).
 *
 * @param articles       per article that tells the event (a)
 * @param publishers     per publisher among them (p): independent sources
 * @param references     per other mention of the same date that shares words with the event (r): "since the
 *                       takeover", "the January ceremony"
 * @param lead           for standing in the first sentences of an article: {@code exp(-sentence/2)} of the
 *                       best source (l, 1 for the first sentence)
 * @param burst          per other article published on the event's day or the two days after (b; dates of a
 *                       week or less; the articles that tell it are not counted)
 * @param background     factor for events that ended more than {@code backgroundYears} before the first article
 * @param backgroundYears see background
 * @param untensed       actuality factor when no verb near the date gives a tense (a past verb gives 1)
 * @param future         actuality factor when the verb near the date is in the future tense
 * @param newsWeight     how much of the importance depends on the event being part of the story rather than
 *                       what the articles recall from before it: the factor is
 *                       {@code 1 - newsWeight + newsWeight·0.5^(gap/newsHalfLife)}, gap the days from the event's
 *                       end to the first article's date (0 for events inside the story; the best source counts)
 * @param newsHalfLife   see newsWeight
 * @param stamp          actuality factor of a source whose date is a time stamp ("Thu Apr 22, 2010 7:30 pm EDT",
 *                       "At 12:19 26th Apr 2009, ... wrote:"), see {@link Stamps}
 * @param moment         factor for an event that is part of a more important event's moment (told only by its
 *                       articles, on the same or the next day, sharing a word or a name), see {@link Moments}
 * @param aboutStory     how much of the importance depends on the event's articles opening on the story's words: the
 *                       factor is {@code 1 - aboutStory + aboutStory·b}, b the mean {@link StoryWords#belonging} of
 *                       its articles (0 for a page that opens on none of them, 1 for one that opens on the most shared)
 */
public record ImportanceWeights(double articles, double publishers, double references, double lead, double burst,
                                double background, int backgroundYears, double untensed, double future,
                                double newsWeight, int newsHalfLife, double stamp, double moment, double aboutStory) {

    public static final ImportanceWeights DEFAULT = new ImportanceWeights(2.0, 0.5, 0.5, 0.3, 0.3, 0.5, 1, 0.7, 0.5, 0.7, 180, 0.1, 0.8, 0.7);

    /** The same weights with another weight of the about-the-story factor (0: every article counts as about the story). */
    public ImportanceWeights withAboutStory(double weight) {
        return new ImportanceWeights(articles, publishers, references, lead, burst, background, backgroundYears, untensed,
                future, newsWeight, newsHalfLife, stamp, moment, weight);
    }
}
