package app.dateline.engine.files;

import java.nio.file.Path;

/** Test helpers other packages' tests share: making a FIFO (the test is skipped where mkfifo is missing). */
public final class OutputTargetTestAccess {

    private OutputTargetTestAccess() {
    }

    public static void mkfifo(Path fifo) throws Exception {
        OutputTargetTest.mkfifo(fifo);
    }
}
