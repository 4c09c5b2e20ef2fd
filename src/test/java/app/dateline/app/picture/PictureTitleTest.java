package app.dateline.app.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PictureTitleTest {

    @Test
    void theWordsMostTitlesShareMakeTheTitle() {
        List<String> seed = List.of("Can the Taliban Play China and Russia Off the United States?",
                "Blinken Says the World Is United in Pressing the Taliban",
                "Russia, China Keep Channels Open With Taliban as Western Isolation Endures",
                "White House: Relations With the Taliban Are Up to Each Country to Decide",
                "America Can\u2019t Isolate the Taliban");
        assertThat(PictureTitle.of(seed, "2021\u20132024")).isEqualTo("The Taliban, 2021\u20132024");
    }

    @Test
    void withNoSharedWordTheTitleIsNeverGeneric() {
        assertThat(PictureTitle.of(List.of("Oil spill reaches the coast", "Flu vaccine shortage"), "2010"))
                .isEqualTo("Timeline, 2010");
        assertThat(PictureTitle.of(List.of("Oil spill reaches the coast"), null)).isEqualTo("Oil spill reaches the coast");
    }

    @Test
    void stopWordsAreNeverTheStory() {
        assertThat(PictureTitle.sharedWords(List.of("The talks are over", "The strike is over", "The vote is in"))).isEmpty();
        assertThat(PictureTitle.sharedWords(List.of("BP oil spill: the cap holds", "Oil spill: BP shares fall", "Gulf fishermen sue BP")))
                .isEqualTo("BP, oil and spill"); // as the first title with most of them writes them
    }

    @Test
    void fileNamesAreNoTitle() {
        assertThat(PictureTitle.of(List.of("wsj_0568.txt", "wsj_0586.txt", "APW19980219.0476.txt"), "1989")).isEqualTo("Timeline, 1989");
    }

    @Test
    void filesWithNoTitleAreNamedByTheWordsAllTheirNamesHold() {
        // pooled H1N1: no article has a title; the picture was "Timeline, 2009"
        assertThat(PictureTitle.of(List.of("2009-03-02_H1N1_reuters_291.txt", "2009-04-25_H1N1_bbc_558.txt",
                "2009-06-11_H1N1_guardian_26.txt"), "2009")).isEqualTo("H1N1, 2009");
        assertThat(PictureTitle.of(List.of("2010-04-20_bpoil_bbc_683.txt", "2010-04-22_bpoil_reuters_1230.txt"), "2010"))
                .isEqualTo("bpoil, 2010");
    }
}
