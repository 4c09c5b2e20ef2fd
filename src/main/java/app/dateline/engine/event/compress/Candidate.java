package app.dateline.engine.event.compress;

import java.util.List;

/**
 * One readable compression the model may choose: the tokens it keeps, the verb it is built on, and how it was made
 * (its base clause and the deletions applied, for measuring what each family of candidates adds).
 *
 * @param verb   the token of the verb the compression is built on
 * @param traits how it was made: "B:..." its base, "D:..." each deletion
 */
record Candidate(boolean[] keep, int verb, List<String> traits) {

    Candidate {
        traits = List.copyOf(traits);
    }
}
