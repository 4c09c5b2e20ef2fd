package app.dateline.cli;

import app.dateline.engine.event.SentenceLabeler;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code label}: one headline per sentence read from standard input. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Reads sentences from standard input, one a line, and prints one label a line: the headline",
                "of the event the sentence's first plottable date is about, or, with no date, of its main event.",
                "An empty line gives an empty line."})
public final class LabelCommand implements Callable<Integer> {

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "The date relative dates are read against")
    private LocalDate dct;

    @Override
    public Integer call() throws Exception {
        SentenceLabeler labeler = new SentenceLabeler(dct);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // Every write checked: a full disk or a closed pipe stops the run with exit code 3, as extract does.
        Writer out = new BufferedWriter(new OutputStreamWriter(StandardOutput.system(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String label = labeler.label(line.strip().startsWith("\uFEFF") ? line.strip().substring(1) : line);
            out.write(label.replace('\n', ' '));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
