package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import app.dateline.engine.files.TestDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second round of bad input (issue 10) through the commands: items 1, 2, 5, 10, 11, 12, 15 and 17. */
class BadInputRoundTwoCommandTest {

    // The title and a sentence start as spreadsheet formulas (item 5): the title is the export's Group cell.
    private static final String ARTICLE = "---\ntitle: '=HYPERLINK(\"http://evil\",\"t\")'\npublished: 2024-03-05\n---\nIn late January, Xi accepted the credentials.\n"
            + "=HYPERLINK(\"http://evil\",\"x\") The envoys met on 15 August 2021.\n";

    @TempDir
    Path dir;

    /** Runs a command with standard output going to {@code stdout}. */
    static synchronized ExtractCommandTest.Run runInto(OutputStream stdout, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, false, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DatelineCommand.run(args);
            return new ExtractCommandTest.Run(exit, "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("a.txt"), ARTICLE);
    }

    private static void assertPlainWords(String err) {
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Cannot invoke").doesNotContain("null");
    }

    // 1 and 11: a failed write fails loudly, with exit code 3.
    @Test
    void extractToAFullDiskFailsWithExitCode3() throws Exception {
        Path full = TestDevices.full(dir);
        try (FileOutputStream devFull = new FileOutputStream(full.toFile())) {
            for (String format : List.of("jsonl", "json", "csv")) {
                ExtractCommandTest.Run run = runInto(devFull, "extract", "--no-cache", "--format", format, article().toString());
                assertThat(run.exit()).as(format).isEqualTo(3);
                assertThat(run.err()).as(format).contains("dateline extract: standard output could not be written");
                assertPlainWords(run.err());
            }
        }
    }

    @Test
    void exportToABrokenStandardOutputOrAFullDiskFailsWithExitCode3() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ExtractCommandTest.Run run = runInto(broken, "export", "--format", "json", "--out", "-", article().toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("dateline export: standard output could not be written");
        assertPlainWords(run.err());

        Path devFull = TestDevices.full(dir);
        ExtractCommandTest.Run full = ExtractCommandTest.run("export", "--format", "json", "--out", devFull.toString(), article().toString());
        assertThat(full.exit()).isEqualTo(3);
        assertThat(full.err()).contains("dateline export: " + devFull + " could not be written: No space left on device");
        assertThat(Files.isRegularFile(devFull)).as("the device is still a device").isFalse();
        assertPlainWords(full.err());
    }

    // 2 and 17: --out is looked at first; a folder or a read-only file is refused in one sentence.
    @Test
    void aFolderOrReadOnlyOutIsRefusedBeforeAnyWork() throws Exception {
        ExtractCommandTest.Run slash = ExtractCommandTest.run("export", "--format", "json", "--out", "/", article().toString());
        assertThat(slash.exit()).isEqualTo(3);
        assertThat(slash.err().strip()).isEqualTo("dateline export: /: is a folder; give a file name");

        Path keep = Files.writeString(dir.resolve("keep.json"), "precious");
        Files.setPosixFilePermissions(keep, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        ExtractCommandTest.Run ro = ExtractCommandTest.run("export", "--format", "json", "--out", keep.toString(), article().toString());
        assertThat(ro.exit()).isEqualTo(3);
        assertThat(ro.err().strip()).isEqualTo("dateline export: " + keep + ": is read-only; make it writable (chmod u+w) or choose another file");
        assertThat(Files.readString(keep)).isEqualTo("precious");
    }

    // 5: formulas in CSV cells are neutralised in both CSV outputs.
    @Test
    void csvCellsAreNeverFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractCommandTest.Run run = runInto(out, "extract", "--no-cache", "--format", "csv", article().toString());
        assertThat(run.exit()).isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\") The envoys met on 15 August 2021.\",")
                .doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");

        Path sheet = dir.resolve("sheet.csv");
        ExtractCommandTest.Run export = ExtractCommandTest.run("export", "--format", "csv", "--out", sheet.toString(), article().toString());
        assertThat(export.exit()).isZero();
        String exported = Files.readString(sheet);
        assertThat(exported).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    // 15: --dct outside the years 1 to 9999 is a usage error.
    @Test
    void aDctOutsideTheYearsOneTo9999IsAUsageError() throws Exception {
        for (String dct : List.of("0000-01-01", "+10000-01-01", "-0001-06-01")) {
            ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", "--dct", dct, article().toString());
            assertThat(run.exit()).as(dct).isEqualTo(2);
            assertThat(run.err()).as(dct).contains("'" + dct + "' is outside the years 1 to 9999");
            assertThat(run.out()).isEmpty();
        }
        assertThat(ExtractCommandTest.run("extract", "--no-cache", "--dct", "0001-01-01", article().toString()).exit()).isZero();
    }

    // 17: --width NaN.
    @Test
    void aWidthThatIsNotANumberIsAUsageError() throws Exception {
        for (String width : List.of("NaN", "Infinity", "-1")) {
            ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", dir.resolve("t.png").toString(), "--width", width,
                    article().toString());
            assertThat(run.exit()).as(width).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("dateline export-png: --width must be between 200 and 20000 pixels");
        }
        assertThat(dir.resolve("t.png")).doesNotExist();
    }

    // 17: a PNG on a full disk is one sentence and exit code 3.
    @Test
    void aPngOnAFullDiskIsOneSentence() throws Exception {
        Path devFull = TestDevices.full(dir);
        ExtractCommandTest.Run run = ExtractCommandTest.run("export-png", "--out", devFull.toString(), "--width", "400", article().toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("dateline export-png: " + devFull + " could not be written: No space left on device");
        assertThat(Files.isRegularFile(devFull)).as("the device is still a device").isFalse();
    }

    // 11: a damaged project is named with words, never the Java exception's text.
    @Test
    void aDamagedProjectIsDescribedInWords() throws Exception {
        Path project = Files.writeString(dir.resolve("p.dateline.json"),
                "{\"format\": \"dateline-project\", \"version\": 1, \"corpus\": [\"a.txt\"], \"hidden\": [{\"sources\": null}]}");
        article();
        ExtractCommandTest.Run run = ExtractCommandTest.run("export", "--format", "json", "--out", "-", "--project", project.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("dateline export: project " + project + ": a field is missing or wrong at hidden[0]");
        assertPlainWords(run.err().replace("project", ""));
        assertThat(run.err()).doesNotContain("EventRef").doesNotContain("coll");
    }

    // 12: a mistyped command with no display is a usage error.
    @Test
    void aMistypedCommandIsAUsageErrorNotAWindow() {
        assertThat(DatelineCommand.mistyped(new String[] {"extrct", "corpus"}, false))
                .isEqualTo("dateline: unknown command 'extrct'; did you mean 'extract'? (see dateline --help)");
        assertThat(DatelineCommand.mistyped(new String[] {"exprot", "corpus"}, true))
                .isEqualTo("dateline: unknown command 'exprot'; did you mean 'export'? (see dateline --help)");
        assertThat(DatelineCommand.mistyped(new String[] {"nonsense-words"}, false)).contains("unknown command 'nonsense-words'");
        assertThat(DatelineCommand.mistyped(new String[] {dir.toString()}, false)).contains("there is no display");
        assertThat(DatelineCommand.mistyped(new String[] {dir.toString()}, true)).isNull();
        assertThat(DatelineCommand.mistyped(new String[0], true)).isNull();
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(DatelineCommand.refuseWindow(new String[] {"extrct", "corpus"}, false)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("dateline: unknown command 'extrct'; did you mean 'extract'? (see dateline --help)\n");
    }

    // 10: control characters in a name are escaped; a name that is not UTF-8 stays usable.
    @Test
    void fileNamesAreDataInMessagesAndRecords() throws Exception {
        Path evil = dir.resolve("evil\u001b[31mred\nline.txt");
        Files.write(evil, new byte[0]);
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).doesNotContain("\u001b").contains("skipped " + dir + "/evil\\x1B[31mred\\x0Aline.txt: is empty");
        assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).matches("(skipped|warning) .+: .+"));
    }

    @Test
    void aNameThatIsNotUtf8IsEscapedReversiblyInSource() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf 'bad\\377\\033.txt')\"", "sh", ARTICLE)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "cannot make a file with such a name here");
        ExtractCommandTest.Run run = ExtractCommandTest.run("extract", "--no-cache", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"source\":\"" + dir + "/bad\\\\xFF\\\\x1B.txt\"").doesNotContain("\uFFFD");
        assertThat(app.dateline.engine.article.SourceNames.of(Files.list(dir).filter(f -> f.toString().contains("bad")).findFirst().orElseThrow()))
                .isEqualTo(dir + "/bad\\xFF\\x1B.txt");
    }
}
