package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingRuleTest {

    private final SentenceParser parser = new SentenceParser();
    private final EventVerb verbs = new EventVerb();
    private final FramingRule rule = new FramingRule(verbs);
    private final HeadlineMaker headlines = new HeadlineMaker();

    private HeadlineMaker.Context after(String... sentences) {
        return WrittenContexts.after(java.util.Arrays.stream(sentences).map(t -> parser.parse(t, 0)).toList());
    }

    @Test
    void aFramingSentenceIsOneWhoseDateIsItsSubject() {
        String framing = "March 2022 proved to be a turning point for the U.S. approach.";
        ParsedSentence s = parser.parse(framing, 0);
        int v = s.tokenAt(framing.indexOf("proved"));
        var group = s.chunks().get(s.chunkOf(v));
        assertThat(rule.frames(s, 0, group, null)).isTrue();
        assertThat(rule.frames(s, -1, group, null)).isFalse();
    }

    @Test
    void theEventComesFromTheFirstSimplePastSentenceAfter() {
        var context = after("On the day of the planned reopening, however, Taliban emir Haibatullah Akhundzada overruled officials"
                + " in Kabul and extended the ban indefinitely.");
        Headline label = rule.following(context, (next, v) -> headlines.headline(next, -1, -1, v, List.of(), HeadlineMaker.Context.NONE));
        assertThat(label.text()).isEqualTo("Haibatullah Akhundzada extended the ban indefinitely");
        assertThat(rule.following(HeadlineMaker.Context.NONE, (next, v) -> null)).isNull();
    }

    @Test
    void aBareDefiniteObjectIsNamedByWhatTheSentenceBeforeIsAbout() {
        var context = after("For months, the Taliban leadership in Kabul had assured the world that Afghan secondary schools for"
                        + " girls\u2014which the Taliban had shuttered throughout much of the country\u2014would be reopened.",
                "On the day of the planned reopening, however, Taliban emir Haibatullah Akhundzada overruled officials"
                        + " in Kabul and extended the ban indefinitely.");
        Headline label = rule.following(context, (next, v) -> headlines.headline(next, -1, -1, v, List.of(), HeadlineMaker.Context.NONE));
        assertThat(label.text()).isEqualTo("Afghan secondary schools for girls: Akhundzada extended the ban");
        // An object that says what it is of needs no topic.
        var said = after("For months, the leadership had assured the world that the schools would be reopened.",
                "Then the emir extended the ban on schools.");
        assertThat(rule.following(said, (next, v) -> headlines.headline(next, -1, -1, v, List.of(), HeadlineMaker.Context.NONE))
                .text()).isEqualTo("The emir extended the ban on schools");
    }
}
