package app.dateline.engine.article;

import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads one article file: UTF-8 text (a byte order mark is skipped; text that is not UTF-8 is read as
 * Windows-1252 with a warning), optional YAML front matter, and the body after it. HTML files are turned into
 * text with the markup removed. When the front matter gives no date, a date line in the text is used, then
 * the fallback date given by the caller ({@code --dct}), else the date stays unknown.
 */
public final class ArticleReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Articles above this size are refused with a message rather than read: a 100 MB article already needs
     * about 1 GB of memory to tag (its text, sentences, mentions and events); beyond, the machine decides.
     */
    public static final long MAX_BYTES = 100_000_000L;

    private final LocalDate fallbackDate;
    private final long maxBytes;
    private final FileSnapshot files;
    private final Supplier<LocalDate> today;

    public ArticleReader() {
        this(null);
    }

    /** @param fallbackDate the article date to use when the file gives none, or null */
    public ArticleReader(LocalDate fallbackDate) {
        this(fallbackDate, MAX_BYTES);
    }

    /** @param maxBytes larger files are refused with a message naming their size */
    public ArticleReader(LocalDate fallbackDate, long maxBytes) {
        this(fallbackDate, maxBytes, new FileSnapshot());
    }

    ArticleReader(LocalDate fallbackDate, long maxBytes, FileSnapshot files) {
        this(fallbackDate, maxBytes, files, LocalDate::now);
    }

    /** @param today the day a date is in the future of (for the warning only) */
    ArticleReader(LocalDate fallbackDate, long maxBytes, FileSnapshot files, Supplier<LocalDate> today) {
        this.fallbackDate = fallbackDate;
        this.maxBytes = maxBytes;
        this.files = files;
        this.today = today;
    }

    /** The article date used when a file gives none, or null. */
    public LocalDate fallbackDate() {
        return fallbackDate;
    }

    public Article read(Path path) throws ArticleReadException {
        String source = SourceNames.of(path);
        FileSnapshot.Snapshot snapshot;
        try {
            // A look at the file before each read: a folder, a pipe or a device is not read; a file too large is refused.
            snapshot = files.read(path, maxBytes, attrs -> {
                if (attrs.isDirectory()) {
                    throw new ArticleReadException(source, "is a folder, not an article");
                }
                if (!attrs.isRegularFile()) {
                    // A named pipe or a device: reading it could wait for ever.
                    throw new ArticleReadException(source, "is not a regular file (a pipe or a device); skipped");
                }
                if (attrs.size() > maxBytes) {
                    throw tooLarge(source, attrs.size());
                }
            });
        } catch (ArticleReadException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ArticleReadException(source, "does not exist (it may have been moved or deleted)", e);
        } catch (AccessDeniedException e) {
            throw new ArticleReadException(source, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ArticleReadException(source, "cannot be read: " + describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new ArticleReadException(source, "is too large to read into the memory available", e);
        }
        byte[] bytes = snapshot.bytes();
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        if (!snapshot.changing()) {
            return read(source, bytes);
        }
        // Still being written: say so, rather than call a half-written file empty or read a torn one silently.
        Article article;
        try {
            article = read(source, bytes);
        } catch (ArticleReadException e) {
            throw new ArticleReadException(source, CHANGING + "; " + e.problem() + " at the moment it was read: open it again when it is complete", e);
        }
        List<String> warnings = new ArrayList<>(article.warnings());
        warnings.add(0, CHANGING + "; read as it stood then (" + String.format(Locale.ROOT, "%,d", bytes.length)
                + " bytes): open it again when it is complete");
        return new Article(article.source(), article.title(), article.publisher(), article.published(), article.dateOrigin(),
                article.body(), warnings);
    }

    /** The words for a file that changed during every attempt to read it. */
    static final String CHANGING = "changed while it was read (" + FileSnapshot.ATTEMPTS + " tries; is it still being written?)";

    private ArticleReadException tooLarge(String source, long size) {
        return new ArticleReadException(source, "is too large (" + megabytes(size) + "); Dateline reads articles of up to "
                + megabytes(maxBytes) + ": split it into smaller files");
    }

    /** An I/O failure in words, without the exception's class name or a repeat of the path. */
    static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (e instanceof ClosedByInterruptException) {
            return "reading was interrupted";
        }
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        return reason.replaceAll("\\s+", " ").strip();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Reads an article from its bytes; {@code source} names it in messages. */
    public Article read(String source, byte[] bytes) throws ArticleReadException {
        List<String> warnings = new ArrayList<>();
        if (bytes.length == 0) {
            throw new ArticleReadException(source, "is empty");
        }
        String text;
        Charset wide = ByteOrderMark.wideCharset(bytes);
        if (wide != null) {
            // UTF-16 or UTF-32 with a byte order mark: text, although half its bytes are NUL
            text = ByteOrderMark.decode(bytes, wide, warnings);
        } else {
            UnmarkedUtf16.Decoded utf16 = looksBinary(bytes) ? UnmarkedUtf16.decode(bytes) : null;
            if (utf16 != null) {
                warnings.add(utf16.warning());
                text = utf16.text();
            } else if (looksBinary(bytes)) {
                throw new ArticleReadException(source, "is not a text file (it looks binary, e.g. an image or a document format)");
            } else {
                text = decode(bytes, warnings);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleReadException(source, "has no text");
        }
        // An HTML file may start with front matter, read as for text; what looks like front matter inside the
        // HTML body is only markup and never sets the article's date or title.
        FrontMatter front = FrontMatter.split(text);
        String body = front.body();
        String dateLines = body;
        boolean page = !isHtml(source) && HtmlText.looksLikePage(body);
        if (isHtml(source) || page) {
            body = HtmlText.toText(body);
            dateLines = body.substring(FrontMatter.blockEnd(body));
        }
        if (body.isBlank()) {
            throw new ArticleReadException(source, text.length() > front.body().length()
                    ? "has no text after its front matter" : "has no text");
        }
        warnings.addAll(front.warnings());
        if (page) {
            warnings.add("is an HTML page although its name does not end in .html or .htm; read as HTML, the markup removed");
        }
        Dated d = dated(front.published(), dateLines, warnings);
        return new Article(source, front.title(), front.publisher(), d.date(), d.origin(), body, warnings);
    }

    /**
     * An article given as fields (a row of an archive: JSON Lines, Parquet) rather than as a file: the text is
     * the body as it is (no front matter is looked for, no HTML is removed). Without a date, the date line in the
     * text, then the fallback date, is used, as for a file.
     *
     * @param published the article date, or null
     */
    public Article fromFields(String source, String title, String publisher, String published, String text)
            throws ArticleReadException {
        if (text == null || text.isBlank()) {
            throw new ArticleReadException(source, "has no text");
        }
        List<String> warnings = new ArrayList<>();
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            String p = published.strip();
            try {
                date = LocalDate.parse(p.length() > 10 && (p.charAt(10) == 'T' || p.charAt(10) == ' ') ? p.substring(0, 10) : p);
            } catch (java.time.format.DateTimeParseException e) {
                warnings.add("'published: " + (p.length() <= 40 ? p : p.substring(0, 39) + "\u2026")
                        + "' is not a valid date (YYYY-MM-DD); the article date is unknown");
            }
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                warnings.add("'published: " + date + "' is outside the years 1 to 9999; the article date is unknown");
                date = null;
            }
        }
        return fromFields(source, title, publisher, date, text, warnings);
    }

    private Article fromFields(String source, String title, String publisher, LocalDate published, String text,
                               List<String> warnings) {
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        Dated d = dated(published, body, warnings);
        return new Article(source, stripped(title), stripped(publisher), d.date(), d.origin(), body, warnings);
    }

    /** The article's date and where it came from: given, else a date line in the text, else the fallback date. */
    private Dated dated(LocalDate given, String dateLines, List<String> warnings) {
        if (given != null) {
            return future(new Dated(given, DateOrigin.FRONT_MATTER), warnings);
        }
        LocalDate line = DateLineFinder.find(dateLines).orElse(null);
        if (line != null) {
            return future(new Dated(line, DateOrigin.DATE_LINE), warnings);
        }
        return fallbackDate != null ? new Dated(fallbackDate, DateOrigin.GIVEN) : new Dated(null, DateOrigin.UNKNOWN);
    }

    /**
     * An article date the file gives that is later than tomorrow (a typo, a wrong year, a date line that is an
     * event's date) gets a warning; the date is kept as written, so the output does not depend on the day it is
     * read: only the warning does.
     */
    private Dated future(Dated d, List<String> warnings) {
        LocalDate today = this.today.get();
        if (d.date().isAfter(today.plusDays(1))) {
            warnings.add("its date " + d.date() + " (from its " + d.origin().description() + ") is in the future (today is "
                    + today + "); relative dates are read against it as written");
        }
        return d;
    }

    private record Dated(LocalDate date, DateOrigin origin) {
    }

    private static String stripped(String s) {
        return s == null ? null : s.strip();
    }

    private static String decode(byte[] bytes, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            warnings.add("is not UTF-8; read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** NUL bytes or many control characters in the first 8 KB: an image, a PDF, an archive. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    static boolean isHtml(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }
}
