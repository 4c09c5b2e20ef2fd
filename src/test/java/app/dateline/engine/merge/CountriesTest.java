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
        assertThat(countries.in("Mexico's environment minister and Texas’ governor")).containsExactlyInAnyOrder("Mexico",
                "United States", "United States/Texas");
    }

    @Test
    void aLongerNameThatIsNoCountryWins() {
        assertThat(countries.in("The first case in Latin America")).isEmpty();
        assertThat(countries.in("Oil reached the beaches of the Gulf of Mexico")).isEmpty();
        assertThat(countries.in("Officials in Mexico City said")).containsExactly("Mexico");
        assertThat(countries.in("a turkey for dinner in Georgia")).isEmpty();
    }

    @Test
    void twoSetsDifferWhenBothNameCountriesAndShareNone() {
        assertThat(Countries.differ(Set.of("Turkey"), Set.of("India"))).isTrue();
        assertThat(Countries.differ(Set.of("Turkey", "United States"), Set.of("United States"))).isFalse();
        assertThat(Countries.differ(Set.of("Turkey"), Set.of())).isFalse();
    }

    @Test
    void aPlaceInsideACountryNamesItsCountryToo() {
        assertThat(countries.in("The first case in New Mexico, the state")).containsExactlyInAnyOrder("United States", "United States/New Mexico");
        assertThat(countries.in("A man from Washington state died")).containsExactlyInAnyOrder("United States", "United States/Washington");
        assertThat(countries.in("Officials in Washington said")).isEmpty();
        assertThat(countries.in("Cases in Scotland and Wales")).containsExactlyInAnyOrder("United Kingdom",
                "United Kingdom/Scotland", "United Kingdom/Wales");
    }

    @Test
    void placesInsideOneCountryDifferAtTheLevelTheyAreGiven() {
        Set<String> washington = countries.in("A man from Washington state who died last week had the virus, US officials said.");
        Set<String> texas = countries.in("A child died in Texas on Wednesday, the first death in the US.");
        assertThat(Countries.differ(washington, texas)).isTrue();
        assertThat(Countries.differ(texas, countries.in("A second child in Texas died, US officials said."))).isFalse();
        assertThat(Countries.differ(texas, countries.in("The US confirmed a death on Wednesday."))).isFalse();
        assertThat(Countries.differ(texas, countries.in("Mexico confirmed a death on Wednesday."))).isTrue();
        assertThat(Countries.differ(countries.in("Scotland confirmed a case"), countries.in("England confirmed a case"))).isTrue();
    }
}
