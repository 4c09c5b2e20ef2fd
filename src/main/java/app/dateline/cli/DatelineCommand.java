package app.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar dateline.jar COMMAND ...}: the command line face of Dateline. Exit codes: {@link ExitCode}.
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds every dated event in a folder of news articles. With no COMMAND it opens the window "
                + "on the folders and files given (or on corpus/).", ""},
        commandListHeading = "%nCommands:%n",
        footer = {"", "'dateline help COMMAND' shows a command's options. Documentation: README.md."},
        subcommands = {ExtractCommand.class, ExportCommand.class, KeyDatesCommand.class, ExportPngCommand.class, BenchCommand.class,
                BenchCorpusCommand.class, BenchTimelineCommand.class, BenchStartupCommand.class, LabelCommand.class, TrainCompressorCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class DatelineCommand implements Runnable {

    private static final Set<String> ENTRY_WORDS = Set.of("-h", "--help", "-V", "--version", "help");

    /**
     * The commands' names, so that telling a command from a path to open needs no command line model: building
     * it reflects on every command, which the window's start (in a JVM that may only start another one) does not
     * need. In the order of the command list; a test checks them against {@link #commandLine()}.
     */
    static final List<String> COMMANDS = List.of("extract", "export", "key-dates", "export-png", "bench", "bench-corpus",
            "bench-timeline", "bench-startup", "label", "train-compressor", "help", "generate-completion");

    @Override
    public void run() {
        commandLine().usage(System.out);
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean wants(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return ENTRY_WORDS.contains(args[0]) || COMMANDS.contains(args[0]);
    }

    /** The command line, with every command's description shown in full in the list. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DatelineCommand());
        cli.registerConverter(LocalDate.class, new DateArgument());
        cli.registerConverter(Path.class, PathArgument::convert);
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script for dateline: source it, or put it in "
                        + "/usr/share/bash-completion/completions/dateline (the Debian package does).");
        cli.setUsageHelpLongOptionsMaxWidth(30);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    public static int run(String[] args) {
        args = RawArguments.recover(args);
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CommandRefusedException refused) {
                cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + refused.getMessage());
                return refused.exitCode().code();
            }
            cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + Failures.describe(e));
            if (Boolean.getBoolean("dateline.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return ExitCode.FAILURE.code();
        });
        return cli.execute(args);
    }

    /**
     * When the window is not what the arguments can mean, the usage error to print instead of opening it (a
     * GTK error without a display): the first argument is not a file or folder and either looks like a
     * mistyped command ({@code extrct}) or there is no display to open a window on. Null: open the window.
     */
    static String mistyped(String[] args, boolean display) {
        if (args.length == 0 || args[0].startsWith("-") && !display) {
            return display ? null : "dateline: there is no display to open the window on; the commands need none (see dateline --help)";
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return "dateline: unknown option '" + first + "' (see dateline --help)";
        }
        if (exists(first)) {
            return display ? null : "dateline: there is no display to open the window on " + first
                    + "; the commands need none: dateline extract " + first + " (see dateline --help)";
        }
        String near = nearestCommand(first);
        if (near != null) {
            return "dateline: unknown command '" + first + "'; did you mean '" + near + "'? (see dateline --help)";
        }
        return display ? null : "dateline: unknown command '" + first + "', and it is not a file or folder either (see dateline --help)";
    }

    /** Prints {@link #mistyped}'s message and returns the usage code, or returns -1 to open the window. */
    public static int refuseWindow(String[] args, boolean display) {
        String problem = mistyped(args, display);
        if (problem == null) {
            return -1;
        }
        System.err.println(problem.replaceAll("\\p{Cntrl}", "?"));
        return ExitCode.USAGE.code();
    }

    /** True on Linux and other X11 systems when DISPLAY or WAYLAND_DISPLAY is set (or Monocle is asked for). */
    public static boolean hasDisplay() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The command a word is a typo of (at most two edits, or a prefix of it), or null. */
    static String nearestCommand(String word) {
        String best = null;
        int bestDistance = 3;
        for (String name : COMMANDS) {
            int d = name.startsWith(word) && word.length() >= 3 ? 1 : distance(word.toLowerCase(java.util.Locale.ROOT), name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
