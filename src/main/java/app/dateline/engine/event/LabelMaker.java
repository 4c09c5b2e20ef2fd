package app.dateline.engine.event;

import app.dateline.engine.syntax.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a short label for an event from its sentence: the sentence without the date phrase (and the
 * preposition that introduces it), without a short lead-in clause that only held the date ("In April, ..."),
 * without a linking word that opens it ("Thus, ...", "Even ..."; resources/dateline/labels/lead-words.txt), cut at
 * a clause or word boundary (no ellipsis). {@link HeadlineMaker} makes the labels; this is its fallback when a
 * sentence has no verb to build a headline on, and the label of events added by hand.
 */
public final class LabelMaker {

    static final int MAX_LENGTH = 72;
    /** Words of prepositions.txt that open clauses or name no time (data: timeless-prepositions.txt). */
    private static final java.util.Set<String> NOT_OF_TIME = WordList.load("/dateline/labels/timeless-prepositions.txt");
    /**
     * The preposition before the date and its "the": "in|on|...", "as of", "earlier in", and the other prepositions of
     * prepositions.txt ("He died before [1861]", "should be done within [three weeks]": a label never ends on one),
     * with the word that makes a time approximate ("left at about [3pm on Monday]").
     */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)(?:\\b(?:as of|earlier in|later in|"
            + WordList.load("/dateline/labels/prepositions.txt").stream().filter(w -> !NOT_OF_TIME.contains(w))
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\s+)?(?:\\b(?:" + String.join("|", new TreeSet<>(DateWords.ROUGHLY)) + ")\\s+)?(?:\\bthe\\s+)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?\\b");
    private static final Pattern LEAD_WORDS = leadWords();
    // Compiled once: a label is made for every event, so String.replaceAll's per-call compiling adds up.
    private static final Pattern STARTS_WITH_COMMA = Pattern.compile("^\\s*,\\s*");
    private static final Pattern STARTS_WITH_COLON = Pattern.compile("^\\s*:");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:!?])");
    private static final Pattern DOUBLE_COMMA = Pattern.compile(",\\s*,");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:\\-\u2014\u2013]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:\\-\u2014\u2013]+$");
    private static final Pattern BRACKET = Pattern.compile("\\s*[\\[\\]]");
    /** A word a cut label cannot end on (resources/dateline/labels/hanging-words.txt), with what joins it on. */
    private static final Pattern HANGING_WORD = Pattern.compile("[\\s,;:\\-\u2014\u2013]+(?:"
            + String.join("|", new TreeSet<>(WordList.load("/dateline/labels/hanging-words.txt")))
            + ")$", Pattern.CASE_INSENSITIVE);
    /** A label's final full stop or run of dots, and the word before it. */
    private static final Pattern FINAL_STOP = Pattern.compile("(\\S*?)(?:\\.+|\u2026)$");
    /** Initials with stops inside: "U.S", "a.m", "T.B". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}");
    private static final java.util.Set<String> ABBREVIATIONS = WordList.load("/dateline/labels/abbreviations.txt");
    private static final Pattern LEAD_IN = Pattern.compile("^[\\s\\p{Pi}\"']*(?:\\S+\\s+){0,5}?\\S*,\\s+");

    public String label(String sentence, int begin, int end) {
        String before = sentence.substring(0, begin);
        String following = sentence.substring(end);
        boolean possessive = POSSESSIVE.matcher(following).lookingAt();
        // a date that opens the sentence before a colon stamps an entry ("2125: Ezra Klein, WashingtonPost.com ..."): no subject
        boolean subject = before.isBlank() && !STARTS_WITH_COMMA.matcher(following).lookingAt()
                && !STARTS_WITH_COLON.matcher(following).lookingAt();
        if (possessive || subject) {
            // "last year’s summit", "March 2022 proved to be...": the date is part of the phrase; keep it.
            return tidy(sentence, sentence);
        }
        Matcher prep = PREPOSITION_BEFORE.matcher(before);
        int cut = prep.find() ? prep.start() : begin;
        String after = sentence.substring(end);
        String rest;
        if (before.substring(0, cut).isBlank() && STARTS_WITH_COMMA.matcher(after).lookingAt()) {
            rest = STARTS_WITH_COMMA.matcher(after).replaceFirst("");
        } else if (LEAD_IN.matcher(sentence).find() && sentence.indexOf(',') >= end && SPACES.split(before).length <= 6) {
            rest = sentence.substring(sentence.indexOf(',', end) + 1);
        } else {
            rest = sentence.substring(0, cut).stripTrailing() + " " + after.stripLeading();
        }
        return tidy(rest, sentence);
    }

    /** "Overall, ", "Thus, ", "Even ": one or more linking words at the start, with their comma. */
    private static Pattern leadWords() {
        try (InputStream in = LabelMaker.class.getResourceAsStream("/dateline/labels/lead-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dateline/labels/lead-words.txt");
            }
            String words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
            return Pattern.compile("^(?:(?:" + words + ")\\b,?\\s+)+", Pattern.CASE_INSENSITIVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The label without the full stop its sentence ended on ("... tribute concert in Cardiff." is no headline), nor an
     * author's trailing dots, but for an abbreviation's stop ("Belo Corp.", "the U.S.", "John F.").
     */
    static String withoutFinalStop(String label) {
        Matcher m = FINAL_STOP.matcher(label);
        if (!m.find()) {
            return label;
        }
        String word = m.group(1);
        boolean oneStop = m.end() - m.end(1) == 1 && label.charAt(m.end(1)) == '.';
        if (oneStop && (INITIALS.matcher(word).matches() || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)))) {
            return label;
        }
        return TRAILING_PUNCTUATION.matcher(label.substring(0, m.end(1))).replaceAll("").strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static String tidy(String text, String fallback) {
        String t = WireDateline.strip(SPACES.matcher(text).replaceAll(" "));
        t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
        t = DOUBLE_COMMA.matcher(t).replaceAll(",");
        t = LEADING_PUNCTUATION.matcher(t).replaceAll("");
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("")
                .strip();
        String unlinked = LEAD_WORDS.matcher(t).replaceFirst("");
        if (unlinked.length() >= 12) {
            t = unlinked;
        }
        if (count(t, '[') != count(t, ']')) {
            t = BRACKET.matcher(t).replaceAll("");
        }
        if (t.length() < 12) {
            t = WireDateline.strip(SPACES.matcher(fallback).replaceAll(" ").strip());
        }
        if (t.length() > MAX_LENGTH) {
            // At the last clause boundary that leaves a label, else the last word: never an ellipsis.
            int comma = Math.max(t.lastIndexOf(", ", MAX_LENGTH), t.lastIndexOf("; ", MAX_LENGTH));
            int space = t.lastIndexOf(' ', MAX_LENGTH);
            int cut = comma > MAX_LENGTH / 3 ? comma : space > MAX_LENGTH / 2 ? space : MAX_LENGTH;
            t = TRAILING_PUNCTUATION.matcher(t.substring(0, cut)).replaceAll("").strip();
            // "…tethered to the notion that": the words that lead into what the cut left out go too.
            for (Matcher m = HANGING_WORD.matcher(t); m.find() && m.start() > MAX_LENGTH / 3; m = HANGING_WORD.matcher(t)) {
                t = t.substring(0, m.start());
            }
        }
        t = withoutFinalStop(t);
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
            t = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        }
        return t;
    }
}
