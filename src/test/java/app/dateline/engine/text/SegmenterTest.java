package app.dateline.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        SegmentedText s = segmenter.segment(text);
        return s.sentences().stream().map(s::text).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(sentences("Baradar met Wang two days after U.S. Deputy Secretary Sherman visited. "
                + "Update 08/16/22, 5:04 p.m. ET: This article was updated."))
                .containsExactly("Baradar met Wang two days after U.S. Deputy Secretary Sherman visited.",
                        "Update 08/16/22, 5:04 p.m. ET: This article was updated.");
    }

    @Test
    void aMonthAbbreviationBeforeItsDayDoesNotEndASentence() {
        assertThat(sentences("In the fiscal year ended Jan. 31, the company lost money. Sales fell."))
                .containsExactly("In the fiscal year ended Jan. 31, the company lost money.", "Sales fell.");
        assertThat(sentences("The family has until 9 a.m. Tuesday to sign the paper. It refused."))
                .containsExactly("The family has until 9 a.m. Tuesday to sign the paper.", "It refused.");
    }

    @Test
    void aClockTimeRunsOnIntoTheTablesDaysAndMonthsOnly() {
        // the words are the tagger's month and weekday tables, short forms too ("Mar.", "Mon.")
        assertThat(sentences("The family has until 9 a.m. Mar. 3 to sign the paper. It refused."))
                .containsExactly("The family has until 9 a.m. Mar. 3 to sign the paper.", "It refused.");
        assertThat(sentences("The family has until 9 a.m. Mon. to sign the paper. It refused."))
                .containsExactly("The family has until 9 a.m. Mon. to sign the paper.", "It refused.");
        // whole words: "Mayor" does not start with the month "May"
        assertThat(sentences("The family had until 9 a.m. Mayor Hale said it refused."))
                .containsExactly("The family had until 9 a.m.", "Mayor Hale said it refused.");
    }

    @Test
    void quotesStayWithTheirSentence() {
        assertThat(sentences("“Every country’s got to take their own view,” Kirby said. He left."))
                .containsExactly("“Every country’s got to take their own view,” Kirby said.", "He left.");
    }

    @Test
    void eachLineIsAParagraphInScrapedText() {
        String text = "Headline Without Stop\nFirst paragraph is long enough to be a paragraph. Second sentence.\n\nThird.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(3);
        assertThat(s.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(s.text(s.sentences().get(0))).isEqualTo("Headline Without Stop");
    }

    @Test
    void aStockTickerCutByALineBreakStaysInItsSentence() {
        // Text split at every full stop (the TLS news data's shape), a Reuters instrument code with it.
        String text = "LONDON (Reuters) - Acme Oil Plc (ACM.\nL) will give an estimate of the cost next Tuesday.\n"
                + "Rigco Ltd (RIG.\nN), owner of the platform, said it was sorry.\nA new line (not a ticker).\nN) stays apart.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(4);
        assertThat(s.sentences()).extracting(s::text).containsExactly(
                "LONDON (Reuters) - Acme Oil Plc (ACM.\nL) will give an estimate of the cost next Tuesday.",
                "Rigco Ltd (RIG.\nN), owner of the platform, said it was sorry.", "A new line (not a ticker).", "N) stays apart.");
    }

    @Test
    void aTickerThatLostItsBracketOrHasAShareClassStaysInItsSentence() {
        // the scraped pages' "Transocean Ltd RIGN." and "Royal Dutch Shell (RDSa.": the next line, "N), owner of ...",
        // was a sentence of its own without a subject
        String text = "The suit names Rigco Ltd RIGN.\nN), owner of the platform, as a defendant.\n"
                + "Shares in Acme Oil (ACMa.\nL) rose on Monday.\nThe rig, owned by Rigco (RIG.\nS, sank in April.\n"
                + "The panel met in the USA.\nIt adjourned.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.sentences()).extracting(s::text).containsExactly(
                "The suit names Rigco Ltd RIGN.\nN), owner of the platform, as a defendant.",
                "Shares in Acme Oil (ACMa.\nL) rose on Monday.", "The rig, owned by Rigco (RIG.\nS, sank in April.",
                "The panel met in the USA.", "It adjourned.");
    }

    @Test
    void anAsianExchangesNumberCutByALineBreakStaysInItsSentence() {
        // fifty-fifth round: such a second line in the H1N1 story was a sentence of its own, labelled "Have nearly doubled
        // their price"
        String text = "Shares of glove maker Acme (3109.\nT), which rose 4 percent on Monday, have doubled.\n"
                + "Chipco (2330.\nTW) fell 4 percent.\nThe list had (1.\nA) an item.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.sentences()).extracting(s::text).containsExactly(
                "Shares of glove maker Acme (3109.\nT), which rose 4 percent on Monday, have doubled.",
                "Chipco (2330.\nTW) fell 4 percent.", "The list had (1.", "A) an item.");
    }

    @Test
    void aChronologysEntriesRunOnInOneLineAreSentencesOfTheirOwn() {
        // fifty-fifth round: a scraped fact box was one sentence, and its 28 April took the label of the explosion
        String text = "The story so far.\n3 March: Plant catches fire, hurting two 9 March: Owner blames a faulty pump"
                + " 1 April: Plant reopens\nMay 2: Talks open May 9: Talks end\nOn 4 June: a notice said: 5 June: no.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.sentences()).extracting(s::text).containsExactly("The story so far.",
                "3 March: Plant catches fire, hurting two", "9 March: Owner blames a faulty pump", "1 April: Plant reopens",
                "May 2: Talks open", "May 9: Talks end", "On 4 June: a notice said: 5 June: no.");
    }

    @Test
    void wrappedWireTextKeepsParagraphsAcrossLineBreaks() {
        String text = "The company said on Friday that\nits profits rose. Analysts were\nsurprised.\n\n"
                + "A second paragraph that\nwraps too.\n\nThird one\nhere.\n\nFourth.";
        SegmentedText s = segmenter.segment(text);
        assertThat(s.paragraphs()).hasSize(4);
        assertThat(s.text(s.sentences().get(0))).isEqualTo("The company said on Friday that\nits profits rose.");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  First one.\r\nSecond one here.";
        SegmentedText s = segmenter.segment(text);
        for (Sentence sentence : s.sentences()) {
            assertThat(text.substring(sentence.begin(), sentence.end())).isEqualTo(s.text(sentence)).doesNotStartWith(" ");
        }
        assertThat(s.sentenceAt(text.indexOf("here"))).isEqualTo(s.sentences().get(1));
    }

    @Test
    void aLineWithoutSentenceEndsIsCutIntoBoundedPiecesWithExactOffsetsAndNothingLost() {
        StringBuilder b = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        String[] words = {"talks", "resumed", "in", "Doha", "on", "15", "August", "2021", "and", "\uD83D\uDE00", "x"};
        while (b.length() < 200_000) {
            b.append(words[random.nextInt(words.length)]).append(random.nextInt(20) == 0 ? ", " : " ");
        }
        String text = b.toString();
        SegmentedText s = segmenter.segment(text);
        assertThat(s.sentences()).allSatisfy(x -> assertThat(x.end() - x.begin()).isBetween(1, Segmenter.MAX_SENTENCE_LENGTH));
        assertThat(s.paragraphs()).allSatisfy(p -> assertThat(p.end() - p.begin()).isBetween(1, Segmenter.MAX_PARAGRAPH_LENGTH));
        assertCovered(text, s);
    }

    @Test
    void aPieceIsNeverCutInsideASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(3_000); // 6,000 chars, no white space at all
        SegmentedText s = segmenter.segment(text);
        assertThat(s.sentences()).hasSizeGreaterThan(5).allSatisfy(x -> {
            assertThat(Character.isLowSurrogate(text.charAt(x.begin()))).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(x.end() - 1))).isFalse();
        });
        assertCovered(text, s);
    }

    @Test
    void ordinarySentencesAreNotCut() {
        String sentence = "The envoys, who had met in Doha, Moscow and Beijing during the summer of 2021, said "
                + "on Friday that they would meet again ".repeat(8) + "soon.";
        assertThat(sentence.length()).isLessThan(Segmenter.MAX_SENTENCE_LENGTH);
        assertThat(sentences(sentence)).containsExactly(sentence);
    }

    /** Every non-blank character is in exactly one sentence, sentences in order, each inside its paragraph. */
    private static void assertCovered(String text, SegmentedText s) {
        int at = 0;
        for (Sentence x : s.sentences()) {
            assertThat(text.substring(at, x.begin())).isBlank();
            assertThat(s.paragraphOf(x).begin()).isLessThanOrEqualTo(x.begin());
            assertThat(s.paragraphOf(x).end()).isGreaterThanOrEqualTo(x.end());
            at = x.end();
        }
        assertThat(text.substring(at)).isBlank();
    }

    /** Greedy wrapping at {@code width}, as wire services do: a line ends where its next word would not fit. */
    private static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : paragraph.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    @Test
    void aHeadlineOnALineOfItsOwnInWrappedTextIsASentence() {
        String story = "He told ABC's reporters on Tuesday that the film about the singer would open in London in the autumn, "
                + "and that tickets for the premiere were sold out within an hour. The concert was held in Los Angeles "
                + "last year. It was the last one of the tour, the promoter said.";
        String text = "Jackson film premieres\n" + wrap(story, 60) + "\n\nPhoto: Reuters\n"
                + wrap("The crowd gathered on Friday outside the hall where the singer had rehearsed for weeks.", 60) + "\n\n"
                + wrap("Officials said the talks, which began Monday, were going well, and that New York would host the next "
                + "round of them in the spring.", 60) + "\n";
        List<String> sentences = sentences(text).stream().map(x -> x.replace('\n', ' ')).toList();
        assertThat(sentences).containsExactly("Jackson film premieres",
                "He told ABC's reporters on Tuesday that the film about the singer would open in London in the autumn, "
                        + "and that tickets for the premiere were sold out within an hour.",
                "The concert was held in Los Angeles last year.", "It was the last one of the tour, the promoter said.",
                "Photo: Reuters", "The crowd gathered on Friday outside the hall where the singer had rehearsed for weeks.",
                "Officials said the talks, which began Monday, were going well, and that New York would host the next "
                        + "round of them in the spring.");
        SegmentedText s = segmenter.segment(text);
        for (Sentence x : s.sentences()) {
            assertThat(text.substring(x.begin(), x.end())).isEqualTo(s.text(x)).doesNotStartWith(" ").doesNotEndWith("\n");
        }
        assertThat(s.paragraphs()).hasSize(3);
    }

    @Test
    void aShortLineBeforeACapitalIsCutOnlyWhenItCouldEndASentence() {
        // the line is short, but "in" cannot end a sentence: a hand-broken line, not a headline
        String text = "The meeting was held in\nGeneva on Monday, officials said.\n\nA second paragraph follows.\n\nA third.\n\nA fourth.";
        assertThat(sentences(text)).startsWith("The meeting was held in\nGeneva on Monday, officials said.");
    }
}
