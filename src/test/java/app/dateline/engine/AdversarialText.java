package app.dateline.engine;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text built to trouble a date tagger: long runs of digits, month and weekday names in every case and
 * abbreviation, date punctuation, words of the rules ("ago", "BC", "early"), mixed scripts, emoji (surrogate
 * pairs), combining marks, odd white space, and any characters at all.
 */
public final class AdversarialText {

    private static final List<String> DATE_WORDS = List.of(
            "January", "jan", "Jan.", "FEB", "February", "March", "march", "Mar.", "May", "may", "June", "Sept.", "December",
            "Monday", "mon", "Tue.", "Thursday", "Sun", "sunday", "today", "yesterday", "tomorrow", "noon", "midnight",
            "Christmas", "Easter", "ago", "later", "earlier", "last", "next", "this", "the", "of", "in", "on", "at", "since",
            "early", "mid", "late", "mid-", "the year", "BC", "B.C.", "AD", "BCE", "year", "years", "week", "month", "decade",
            "century", "quarter", "spring", "fall", "summer", "winter", "1990s", "'90s", "’80s", "fiscal", "every", "each",
            "a.m.", "p.m.", "pm", "am", "1st", "2nd", "3rd", "31st", "32nd", "twenty", "dozen", "few", "several", "for",
            "$", "%", "million", "percent", "now", "once", "past", "future", "previously", "tonight", "weekend", "Q3");
    private static final List<String> PUNCTUATION = List.of(
            ",", ".", "/", ":", "-", "–", "—", "'", "’", "\"", "“", "”", "(", ")", "[", "]", ";", "!", "?", "...", "#", "&", "\\");
    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2028", "");

    private AdversarialText() {
    }

    /** One piece of trouble. */
    public static Arbitrary<String> token() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(DATE_WORDS)),
                Tuple.of(4, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(400)),
                Tuple.of(3, Arbitraries.of(PUNCTUATION)),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMinLength(1).ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u4E00', '\u4FFF').ofMinLength(1).ofMaxLength(4)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(6)),
                Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDF8", "e\u0301", "\u200F", "\u200B", "\uFEFF")),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(4)),
                Tuple.of(1, Arbitraries.of(DATE_WORDS).list().ofMinSize(5).ofMaxSize(60).map(l -> String.join(" ", l))),
                Tuple.of(1, Arbitraries.integers().between(1, 40).map(n -> "1, ".repeat(n * 10))));
    }

    /** Pieces with white space between them: up to a few thousand characters. */
    public static Arbitrary<String> text() {
        Arbitrary<String> piece = Combinators.combine(token(), Arbitraries.of(SPACES)).as((t, s) -> t + s);
        return piece.list().ofMinSize(0).ofMaxSize(120).map(l -> String.join("", l));
    }
}
