package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelLinesTest {

    private static final String CEREMONY = "Xi Jinping accepted the credentials of the Taliban's ambassador";

    @Test
    void aLabelThatFitsOnOneLineHasNoSecond() {
        assertThat(LabelLines.of(Items.SIX, "Talks began", "", 250)).isNull();
        assertThat(LabelLines.of(Items.SIX, "Antidisestablishmentarianism", "", 60)).as("one word: nothing to wrap")
                .isNull();
    }

    @Test
    void aLabelTooLongForOneLineIsWrappedWholeOnTwoEvenLinesAtAWord() {
        // 63 characters of 6 pixels: 378 pixels, more than the 250 of one line
        LabelLines lines = LabelLines.of(Items.SIX, CEREMONY, "", 250);
        assertThat(lines).isNotNull();
        assertThat(lines.first() + " " + lines.second()).isEqualTo(CEREMONY);
        assertThat(lines.width()).isLessThanOrEqualTo(250);
        assertThat(Items.SIX.width(lines.first())).isLessThanOrEqualTo(lines.width());
        assertThat(Items.SIX.width(lines.second())).isLessThanOrEqualTo(lines.width());
        // even: the narrowest two lines that hold it, not a full first line and a short second one
        assertThat(lines.width()).isLessThan(CEREMONY.length() * 6 / 2.0 + 60);
        assertThat(lines.text()).isEqualTo(lines.first() + "\n" + lines.second());
    }

    @Test
    void theBadgeEndsTheSecondLineWhole() {
        LabelLines lines = LabelLines.of(Items.SIX, CEREMONY, "  ×4 ⚠", 250);
        assertThat(lines.second()).endsWith("  ×4 ⚠");
        assertThat(lines.first() + " " + lines.second()).isEqualTo(CEREMONY + "  ×4 ⚠");
    }

    @Test
    void whatTwoLinesCannotHoldIsCutAtAWordOnTheSecond() {
        String text = "The Taliban surged across Afghanistan and took Kabul in August as the government fell apart";
        LabelLines lines = LabelLines.of(Items.SIX, text, "  ×2", 200);
        assertThat(lines.width()).isLessThanOrEqualTo(200);
        assertThat(lines.second()).endsWith("…  ×2");
        String shown = lines.first() + " " + lines.second().replace("…  ×2", "");
        assertThat(text).startsWith(shown);
        assertThat(text.charAt(shown.length())).as("cut at a word").isEqualTo(' ');
    }

    @Test
    void aFittedItemCarriesItsTwoLines() {
        TimelineItem it = Items.item("2023-12-01", CEREMONY);
        assertThat(it.label()).endsWith("…");
        assertThat(it.lines()).isNotNull();
        assertThat(it.lines().first() + " " + it.lines().second()).isEqualTo(CEREMONY);
        assertThat(Items.item("2023-12-01", "Talks began").lines()).isNull();
    }
}
