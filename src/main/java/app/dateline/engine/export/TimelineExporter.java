package app.dateline.engine.export;

import app.dateline.engine.project.Timeline;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a timeline in one format. Exporters keep no state between calls. */
public interface TimelineExporter {

    /** The usual file extension, without the dot. */
    String extension();

    void write(Timeline timeline, ExportOptions options, OutputStream out) throws IOException;
}
