package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class PronounResolverTest {

    private final SentenceParser parser = new SentenceParser();

    private HeadlineMaker.Context before(String... sentences) {
        return WrittenContexts.before(java.util.Arrays.stream(sentences).map(t -> parser.parse(t, 0)).toList());
    }

    @Test
    void heIsTheLastNamedSubjectBefore() {
        assertThat(PronounResolver.antecedent(before("Antony Blinken met his counterpart on Thursday.", "The talks lasted an hour.")).text())
                .isEqualTo("Antony Blinken");
    }

    @Test
    void aNameAfterAPrepositionOrBeforeAParticipleIsNoAntecedent() {
        // twenty-fourth round: "He developed a fever ... and took a taxi" read "Thursday took a taxi to a hospital"
        assertThat(PronounResolver.antecedent(before("The Mexican man arrived in Hong Kong from Mexico on Thursday following a"
                + " stopover in Shanghai."))).isNull();
        assertThat(PronounResolver.antecedent(before("Antony Blinken arrived in Hong Kong on Thursday following a stopover.")).text())
                .isEqualTo("Antony Blinken");
    }

    @Test
    void anAcronymOrAPluralAloneIsNoPerson() {
        // forty-seventh round: "he was calling morons" read "BP was calling morons", "he said in testimony" "Americans said"
        assertThat(PronounResolver.antecedent(before("BP said the cap was working."))).isNull();
        assertThat(PronounResolver.antecedent(before("Americans want answers from the company."))).isNull();
        // the nearest sentence names no person: the one before it does
        assertThat(PronounResolver.antecedent(before("Tony Hayward met the president.", "BP said the cap was working.")).text())
                .isEqualTo("Tony Hayward");
        assertThat(PronounResolver.antecedent(before("Jackie Rees moved to Aberdare.")).text()).isEqualTo("Jackie Rees");
    }

    @Test
    void noNameBeforeMeansNoAntecedent() {
        assertThat(PronounResolver.antecedent(before("The talks lasted an hour."))).isNull();
        assertThat(PronounResolver.antecedent(HeadlineMaker.Context.NONE)).isNull();
    }

    @Test
    void onlyALoneHeOrSheIsPersonal() {
        ParsedSentence s = parser.parse("He met with ministers.", 0);
        assertThat(PronounResolver.isPersonal(s, new int[] {0, 0})).isTrue();
        assertThat(PronounResolver.isPersonal(parser.parse("They met.", 0), new int[] {0, 0})).isFalse();
    }

    @Test
    void aGroupDescriptionStandsForTheOrganisationTheSentenceBeforeNamesWithThe() {
        String sentence = "the conservative Islamist movement\u2019s return";
        ParsedSentence s = parser.parse(sentence, 0);
        assertThat(PronounResolver.isGroupDescription(s, 0, s.tokenAt(sentence.indexOf("movement")))).isTrue();
        assertThat(PronounResolver.isGroupDescription(s, 0, s.tokenAt(sentence.indexOf("Islamist")))).isFalse();
        assertThat(PronounResolver.organisation(before("In fact, it was only the latest example of the challenges the United"
                + " States now faces in its handling of the Taliban.")).text()).isEqualTo("the Taliban");
        assertThat(PronounResolver.organisation(before("Blinken met Qureshi in New York."))).isNull();
    }
}
