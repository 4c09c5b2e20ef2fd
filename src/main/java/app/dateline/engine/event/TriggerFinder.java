package app.dateline.engine.event;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the word that names the event a date is about, from the sentence's tags and phrases:
 * <ul>
 *   <li>a date inside a noun phrase dates its head when that is an event noun ("Xi's January <b>ceremony</b>",
 *       "the 1989 <b>election</b>"; event nouns in {@code resources/dateline/syntax/event-nouns.txt}), else the
 *       verb the phrase is the subject of ("third-quarter profit <b>rose</b>");</li>
 *   <li>a date after its clause's verb dates that verb, the nearest one before it ("Blinken <b>met</b> with his
 *       counterpart on Thursday"), unless an event noun stands right before the date ("the <b>takeover</b> in
 *       August 2021");</li>
 *   <li>a date that opens its clause dates the first verb after it ("In late January, Xi Jinping
 *       <b>accepted</b>...").</li>
 * </ul>
 * Clauses end at semicolons, colons, dashes, brackets and relative pronouns; commas end them too unless
 * the date is right after the comma. Thread-safe.
 */
public final class TriggerFinder {

    private static final Set<String> EVENT_NOUNS = load("/dateline/syntax/event-nouns.txt");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "(", ")", "\u2014", "\u2013", "-LRB-", "-RRB-");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must");
    private final Lemmatizer lemmatizer = new Lemmatizer();

    /**
     * @param begin the date's first character, sentence offsets
     * @param end   exclusive
     * @return the trigger with body offsets, or null when the sentence names no event for it
     */
    public Trigger find(ParsedSentence s, int begin, int end) {
        int t = index(s, begin, end);
        if (t < 0) {
            return null;
        }
        Token w = s.tokens().get(t);
        return new Trigger(w.text(), s.offset() + w.begin(), s.offset() + w.end(), lemmatizer.lemma(w));
    }

    /** The trigger's token index, or -1. */
    public int index(ParsedSentence s, int begin, int end) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return -1;
        }
        int ds = s.tokenAt(begin);
        int de = ds;
        while (de + 1 < tokens.size() && tokens.get(de + 1).begin() < end) {
            de++;
        }
        if (ds >= tokens.size()) {
            return -1;
        }
        // Inside a noun phrase whose head comes after the date: "Xi's January ceremony", "the 1989 election".
        int c = s.chunkOf(de);
        int headAfter = -1;
        if (c >= 0) {
            Chunk chunk = s.chunks().get(c);
            if (chunk.isNounPhrase() && chunk.head() > de) {
                headAfter = chunk.head();
            }
        }
        if (headAfter >= 0) {
            if (isEventNoun(tokens.get(headAfter))) {
                return headAfter;
            }
            int right = verbRight(s, headAfter + 1);
            if (right >= 0) {
                return right;
            }
        }
        int left = left(s, ds);
        if (left >= 0) {
            return left;
        }
        return verbRight(s, de + 1);
    }

    /** The nearest verb or event noun before the date, within its clause. */
    private int left(ParsedSentence s, int ds) {
        List<Token> tokens = s.tokens();
        int i = ds - 1;
        // A preposition or determiner before the date ("in", "on", "since the"): skip it.
        while (i >= 0 && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("DT") || tokens.get(i).tag().equals("TO"))) {
            i--;
        }
        if (i >= 0 && isEventNoun(tokens.get(i)) && (i + 1 >= tokens.size() || !tokens.get(i + 1).tag().equals("POS"))) {
            return i;
        }
        for (; i >= 0; i--) {
            Token w = tokens.get(i);
            if (BOUNDARIES.contains(w.text()) || w.tag().startsWith("W") || w.text().equals(",")) {
                return -1;
            }
            if (w.isVerb() && isHead(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first main verb from token {@code from} on, within the clause (a comma right after a lead-in is passed). */
    private int verbRight(ParsedSentence s, int from) {
        List<Token> tokens = s.tokens();
        int commas = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token w = tokens.get(i);
            if (BOUNDARIES.contains(w.text())) {
                return -1;
            }
            if (w.text().equals(",") && ++commas > 2) {
                return -1;
            }
            if (w.isVerb() && isHead(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last verb of its verb group, and not an auxiliary left alone before a participle. */
    private boolean isHead(ParsedSentence s, int i) {
        int c = s.chunkOf(i);
        if (c < 0 || s.chunks().get(c).head() != i) {
            return false;
        }
        Token w = s.tokens().get(i);
        return !w.tag().equals("MD") || i + 1 >= s.tokens().size() || !AUXILIARIES.contains(lemmatizer.lemma(w));
    }

    boolean isEventNoun(Token w) {
        return w.isNoun() && !w.isProperNoun() && EVENT_NOUNS.contains(Lemmatizer.plural(w.lower()));
    }

    private static Set<String> load(String name) {
        try (InputStream in = TriggerFinder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
