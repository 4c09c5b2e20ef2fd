package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void conceptPhrasesBecomeOneTermWhateverTheirInflection() {
        assertThat(tokenizer.terms("the movement's return to power")).containsExactly("movement", "#power-change");
        assertThat(tokenizer.terms("the Taliban overthrew the government")).containsExactly("taliban", "#power-change", "govern");
        assertThat(tokenizer.terms("after they seized control of Kabul")).containsExactly("#power-change", "kabul");
        assertThat(tokenizer.terms("Biden withdrew US forces")).containsExactly("biden", "#withdrawal", "US", "forc");
    }

    @Test
    void aReportingVerbWithAnObjectThatIsNoSpeechIsTheHappening() {
        // "declared" is a stop word (what was declared is usually speech); "declare ... pandemic" is a gapped phrase
        assertThat(tokenizer.terms("The WHO declared an influenza pandemic")).containsExactly("WHO", "#declaration", "influenza", "pandem");
        assertThat(tokenizer.terms("the WHO declared it a full pandemic")).containsExactly("WHO", "#declaration", "full", "pandem");
        assertThat(tokenizer.terms("Governor Jindal declared a state of emergency")).contains("#declaration");
        assertThat(tokenizer.terms("He declared that the pandemic was far from over")).doesNotContain("#declaration");
        assertThat(tokenizer.terms("the spread led the WHO to declare a pandemic was imminent")).doesNotContain("#declaration");
        assertThat(tokenizer.terms("The WHO said it was on the verge of declaring the first influenza pandemic"))
                .doesNotContain("#declaration");
        assertThat(tokenizer.terms("Chan achieved just that by declaring the first influenza pandemic")).contains("#declaration");
        assertThat(tokenizer.terms("The WHO declared the first swine flu outbreak in any of those countries a pandemic"))
                .doesNotContain("#declaration"); // more than four words between: no phrase
    }

    @Test
    void aGapComesOnceAfterTheFirstWordOfAPhrase() {
        assertThat(Lexicon.phrase("x", "declare ... pandemic").gapped()).isTrue();
        assertThat(Lexicon.phrase("x", "declare ... pandemic").stems()).containsExactly("declar", "pandem");
        assertThat(Lexicon.phrase("x", "state of emergency").gapped()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.phrase("x", "declare a ... pandemic"))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.phrase("x", "declare ..."))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dottedAcronymsAreJoinedAndKeepTheirCase() {
        assertThat(tokenizer.terms("a withdrawal of U.S. forces")).containsExactly("#withdrawal", "US", "forc");
        assertThat(tokenizer.terms("let us go")).containsExactly("let", "go");
    }

    @Test
    void stopWordsReportingVerbsAndTimeWordsCarryNoWeight() {
        assertThat(tokenizer.terms("He said last week that the talks had stalled in March")).containsExactly("#meeting", "stall");
    }

    @Test
    void theTimeWordsOfAWireDatelineAreNoNames() {
        assertThat(tokenizer.names("GENEVA | Wed Apr 29, 2009 3:21 pm BST GENEVA (Reuters) - The outbreak could spread, said the WHO."))
                .containsExactlyInAnyOrder("geneva", "WHO");
        assertThat(tokenizer.names("At 2:04 pm on 29 May 2009, RoastDuck wrote: so Sat and EDT and AFP say nothing."))
                .containsExactly("roastduck");
        assertThat(tokenizer.capitalised("President Ann Smith visited Lima")).containsExactlyInAnyOrder("presid", "ann", "smith", "lima");
    }

    @Test
    void positionsCountEveryWordSoDistancesAreInWords() {
        Tokenizer.Positioned p = tokenizer.positioned("the Taliban surged across Afghanistan");
        assertThat(p.words()).isEqualTo(5);
        assertThat(p.terms()).extracting(Tokenizer.Term::word).containsExactly(1, 2, 4);
        assertThat(p.terms().get(1).isConcept()).isTrue();
    }

    @Test
    void namesAreCapitalisedWordsThatDoNotOpenASentence() {
        assertThat(tokenizer.names("Since the movement's return, the U.S. and the Taliban talked. Kabul fell."))
                .containsExactlyInAnyOrder("US", "taliban");
        assertThat(tokenizer.names("Relations with Sino-Afghan partners, said Joe Biden in August."))
                .containsExactlyInAnyOrder("sino", "afghan", "joe", "biden");
    }

    @Test
    void aWordOpeningASentenceIsANameWhereTheArticleWritesItAsOneAndNeverInLowerCase() {
        String body = "Fans of Michael Jackson met the Los Angeles Police Department. The police said little.\n\n"
                + "Jackson died in June. Police said so.";
        assertThat(tokenizer.articleNames(body)).contains("jackson", "michael", "los", "angel").doesNotContain("polic");
        assertThat(tokenizer.names("Jackson died in June. Police said so.", tokenizer.articleNames(body)))
                .containsExactly("jackson");
        assertThat(tokenizer.names("Jackson died in June. Police said so.")).isEmpty();
    }
}
