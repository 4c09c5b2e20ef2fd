package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private final Countries countries = Countries.english();

    @Test
    void namesFromTheJdkAndTheOtherNamesNewsWrites() {
        assertThat(countries.in("Turkey on Saturday confirmed its first case in a traveller from the United States."))
                .containsExactlyInAnyOrder("Turkey", "United States");
        assertThat(countries.in("A withdrawal of U.S. forces from Afghanistan")).containsExactlyInAnyOrder("United States", "Afghanistan");
        assertThat(countries.in("Britain and the UK are one country; Burma is Myanmar")).containsExactlyInAnyOrder("United Kingdom", "Myanmar");
    }

    @Test
    void aLongerNameThatIsNoCountryWins() {
        assertThat(countries.in("The first case in New Mexico, the state, and in Latin America")).isEmpty();
        assertThat(countries.in("Officials in Mexico City said")).containsExactly("Mexico");
        assertThat(countries.in("a turkey for dinner in Georgia")).isEmpty();
    }

    @Test
    void twoSetsDifferWhenBothNameCountriesAndShareNone() {
        assertThat(Countries.differ(Set.of("Turkey"), Set.of("India"))).isTrue();
        assertThat(Countries.differ(Set.of("Turkey", "United States"), Set.of("United States"))).isFalse();
        assertThat(Countries.differ(Set.of("Turkey"), Set.of())).isFalse();
    }
}
