package app.dateline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyFileHandlerTest {

    @TempDir
    Path folder;

    @Test
    void theRecordJustWrittenIsAlwaysInTheNewestFileHoweverOftenItRotates() throws Exception {
        // a limit of 300 bytes: about three records a file, so twenty records rotate about six times
        LazyFileHandler handler = new LazyFileHandler(folder, 300);
        try {
            for (int n = 0; n < 20; n++) {
                handler.publish(new LogRecord(Level.SEVERE, "record " + n + " " + "x".repeat(60)));
                // before this round, the record that crossed the limit went to -1 and left -0 empty
                assertThat(Files.readString(LazyFileHandler.newest(folder))).as("record %d", n).contains("record " + n + " ");
            }
        } finally {
            handler.close();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dateline-0.log", "dateline-1.log", "dateline-2.log");
        }
        // the older files hold the records before, oldest in -2, none lost between them
        String all = Files.readString(folder.resolve("dateline-2.log")) + Files.readString(folder.resolve("dateline-1.log"))
                + Files.readString(LazyFileHandler.newest(folder));
        int last = -1;
        for (int n = 0; n < 20; n++) {
            int at = all.indexOf("record " + n + " ");
            if (at >= 0) {
                assertThat(at).isGreaterThan(last);
                last = at;
            } else {
                assertThat(last).as("record %d lost after a later one was kept", n).isEqualTo(-1);
            }
        }
        assertThat(all).contains("record 19 ");
    }

    @Test
    void nothingIsWrittenUntilTheFirstRecord() {
        LazyFileHandler handler = new LazyFileHandler(folder.resolve("state"));
        handler.flush();
        handler.close();
        assertThat(folder.resolve("state")).doesNotExist();
    }
}
