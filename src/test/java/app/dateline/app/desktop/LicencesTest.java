package app.dateline.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LicencesTest {

    /** About lists what the pom puts in the jar: a version bumped in one must be bumped in the other. */
    @Test
    void everyLibraryVersionIsThePomsAndNoneIsGpl() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(Licences.all()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(lib -> {
            assertThat(pom).as(lib.name()).contains(">" + lib.version() + "<");
            assertThat(lib.licence()).as(lib.name()).satisfiesAnyOf(
                    l -> assertThat(l).doesNotContain("GPL"), l -> assertThat(l).contains("Classpath Exception"));
            assertThat(lib.home()).startsWith("https://");
        });
    }
}
