package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/** Picture credits and headings in capitals that a page glued to a sentence's start (photo-credits.txt). */
class CaptionWordsTest {

    private final SentenceParser parser = new SentenceParser();

    private String marked(String sentence) {
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] skip = new boolean[s.tokens().size()];
        CaptionWords.mark(s, skip);
        int last = -1;
        for (int i = 0; i < skip.length; i++) {
            last = skip[i] ? i : last;
        }
        return last < 0 ? "" : s.span(0, last);
    }

    @Test
    void aCreditRunsToItsLastAgency() {
        assertThat(marked("Photograph: PA Two nurses have now caught the flu.")).isEqualTo("Photograph: PA");
        assertThat(marked("Photo: Jane Doe/AFP/Getty Images Since The agency raised its alert, cases have doubled."))
                .isEqualTo("Photo: Jane Doe/AFP/Getty Images");
    }

    @Test
    void aCreditAfterAPagesHeadingAndCaptionEndsWhatThePageGlued() {
        // was the label "Jane Doe/Getty Images Dock workers went on strike" (pooled H1N1 and BP: a heading, a caption,
        // then the credit and the news)
        assertThat(marked("Harbour cranes stand idle at dawn Photograph: Jane Doe/Getty Images Dock workers went on strike on Monday."))
                .isEqualTo("Harbour cranes stand idle at dawn Photograph: Jane Doe/Getty Images");
        assertThat(new WrittenSentenceLabels().label("Harbour cranes stand idle at dawn Photograph: Jane Doe/Getty Images Dock"
                + " workers went on strike on Monday.", "Monday")).isEqualTo("Dock workers went on strike");
        // a credit word in lower case inside a sentence is no credit
        assertThat(marked("The museum showed one photograph: Jane Doe/Getty Images had lent it.")).isEmpty();
    }

    @Test
    void aHeadingInCapitalsEndsBeforeTheSentencesFirstWord() {
        assertThat(marked("TRAVELLERS ASKED TO CALL A DOCTOR The Canadian woman arrived on Friday.")).isEqualTo("TRAVELLERS ASKED TO CALL A DOCTOR");
        assertThat(marked("NEW DELHI The Supreme Court said on Monday it would hear the case.")).isEqualTo("NEW DELHI");
    }

    @Test
    void aWireHeaderBeforeTheNewsIsMarkedUpToItsDash() {
        assertThat(marked("WASHINGTON (Reuters) - The agency said on Monday it would act.")).isEqualTo("WASHINGTON (Reuters) -");
        assertThat(marked("* Flu found in Turkey * By Ann Smith ISTANBUL, May 16 (Reuters) - Turkey found its first case."))
                .isEqualTo("* Flu found in Turkey * By Ann Smith ISTANBUL, May 16 (Reuters) -");
        assertThat(marked("The agency (Reuters) - again.")).isEmpty(); // nothing after it to tell
    }

    @Test
    void acronymsAndCreditsWithoutAnAgencyAreLeftAlone() {
        assertThat(marked("BP CEO Tony Hayward said on Monday the leak was slowing.")).isEmpty();
        assertThat(marked("UNICEF Executive Director Ann Smith said the schools would open.")).isEmpty();
        assertThat(marked("Photograph: the crowd outside the hospital on Monday.")).isEmpty();
        assertThat(marked("The Photograph Gallery opened on Monday.")).isEmpty();
    }

    @Test
    void aCaptionsPointerToAPartOfItsPictureIsMarked() throws java.io.IOException {
        // forty-ninth round: Fox's key event of June 2 was labelled "Bottom left" ("left" read as the clause's verb)
        String list;
        try (java.io.InputStream in = CaptionWordsTest.class.getResourceAsStream("/dateline/labels/photo-credits.txt")) {
            list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("# example: (.+) -> (.+)").matcher(list);
        assertThat(example.find()).isTrue();
        assertThat(markedWords(example.group(1))).isEqualTo(example.group(2));
        assertThat(new WrittenSentenceLabels().label(example.group(1), "June 2")).doesNotContain("left")
                .startsWith("Underwater robots and other equipment swarm the blowout preventer");
        assertThat(markedWords("The chief executive (right) arrives for a press conference on Tuesday.")).isEqualTo("right");
        // not set off on both sides: the words are the sentence's own
        assertThat(markedWords("Those who left, right after the vote on Monday, said nothing.")).isEmpty();
        assertThat(markedWords("The delegates turned left, toward the hall.")).isEmpty();
    }

    /** The words (no marks) that {@link CaptionWords#mark} marks, in order. */
    private String markedWords(String sentence) {
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] skip = new boolean[s.tokens().size()];
        CaptionWords.mark(s, skip);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < skip.length; i++) {
            if (skip[i] && Character.isLetterOrDigit(s.tokens().get(i).text().charAt(0))) {
                words.append(words.length() == 0 ? "" : " ").append(s.tokens().get(i).text());
            }
        }
        return words.toString();
    }
}
