package app.dateline.engine.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sixtieth round: a main clause whose verb the left-to-right model read as another word gets it back as the verb with
 * a tense (the sentences are written for the rule; each comment gives the model's reading before).
 */
class MissingVerbTest {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private final SentenceParser parser = new SentenceParser();

    private String tagOf(String sentence, String word) {
        List<Token> tokens = parser.parse(sentence, 0).tokens();
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
    }

    private long finiteVerbs(String sentence) {
        return parser.parse(sentence, 0).tokens().stream().filter(t -> FINITE.contains(t.tag())).count();
    }

    @Test
    void theMainClausesVerbReadAsANounIsTheVerb() {
        // was plans/NNS: the only tense was "terms", in the clause of "what"
        assertThat(tagOf("This year the Peruvian government plans to continue its pace of mine closures in order to move towards "
                + "what it terms \"green mining\".", "plans")).isEqualTo("VBZ");
        // was urge/NN, inside the noun phrase "the valley urge members"
        assertThat(tagOf("Farmers from villages across the valley urge members of the council to repair the roads.", "urge"))
                .isEqualTo("VBP");
        // was hosts/NNS
        assertThat(tagOf("The river festival hosts No. 3 Riverside in the final, Saturday, May 4, at the city stadium.", "hosts"))
                .isEqualTo("VBZ");
    }

    @Test
    void aSentenceWithItsVerbsAnImperativeAndAHeadlineAreReadAsTheModelReadsThem() {
        assertThat(tagOf("The council plans to close the old library.", "plans")).isEqualTo("VBZ");
        // an imperative has its verb first; the model's nouns after it stay nouns
        assertThat(finiteVerbs("Pack a couple of hundred people in a 'plane with the same old air for a few hours and let one "
                + "infected person sneeze.")).isZero();
        // a headline without a verb gets none
        assertThat(finiteVerbs("Stocks to watch on the Sydney exchange at the close on Tuesday:")).isZero();
    }
}
