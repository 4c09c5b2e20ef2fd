package app.dateline.engine.tagger;

/**
 * What Natty found in a sentence, read off its parse tree and turned into our underspecified value form
 * so that the resolver, not Natty, decides the direction of "Friday" or the year of "April 6".
 *
 * @param begin offset in the sentence (0-based; Natty's own positions are 1-based)
 */
public record NattyCandidate(int begin, int end, String value, String tree) {
}
