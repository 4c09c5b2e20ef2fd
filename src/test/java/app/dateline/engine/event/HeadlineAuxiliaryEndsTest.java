package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.WordList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Fifty-seventh round: a label that ended the reported clause on "had been", "were" or "could be" (the cut went to the
 * complement before the subject's phrase), titles of several words before a name, the quotation marks of text
 * tokenised for Penn Treebank, and words the chunker read into the noun phrase after them. Each sentence is written for its
 * rule (none is copied from the stories); the comment says what the label was before.
 */
class HeadlineAuxiliaryEndsTest {

    private static final String AUXILIARIES = "/dateline/labels/auxiliaries.tsv";

    private final WrittenSentenceLabels labels = new WrittenSentenceLabels();

    @Test
    void theTablesExampleGetsItsLabel() throws IOException {
        // was "The auditor said the relationship had been"
        WrittenSentenceLabels.ListExample example = WrittenSentenceLabels.example(AUXILIARIES);
        assertThat(labels.label(example.sentence(), "on Monday")).isEqualTo(example.label());
        assertThat(WordList.wordClass(WordList.loadClasses(AUXILIARIES), AUXILIARIES, "auxiliary")).contains("be", "have", "could")
                .doesNotContain("say");
        // "do" leads on only as the finite auxiliary: "doing" waits for nothing, and the cut after "well" stands
        assertThat(labels.label("The vet said on Monday that the puppy found in the old mill is doing well in its new home.", "on Monday"))
                .isEqualTo("The vet said the puppy found in the old mill is doing well");
    }

    @Test
    void theSubjectsPhraseDropsBeforeTheComplement() {
        // was "The chairman admitted the utility had been"
        assertThat(labels.label("The chairman of the water board admitted on Tuesday that the utility had been completely unprepared "
                + "for the flood that hit the valley.", "on Tuesday")).isEqualTo("The chairman admitted the utility had been completely unprepared");
        // was "The engineers said the pumps were"
        assertThat(labels.label("The engineers said on Friday that the pumps at the company's river plant were within 40 metres of the "
                + "breach.", "on Friday")).isEqualTo("The engineers said the pumps were within 40 metres of the breach");
        // was "The panel said the collapse at the city's main bridge was": "not" waits with "was"
        assertThat(labels.label("The panel said on Monday that the March 3 collapse at the city's main bridge was not inevitable.",
                "on Monday")).isEqualTo("The panel said the March 3 collapse was not inevitable");
    }

    @Test
    void aPrepositionThatGoesWithTheCutDoesNotHideTheVerb() {
        // was "The mayor said the focus of the city's engineers is": the cut at "repairing" took the "on" before it too
        assertThat(labels.label("The mayor said on Monday that the focus of the city's engineers now is on repairing the old levee.",
                "on Monday")).isEqualTo("The focus of the city's engineers is on repairing the levee");
    }

    @Test
    void aDateThatEndsTheClauseAfterBeStays() {
        // was "The senator said the time to pass the bill is": "now", an adverb, went as a date word
        assertThat(labels.label("The senator said that the time to pass the bill is now.", "now"))
                .isEqualTo("The time to pass the bill is now");
        // was "The time to pass the bill is": a straight quotation mark after the date closes the quotation, whichever way
        // the tagger reads it
        assertThat(labels.label("The senator said that \"the time to pass the bill is now\".", "now"))
                .isEqualTo("The time to pass the bill is now");
        // was "It would not be": a comma before the quote's end, or before "and", ends the clause too
        assertThat(labels.label("\"If we were picking a time for this to hit, it would not be now,\" the mayor said.", "now"))
                .isEqualTo("It would not be now");
        // was "The mayor said it was still likely to be": the tagger reads "mid-August" as an adverb, but the clause after it
        // ("before the new bridge could be opened") is what the date is the time of
        assertThat(labels.label("The mayor said on Monday that it was still likely to be mid-August before the new bridge could be "
                + "opened.", "on Monday", "mid-August")).isEqualTo("The mayor said it was still likely to be mid-August");
        // was "The utility said it will be": "at least" stands between "be" and the date
        assertThat(labels.label("The utility said on Friday that it will be at least Tuesday before crews can restore power to the "
                + "valley.", "on Friday", "Tuesday")).isEqualTo("The utility said it will be at least Tuesday");
        // an adverb of time with more after it says nothing of the subject, as before
        assertThat(labels.label("The airlines are now in a better position.", "now")).isEqualTo("The airlines are in a better position");
    }

    @Test
    void aQuotedComplementInTextTokenisedForPennTreebankStays() {
        // was "The flood was `` devastating to him": the "``" of wire copy and Timeline17 was two words "`"
        assertThat(labels.label("In London on Wednesday , the chairman told MPs that the flood was `` devastating '' to him .",
                "on Wednesday")).isEqualTo("The chairman told MPs that the flood was devastating to him");
    }

    @Test
    void aWordReadIntoTheNextNounPhraseIsNoModifierOfIt() {
        // was "The mayor said the focus is on making the levee holds": "sure the new levee" was read as one phrase, and
        // "sure" dropped as if it were the levee's
        assertThat(labels.label("The mayor said on Monday that the focus now is on making sure the new levee holds.", "on Monday"))
                .isEqualTo("The mayor said the focus now is on making sure the levee holds");
        // was "The mayor said his council was its cash reserves could cover the bulk"
        assertThat(labels.label("The mayor said on Monday that his council was confident its cash reserves could cover the bulk of "
                + "the repairs.", "on Monday")).startsWith("The mayor said his council was confident its cash reserves");
    }

    @Test
    void aClauseThatEndsOnAFullVerbIsCutAsBefore() {
        assertThat(labels.label("Police officer Dan Hale said on Monday that the road would reopen.", "on Monday"))
                .isEqualTo("Dan Hale said the road would reopen");
    }

    @Test
    void aTitleOfSeveralWordsDropsWhole() {
        // was "Executive Officer Anna Berg told investors that her company would sell the dam"
        assertThat(labels.label("Chief Executive Officer Anna Berg told investors on Monday that her company would sell the dam.",
                "on Monday")).isEqualTo("Anna Berg told investors that her company would sell the dam");
        // was "Executive Maria Lopez said she has no plans to step down"
        assertThat(labels.label("Chief Executive Maria Lopez said on Monday that she has no plans to step down over the losses.",
                "on Monday")).isEqualTo("Maria Lopez said she has no plans to step down");
    }
}
