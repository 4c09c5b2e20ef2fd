package app.dateline.engine.article;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names are data: how a path is named in records ({@code source}) and messages.
 * <p>
 * A name is taken from its bytes on disk, not from the Java string (which holds U+FFFD for bytes that are not
 * text in the system's encoding, and so names no file). When those bytes are UTF-8 with no control characters,
 * the name is the path as given. Otherwise it is escaped reversibly: a byte that is not UTF-8 and a control
 * character (C0, DEL, C1: terminal escape sequences, line breaks) are written {@code \xNN}, each byte of the
 * character, and a backslash {@code \\}, so no raw escape sequence reaches a terminal and no message is split.
 */
public final class SourceNames {

    /** True when the system names files in UTF-8, so a name's string holds its bytes exactly (or U+FFFD). */
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    private SourceNames() {
    }

    /** The name of {@code path}, as given (relative stays relative), escaped when it must be. */
    public static String of(Path path) {
        String given = path.toString();
        if (UTF8_NAMES && given.indexOf('\uFFFD') < 0 && !hasControl(given)) {
            return given; // the common case: the string is the bytes, decoded
        }
        byte[] raw = rawBytes(path);
        if (raw == null) {
            return escapeControls(path.toString());
        }
        return ofBytes(raw);
    }

    /** The name of a path whose bytes are {@code raw}. */
    static String ofBytes(byte[] raw) {
        String text = strictUtf8(raw);
        if (text != null && !hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length) {
            int n = sequenceLength(raw, i);
            if (n == 0) {
                hex(out, raw[i]);
                i++;
                continue;
            }
            String c = new String(raw, i, n, StandardCharsets.UTF_8);
            if (c.equals("\\")) {
                out.append("\\\\");
            } else if (isControl(c.codePointAt(0))) {
                for (int k = 0; k < n; k++) {
                    hex(out, raw[i + k]);
                }
            } else {
                out.append(c);
            }
            i += n;
        }
        return out.toString();
    }

    /**
     * A name or message for a terminal: control characters written {@code \xNN} (UTF-8 bytes), nothing else
     * changed. Applied to every problem message.
     */
    public static String escapeControls(String text) {
        if (text == null || !hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (isControl(cp)) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    hex(out, b);
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean isControl(int cp) {
        return cp < 0x20 || cp >= 0x7f && cp <= 0x9f;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void hex(StringBuilder out, byte b) {
        out.append(String.format("\\x%02X", b & 0xff));
    }

    /**
     * The path's bytes as the system holds them (each name element through a URI, which keeps them exactly),
     * or null where paths are not Unix paths.
     */
    public static byte[] rawBytes(Path path) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Path root = path.getRoot();
            if (root != null) {
                if (!root.toString().equals("/")) {
                    return null; // not a Unix path: its string is what there is
                }
                out.write('/');
            }
            for (int i = 0; i < path.getNameCount(); i++) {
                if (i > 0) {
                    out.write('/');
                }
                String uri = Path.of("/").resolve(path.getName(i)).toUri().getRawPath();
                byte[] element = percentDecode(uri);
                int from = 1; // the leading "/"
                int to = element.length;
                if (to > from && element[to - 1] == '/') {
                    to--; // a folder at the root of that name
                }
                out.write(element, from, to - from);
            }
            if (path.toString().endsWith("/") && path.getNameCount() > 0) {
                out.write('/');
            }
            return out.toByteArray();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static String strictUtf8(byte[] raw) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) {
            return 0;
        }
        return strictUtf8(java.util.Arrays.copyOfRange(b, i, i + n)) != null ? n : 0;
    }
}
