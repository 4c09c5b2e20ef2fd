package app.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The build's properties draw from one fixed seed: two properties of the same shape see the same samples, run
 * after run; {@code -Ddateline.jqwik.seed=random} gives each its own random seed again.
 */
class FixedSeedHookTest {

    private static final List<String> FIRST = new ArrayList<>();
    private static final List<String> SECOND = new ArrayList<>();

    @Property(tries = 30)
    void firstDraw(@ForAll String text, @ForAll int number) {
        FIRST.add(text + "|" + number);
    }

    @Property(tries = 30)
    void secondDraw(@ForAll String text, @ForAll int number) {
        SECOND.add(text + "|" + number);
    }

    @AfterContainer
    static void bothPropertiesSawTheSameSamples() {
        if (FixedSeedHook.seedFor(System.getProperty(FixedSeedHook.SEED_PROPERTY)).isEmpty()) {
            return; // random seeds asked for: the two draws differ, as they should
        }
        assertThat(FIRST).hasSize(30);
        assertThat(SECOND).isEqualTo(FIRST);
    }

    @Example
    void anUnsetOrBlankPropertyGivesTheDefaultSeed() {
        assertThat(FixedSeedHook.seedFor(null)).contains(FixedSeedHook.DEFAULT_SEED);
        assertThat(FixedSeedHook.seedFor("  ")).contains(FixedSeedHook.DEFAULT_SEED);
    }

    @Example
    void randomAsksForJqwiksOwnSeedAndANumberIsUsedAsGiven() {
        assertThat(FixedSeedHook.seedFor("random")).isEmpty();
        assertThat(FixedSeedHook.seedFor("RANDOM")).isEmpty();
        assertThat(FixedSeedHook.seedFor(" 1234 ")).contains("1234");
    }

    @Example
    void anythingElseIsRefusedWithTheNameOfTheProperty() {
        assertThatThrownBy(() -> FixedSeedHook.seedFor("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateline.jqwik.seed");
    }
}
