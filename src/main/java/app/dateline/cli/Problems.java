package app.dateline.cli;

import app.dateline.engine.extract.ReadProblem;
import java.util.List;

/** Prints file problems on stderr, one line each, naming the file. */
final class Problems {

    private Problems() {
    }

    static void print(List<ReadProblem> problems) {
        for (ReadProblem p : problems) {
            System.err.println((p.fatal() ? "skipped " : "warning ") + p.message());
        }
    }
}
