package app.dateline.engine.files;

import java.io.IOException;

/** An output path Dateline will not write to, with why in words: "out.json: is read-only; ...". */
public final class OutputRefusedException extends IOException {

    public OutputRefusedException(String path, String problem) {
        super(path + ": " + problem);
    }
}
