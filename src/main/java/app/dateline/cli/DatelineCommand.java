package app.dateline.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar dateline.jar COMMAND ...}: the command line face of Dateline. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds every dated event in a folder of news articles. With no COMMAND it opens the window "
                + "on the folders and files given (or on corpus/).", ""},
        commandListHeading = "%nCommands:%n",
        footer = {"", "'dateline help COMMAND' shows a command's options. Documentation: README.md."},
        subcommands = {ExtractCommand.class, ExportCommand.class, ExportPngCommand.class, BenchCommand.class,
                BenchCorpusCommand.class, BenchTimelineCommand.class, BenchStartupCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class DatelineCommand implements Runnable {

    private static final Set<String> ENTRY_WORDS = Set.of("-h", "--help", "-V", "--version", "help");

    @Override
    public void run() {
        commandLine().usage(System.out);
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean wants(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return ENTRY_WORDS.contains(args[0]) || new CommandLine(new DatelineCommand()).getSubcommands().containsKey(args[0]);
    }

    /** The command line, with every command's description shown in full in the list. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DatelineCommand());
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script for dateline: source it, or put it in "
                        + "/usr/share/bash-completion/completions/dateline (the Debian package does).");
        cli.setUsageHelpLongOptionsMaxWidth(30);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    public static int run(String[] args) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dateline: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
