package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher tells commands from paths by name, without the command line model: the names must be the commands'. */
class CommandNamesTest {

    @Test
    void theNamesAreTheCommandLinesCommandsInItsOrder() {
        assertThat(DatelineCommand.COMMANDS).containsExactlyElementsOf(DatelineCommand.commandLine().getSubcommands().keySet());
    }

    @Test
    void aCommandNameMeansTheCommandLineAndAPathTheWindow() {
        assertThat(DatelineCommand.wants(new String[] {"export-png", "--out", "x.png"})).isTrue();
        assertThat(DatelineCommand.wants(new String[] {"help"})).isTrue();
        assertThat(DatelineCommand.wants(new String[] {"corpus"})).isFalse();
        assertThat(DatelineCommand.wants(new String[0])).isFalse();
    }
}
