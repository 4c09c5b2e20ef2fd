package app.dateline.engine.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text saved without a byte order mark (some Windows tools and exports do): every other byte is NUL,
 * which would otherwise make the file look binary. Recognised only when the NULs fall on one side of nearly every
 * pair in the first 8 KB and on the other side almost never, and the whole file decodes as that UTF-16 into text
 * with few control characters.
 */
final class UnmarkedUtf16 {

    private static final int SAMPLE = 8192;

    private UnmarkedUtf16() {
    }

    /** The text, or null when the bytes are not UTF-16 text without a mark. */
    static Decoded decode(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        int nulFirst = 0;
        int nulSecond = 0;
        for (int i = 0; i < pairs; i++) {
            nulFirst += bytes[2 * i] == 0 ? 1 : 0;
            nulSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        Charset charset;
        if (nulSecond * 10 >= pairs * 6 && nulFirst * 50 <= pairs) {
            charset = StandardCharsets.UTF_16LE;
        } else if (nulFirst * 10 >= pairs * 6 && nulSecond * 50 <= pairs) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int n = Math.min(text.length(), SAMPLE / 2);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 20 ? null : new Decoded(text, charset);
    }

    record Decoded(String text, Charset charset) {
        String warning() {
            return "has no byte order mark but is " + charset.name() + " text; read as " + charset.name();
        }
    }
}
