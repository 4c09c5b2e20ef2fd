package app.dateline.engine.rank;

/**
 * The weights of the key-date model, tuned on the three shared Timeline17 stories only (see README, "Key
 * dates"). A day's score is {@code references·ln(1+r) + laterDays·ln(1+l) + published·ln(1+p) +
 * publishedNext·ln(1+n)}, times {@code background} for days long before the story.
 *
 * @param references      per article that dates an event to the day (r)
 * @param laterDays       per later publication day whose articles still refer to the day (l): it lasted
 * @param published       per article published on the day (p): the burst
 * @param publishedNext   per article published the day after (n): news of a day is often printed the next; for the
 *                        folder's last day of publication its own articles ({@link DayEvidence#publishedNext})
 * @param leadSentences   how many of the first sentences of an article published on the day or the day after
 *                        may tell it, besides the sentences that name the day
 * @param lengthExponent  a sentence's centrality is its words' shared weight over (words^exponent): between
 *                        favouring long sentences (0) and short ones (1)
 * @param minWords        sentences with fewer content words are not chosen (captions, bylines)
 * @param redundancy      a sentence sharing more than this share of its content words with one chosen is left out
 * @param background      factor for a day more than {@code backgroundYears} before the first article: what the
 *                        articles recall from long before ("the attacks of September 11, 2001") is context
 * @param backgroundYears see background
 */
public record RankWeights(double references, double laterDays, double published, double publishedNext,
                          int leadSentences, double lengthExponent, int minWords, double redundancy, double background,
                          int backgroundYears) {

    public static final RankWeights DEFAULT = new RankWeights(1.0, 0.5, 0.25, 0.25, 5, 0.7, 5, 0.7, 0.5, 1);
}
