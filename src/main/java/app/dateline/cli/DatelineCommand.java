package app.dateline.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar dateline.jar COMMAND ...}: the command line face of Dateline. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds every dated event in a folder of news articles.",
        subcommands = {ExtractCommand.class, ExportCommand.class, ExportPngCommand.class, BenchCommand.class,
                BenchCorpusCommand.class, BenchTimelineCommand.class, LabelCommand.class})
public final class DatelineCommand implements Runnable {

    private static final Set<String> ENTRY_WORDS = Set.of("-h", "--help", "-V", "--version", "help");

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean wants(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return ENTRY_WORDS.contains(args[0]) || new CommandLine(new DatelineCommand()).getSubcommands().containsKey(args[0]);
    }

    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new DatelineCommand());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dateline: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
