package app.dateline.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detail pane's "Sources disagree" line names three sources a date at most, and counts the rest. */
class DisagreementWordsTest {

    @Test
    void fewSourcesAreAllNamed() {
        // the seed corpus's takeover
        assertThat(DisagreementWords.of(
                List.of(List.of("The Epoch Times (Vision Times)"), List.of("News report on the UN General Assembly week", "Newsweek", "Foreign Affairs")),
                List.of("July 2021", "August 2021")))
                .isEqualTo("Sources disagree: The Epoch Times (Vision Times) says July 2021; News report on the UN General "
                        + "Assembly week, Newsweek, Foreign Affairs say August 2021");
    }

    @Test
    void manySourcesForOneDateAreCounted() {
        // pooled H1N1's pandemic declaration, told by nine articles named by their files
        String text = DisagreementWords.of(List.of(
                        List.of("2009-06-15_H1N1_bbc_372.txt", "2009-06-16_H1N1_bbc_1176.txt", "2009-06-16_H1N1_bbc_972.txt",
                                "2009-06-17_H1N1_reuters_402.txt", "2009-06-18_H1N1_bbc_282.txt"),
                        List.of("2009-06-12_H1N1_guardian_671.txt", "2009-06-24_H1N1_bbc_975.txt"),
                        List.of("2009-06-12_H1N1_reuters_819.txt", "2009-06-15_H1N1_guardian_1215.txt")),
                List.of("the week of June 8, 2009", "Thursday, June 11, 2009", "Friday, June 12, 2009"));
        assertThat(text).isEqualTo("Sources disagree: 2009-06-15_H1N1_bbc_372.txt, 2009-06-16_H1N1_bbc_1176.txt and 3 others say "
                + "the week of June 8, 2009; 2009-06-12_H1N1_guardian_671.txt, 2009-06-24_H1N1_bbc_975.txt say Thursday, "
                + "June 11, 2009; 2009-06-12_H1N1_reuters_819.txt, 2009-06-15_H1N1_guardian_1215.txt say Friday, June 12, 2009");
    }
}
