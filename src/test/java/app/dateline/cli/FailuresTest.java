package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.files.OutputRefusedException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Issue 10, item 11: a run-time failure is told in words, never with a Java exception's text. */
class FailuresTest {

    @Test
    void failuresAreSentencesWithoutJavasWords() {
        assertThat(Failures.describe(new NullPointerException("Cannot invoke \"java.nio.file.Path.getFileSystem()\" because \"path\" is null")))
                .isEqualTo("stopped by an error in Dateline; please report it with the command line (-Ddateline.debug=true prints the details)");
        assertThat(Failures.describe(new OutOfMemoryError("Java heap space")))
                .isEqualTo("ran out of memory; give Java more with -Xmx (for example java -Xmx2g -jar dateline.jar ...)");
        assertThat(Failures.describe(new AccessDeniedException("/srv/out.json"))).isEqualTo("cannot write /srv/out.json: permission denied");
        assertThat(Failures.describe(new FileSystemException("/mnt/x.json", null, "No space left on device")))
                .isEqualTo("cannot write /mnt/x.json: No space left on device");
        assertThat(Failures.describe(new IOException("Broken pipe"))).isEqualTo("cannot write the output: Broken pipe");
        assertThat(Failures.describe(new OutputRefusedException("out\u001b.json", "is a folder; give a file name")))
                .isEqualTo("out\\x1B.json: is a folder; give a file name");
        assertThat(Failures.describe(OutputFailedException.of("t.png", new IOException("No space left on device"))))
                .isEqualTo("t.png could not be written: No space left on device");
    }
}
