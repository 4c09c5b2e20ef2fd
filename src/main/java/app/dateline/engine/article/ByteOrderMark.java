package app.dateline.engine.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text in UTF-16 or UTF-32 announced by its byte order mark (Windows Notepad's "Unicode"). */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The charset a UTF-16 or UTF-32 byte order mark at the start names, or null (UTF-8's mark is read as UTF-8). */
    static Charset wideCharset(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The text (with its mark, which the reader skips); bytes that are not the charset become U+FFFD, with a warning. */
    static String decode(byte[] bytes, Charset charset, List<String> warnings) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("is not valid " + charset.name() + " throughout (as its byte order mark says); the bad bytes are read as \uFFFD");
            return new String(bytes, charset);
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
