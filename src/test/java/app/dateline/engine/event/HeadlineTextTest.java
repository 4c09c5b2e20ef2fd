package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    @Test
    void keptWordsKeepTheSentencesSpacingAndAReplacedSubject() {
        ParsedSentence s = new SentenceParser().parse("He met with U.S.-backed ministers on Wednesday.", 0);
        boolean[] keep = new boolean[s.tokens().size()];
        for (int i = 0; i < s.tokens().size() - 3; i++) {
            keep[i] = true;
        }
        assertThat(HeadlineText.render(s, keep, new int[] {0, 0}, "Blinken")).isEqualTo("Blinken met with U.S.-backed ministers");
    }

    @Test
    void theSourcesAreTheRunsOfKeptWordsAndWhereTheReplacedSubjectComesFrom() {
        String before = "Antony Blinken flew to New York. ";
        String body = before + "He met with ministers from Pakistan on Wednesday.";
        SentenceParser parser = new SentenceParser();
        ParsedSentence name = parser.parse(before.strip(), 0);
        ParsedSentence s = parser.parse(body.substring(before.length()), before.length());
        boolean[] keep = new boolean[s.tokens().size()];
        for (int i = 0; i < s.tokens().size(); i++) {
            String w = s.tokens().get(i).text();
            keep[i] = !w.equals("from") && !w.equals("Pakistan") && !w.equals(".");
        }
        keep[s.tokens().size() - 2] = false; // "Wednesday"
        keep[s.tokens().size() - 3] = false; // "on"
        Headline h = HeadlineText.headline(s, keep, new int[] {0, 0}, Headline.span(name, 0, 1));
        assertThat(h.text()).isEqualTo("Antony Blinken met with ministers");
        assertThat(h.sources().stream().map(x -> body.substring(x.begin(), x.end())))
                .containsExactly("Antony Blinken", "met with ministers");
    }

    @Test
    void joinedHeadlinesKeepTheirSourcesInTheArticlesOrder() {
        Headline later = new Headline("extended the ban", java.util.List.of(new LabelSource(50, 66)));
        Headline topic = new Headline("Schools for girls", java.util.List.of(new LabelSource(10, 27), new LabelSource(20, 30)));
        Headline h = topic.then(": ", later);
        assertThat(h.text()).isEqualTo("Schools for girls: extended the ban");
        assertThat(h.sources()).containsExactly(new LabelSource(10, 30), new LabelSource(50, 66));
    }

    @Test
    void capitalisingLeavesNamesAndAcronymsAlone() {
        assertThat(HeadlineText.capitalise("talks began")).isEqualTo("Talks began");
        assertThat(HeadlineText.decapitalise("Extended the ban")).isEqualTo("extended the ban");
        assertThat(HeadlineText.decapitalise("US troops left")).isEqualTo("US troops left");
    }

    @Test
    void apostrophesTheScrapeLostComeBack() {
        assertThat(spell("Reporters saw the minister s car on Monday.", 3)).isEqualTo("Reporters saw the minister's car");
        assertThat(spell("I couldn t continue the race on Monday.", 3)).isEqualTo("I couldn't continue the race");
        // "s" after an article is a letter, not an ending (lost-apostrophes.txt)
        assertThat(spell("He wrote a s on the board on Monday.", 3)).isEqualTo("He wrote a s on the board");
    }

    /** The sentence's words without its last {@code drop} tokens, spelt. */
    private static String spell(String text, int drop) {
        ParsedSentence s = new SentenceParser().parse(text, 0);
        boolean[] keep = new boolean[s.tokens().size()];
        for (int i = 0; i < s.tokens().size() - drop; i++) {
            keep[i] = true;
        }
        return HeadlineText.render(s, keep, null, null);
    }
}
