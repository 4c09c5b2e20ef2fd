package app.dateline.desktop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One line per record, {@code 2026-11-30T07:12:01.532Z WARNING logger: message}, then the stack trace if any. */
final class LogFormat extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder b = new StringBuilder();
        b.append(Instant.ofEpochMilli(record.getMillis())).append(' ').append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ").append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            b.append(trace);
        }
        return b.toString();
    }
}
