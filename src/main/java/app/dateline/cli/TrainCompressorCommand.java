package app.dateline.cli;

import app.dateline.engine.event.CompressorTraining;
import app.dateline.engine.event.compress.DeletionModel;
import app.dateline.engine.event.compress.DeletionTrainer.Example;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-compressor}: learns the deletion model of the {@code label} command from sentence/compression pairs. */
@Command(name = "train-compressor", mixinStandardHelpOptions = true,
        description = {"Learns the deletion model that labels a sentence with no date (the label command) from",
                "sentences and people's deletion-only compressions of them, one a line, and writes it as a model file.",
                "With --cv-out, also writes each sentence's label from a model trained without its fold (line i is",
                "in fold i mod --folds): the honest figure to score with compress_score.py."})
public final class TrainCompressorCommand implements Callable<Integer> {

    @Option(names = "--sentences", required = true, paramLabel = "FILE", description = "The sentences, one a line")
    private Path sentences;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Their compressions, one a line")
    private Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model trained on all the pairs")
    private Path out;

    @Option(names = "--cv-out", paramLabel = "FILE", description = "Where to write the cross-validated labels")
    private Path cvOut;

    @Option(names = "--oracle-out", paramLabel = "FILE",
            description = "Where to write each sentence's candidate closest to its compression (the ceiling of the chooser)")
    private Path oracleOut;

    @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default ${DEFAULT-VALUE})")
    private int folds;

    @Option(names = "--passes", defaultValue = "5", description = "Passes over the pairs (default ${DEFAULT-VALUE})")
    private int passes;

    @Option(names = "--keep-bonus", defaultValue = "0", description = "Added to the weight of keeping any token (default ${DEFAULT-VALUE})")
    private double keepBonus;

    @Override
    public Integer call() throws Exception {
        if (out == null && cvOut == null && oracleOut == null) {
            throw new CommandRefusedException(ExitCode.USAGE, "give --out, --cv-out or --oracle-out: nothing to write");
        }
        if (folds < 2 || passes < 1) {
            throw new CommandRefusedException(ExitCode.USAGE, "--folds must be at least 2 and --passes at least 1");
        }
        List<String> s = read("--sentences", sentences);
        List<String> g = read("--gold", gold);
        if (s.size() != g.size()) {
            throw new CommandRefusedException(ExitCode.USAGE, sentences + " has " + s.size() + " lines but " + gold + " has " + g.size()
                    + ": give one compression a sentence");
        }
        CompressorTraining training = new CompressorTraining(passes, keepBonus);
        List<Example> examples = training.examples(s, g);
        if (out != null) {
            DeletionModel model = training.train(examples);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            System.out.println("trained on " + examples.size() + " pairs: " + model.features() + " weights in " + out);
        }
        if (cvOut != null) {
            Files.write(cvOut, training.crossValidated(s, examples, folds), StandardCharsets.UTF_8);
            System.out.println(folds + "-fold cross-validated labels in " + cvOut);
        }
        if (oracleOut != null) {
            Files.write(oracleOut, training.oracle(s, examples), StandardCharsets.UTF_8);
            System.out.println("the candidates' oracle labels in " + oracleOut);
        }
        return ExitCode.OK.code();
    }

    /** The file's lines (a byte order mark dropped); one that cannot be read is refused, naming it (exit code 1). */
    private static List<String> read(String option, Path p) throws java.io.IOException, CommandRefusedException {
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, option + " " + p
                    + (Files.isDirectory(p) ? ": is a folder, not a file" : ": cannot be read (no such file, or no permission)"));
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l).toList();
    }
}
