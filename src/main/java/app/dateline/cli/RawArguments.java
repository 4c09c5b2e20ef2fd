package app.dateline.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments as typed, where the JVM lost them: under {@code LC_ALL=C} (or another locale that is not UTF-8)
 * Java decodes the command line as ASCII and a non-ASCII argument ({@code café.txt}) arrives as
 * {@code caf\uFFFD\uFFFD.txt}. On Linux the bytes are still in {@code /proc/self/cmdline}: an argument that is
 * UTF-8 there is taken from there. Elsewhere, or when they do not line up, the arguments stay as they are.
 */
final class RawArguments {

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private RawArguments() {
    }

    static String[] recover(String[] args) {
        if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8")) || !anyLost(args)) {
            return args;
        }
        try {
            return recover(args, Files.readAllBytes(CMDLINE));
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** {@code args} with each lost argument taken from the raw command line (NUL-separated), when they line up. */
    static String[] recover(String[] args, byte[] cmdline) {
        List<byte[]> raw = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                raw.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            raw.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        if (raw.size() < args.length) {
            return args;
        }
        List<byte[]> mine = raw.subList(raw.size() - args.length, raw.size());
        String[] out = args.clone();
        for (int i = 0; i < args.length; i++) {
            String typed = utf8(mine.get(i));
            if (typed == null || !ascii(typed).equals(ascii(args[i]))) {
                return args; // they do not line up: trust nothing
            }
            out[i] = typed;
        }
        return out;
    }

    private static boolean anyLost(String[] args) {
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0 || a.indexOf('?') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII letters of an argument other than '?', which is what a lost character becomes. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().filter(c -> c < 0x80 && c != '?').forEach(c -> b.append((char) c));
        return b.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
