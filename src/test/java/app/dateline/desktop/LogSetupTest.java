package app.dateline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void recordsGoToTheLogFileInTheStateFolderAndNotToTheConsole() throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String mark = UUID.randomUUID().toString();
        try {
            System.setErr(new PrintStream(captured, true));
            LogSetup.install();
            Logger.getLogger("app.dateline.test").warning("through JUL " + mark);
            LoggerFactory.getLogger("app.dateline.test").error("through SLF4J " + mark, new IllegalStateException("boom"));
            LoggerFactory.getLogger("com.joestelmach.natty.Parser").info("natty chatter " + mark);
        } finally {
            System.setErr(console);
        }
        assertThat(UserFolders.logFile()).startsWith(UserFolders.state());
        String log = Files.readString(UserFolders.logFile());
        assertThat(log).contains("WARNING app.dateline.test: through JUL " + mark)
                .contains("SEVERE app.dateline.test: through SLF4J " + mark)
                .contains("java.lang.IllegalStateException: boom")
                .doesNotContain("natty chatter " + mark);
        assertThat(captured.toString()).doesNotContain(mark);
    }
}
