package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Forty-eighth round: a verb keeps the phrase that names its other party past the phrases and the date between them
 * (verb-prepositions.txt), and a label keeps its ordinals while it fits ("the first case"). Each sentence is written for
 * its rule; the comment says what the label was before.
 */
class HeadlineVerbPrepositionsTest {

    private static final String PAIRS = "/dateline/labels/verb-prepositions.txt";
    private static final Pattern NOT = Pattern.compile("# not: (.+?) \\(");

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theListsExampleKeepsTheVerbsPhrase() throws IOException {
        // was "The minister planned to meet for the first time": the cut took "with the leaders" to fit
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example(PAIRS);
        assertThat(labels.label(example.sentence(), "On Tuesday")).isEqualTo(example.label());
        String list = list();
        // the counter-example: "the envoy" is what "met" takes; the phrase after the date is no party of the meeting
        Matcher not = NOT.matcher(list);
        assertThat(not.find()).isTrue();
        assertThat(labels.label(not.group(1), "on Tuesday")).doesNotContain("warning");
    }

    @Test
    void aPhraseAfterTheVerbsOtherPhrasesStaysWithIt() {
        // was "The minister met for two hours"
        assertThat(labels.label("The minister met for two hours on Monday with the leaders of the opposition.", "on Monday"))
                .isEqualTo("The minister met for two hours with the leaders of the opposition");
    }

    @Test
    void aPhraseOfAnotherNounOrAnInfinitiveIsNoneOfTheVerbs() {
        // "to" is the trip's, and "to inspect" an infinitive: both go as before
        assertThat(labels.label("The minister returned from a long trip on Tuesday to the national space agency in the north.",
                "on Tuesday")).isEqualTo("The minister returned from a long trip");
        assertThat(labels.label("The minister was travelling to the coast on Tuesday to inspect the new flood barriers and"
                + " sea walls.", "on Tuesday")).isEqualTo("The minister was travelling to the coast");
    }

    @Test
    void anOrdinalStaysWhileTheLabelFits() {
        // was "The regional health office confirmed the country's case"
        assertThat(labels.label("The regional health office confirmed on Friday the country's first confirmed case of the"
                + " new influenza virus in a child from the capital region of the country.", "on Friday"))
                .isEqualTo("The regional health office confirmed the country's first case");
        // was "Details of a likely collapse scenario emerged for the time": "first time" is one phrase
        assertThat(labels.label("Details of a likely collapse scenario emerged this week for the first time from parliamentary"
                + " and regional hearings into the dam.", "this week")).endsWith("for the first time");
    }

    private static String list() throws IOException {
        try (InputStream in = HeadlineVerbPrepositionsTest.class.getResourceAsStream(PAIRS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
