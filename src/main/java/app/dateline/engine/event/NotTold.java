package app.dateline.engine.event;

import app.dateline.engine.syntax.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates a sentence names without telling an event: a date asked about in a direct question ("Did you get the bug
 * last year?", a forecast's question "will I need my umbrella tomorrow?"), a date whose event's subject is the reader
 * or anyone ("You can read the full speech here", "before you can predict tomorrow's weather") and the dates of a
 * sentence not in English
 * (a scraped page's "Última actualización: jueves, 11 de junio de 2009"), of which no label can be made. The
 * question words ({@code /dateline/labels/question-words.txt}), the reader's pronouns
 * ({@code /dateline/labels/reader-pronouns.txt}) and the other languages' words
 * ({@code /dateline/labels/other-languages.txt}) are data.
 */
final class NotTold {

    static final String QUESTION_WORDS = "/dateline/labels/question-words.txt";
    static final String OTHER_LANGUAGES = "/dateline/labels/other-languages.txt";
    static final String READER_PRONOUNS = "/dateline/labels/reader-pronouns.txt";
    static final String SHORT_WORDS = "/dateline/labels/english-short-words.txt";
    static final String COMPARISON_WORDS = "/dateline/labels/comparison-words.txt";

    private static final Set<String> QUESTION = WordList.load(QUESTION_WORDS);
    private static final Set<String> VERBS = part("verb ");
    private static final Set<String> WH = part("wh ");
    /** "how", "whether", ...: open a question told after "is" ("The question was whether ..."; ClauseTrimmer). */
    static final Set<String> TOLD = part("told ");
    private static final Set<String> LEADS = part("lead ");
    private static final Set<String> FOREIGN = WordList.load(OTHER_LANGUAGES);
    private static final Set<String> READER = WordList.load(READER_PRONOUNS);
    private static final Set<String> SHORT = WordList.load(SHORT_WORDS);
    private static final Set<String> COMPARISON = WordList.load(COMPARISON_WORDS);
    /** "since" right before the date, with an article or an edge of the period between ("since the", "since early"). */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:(?:the|early|late|mid)[\\s-]+)?$");
    /** The edge of the clause before "since": a comma, semicolon, colon, dash or bracket. */
    private static final Pattern CLAUSE_EDGE = Pattern.compile("[,;:()\\[\\]\u2014\u2013]|\\s-\\s");
    /** How many words before "since" may hold the comparison. */
    static final int COMPARISON_REACH = 12;
    /** Words after a date that make it no noun's modifier ("since 1968 and", "since April when"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "but", "or", "nor", "as", "when", "while", "that",
            "which", "who", "with", "in", "on", "at", "for", "to", "of", "by", "from", "after", "before", "because", "until",
            "than", "the", "a", "an", "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its", "they",
            "he", "she", "we", "i", "this", "there", "so", "despite", "amid", "according");

    /** A word, with an apostrophe inside ("isn't", "didn’t"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    /** Where a clause may open a question: a quotation mark, colon, semicolon, dash or bracket (and a comma, for verbs). */
    private static final Pattern OPENER = Pattern.compile("[\"“”«(:;,]|\\s[-–—]+\\s");
    /** A sentence's end: "?" or "!", or a full stop after a word of two letters or more (not "U.S."). */
    private static final Pattern STOP = Pattern.compile("[?!]|(?<=[\\p{Ll}\\d]{2})\\.(?=\\s|$)");
    /** So many words of another language, and a third of the words or more, make a sentence not English. */
    static final int FOREIGN_WORDS = 3;
    /** So many fragments of one or two letters, and a third of the words or more, make a sentence text that lost its letters. */
    static final int FRAGMENTS = 4;

    private NotTold() {
    }

    private static Set<String> part(String prefix) {
        return QUESTION.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Why the date at {@code begin..end} of {@code sentence}, told by {@code label}, tells no event, or null when it
     * may tell one.
     */
    static NoEvent why(String sentence, int begin, int end, String label) {
        if (begin < 0 || end > sentence.length() || begin > end) {
            return null;
        }
        if (notEnglish(sentence)) {
            return NoEvent.NOT_ENGLISH;
        }
        if (dateAlone(sentence, begin, end)) {
            return NoEvent.DATE_ALONE;
        }
        if (sentence.indexOf('?', end) >= 0 && asked(sentence, begin, end)) {
            return NoEvent.ASKED;
        }
        if (addressed(label)) {
            return NoEvent.ADDRESSED;
        }
        return compared(sentence, begin, end) ? NoEvent.COMPARED : null;
    }

    /**
     * The date follows "since" and a word of comparison-words.txt stands in the clause before it ("for the first time
     * since 20 April", "its lowest level since 1996"), and the date qualifies no noun after it ("since the 20 April
     * explosion" dates the explosion).
     */
    static boolean compared(String sentence, int begin, int end) {
        int window = Math.max(0, begin - 24);
        Matcher since = SINCE.matcher(sentence.substring(window, begin));
        if (!since.find()) {
            return false;
        }
        Matcher next = WORD.matcher(sentence).region(end, sentence.length());
        if (next.find() && sentence.substring(end, next.start()).isBlank() && Character.isLowerCase(next.group().charAt(0))
                && !FUNCTION_WORDS.contains(next.group())) {
            return false; // "since the 20 April explosion": the date is the noun's
        }
        int at = window + since.start();
        int from = 0;
        Matcher edge = CLAUSE_EDGE.matcher(sentence).region(0, Math.max(0, at));
        while (edge.find()) {
            from = edge.end();
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher word = WORD.matcher(sentence).region(from, Math.max(from, at));
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        for (int i = Math.max(0, words.size() - COMPARISON_REACH); i < words.size(); i++) {
            String w = words.get(i);
            if (COMPARISON.contains(w) || w.endsWith("n't") && COMPARISON.contains("n't")) {
                return true;
            }
        }
        return false;
    }

    /** No letter outside the date: the sentence is the date alone ("January 2010.", "10.45am-6.30"). */
    static boolean dateAlone(String sentence, int begin, int end) {
        return (sentence.substring(0, begin) + sentence.substring(end)).codePoints().noneMatch(Character::isLetter);
    }

    /** The label's subject is the reader or anyone: its first word is a pronoun of reader-pronouns.txt ("You can ..."). */
    static boolean addressed(String label) {
        Matcher first = WORD.matcher(label == null ? "" : label);
        return first.lookingAt() && READER.contains(first.group().toLowerCase(Locale.ROOT));
    }

    /**
     * At least {@link #FOREIGN_WORDS} words of another language, or {@link #FRAGMENTS} fragments of one or two letters
     * that are no English words (a text whose accented letters the scrape lost), and a third of the sentence's words
     * or more.
     */
    static boolean notEnglish(String sentence) {
        Matcher m = WORD.matcher(sentence);
        int words = 0;
        int foreign = 0;
        int fragments = 0;
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (FOREIGN.contains(w)) {
                foreign++;
            } else if (w.length() <= 2 && !SHORT.contains(w) && !m.group().equals(m.group().toUpperCase(Locale.ROOT))
                    && !(m.end() < sentence.length() && sentence.charAt(m.end()) == '.')) { // "p.m.", "J. K.": abbreviations
                fragments++;
            }
        }
        return foreign >= FOREIGN_WORDS && foreign * 3 >= words || fragments >= FRAGMENTS && fragments * 3 >= words;
    }

    /**
     * The date stands in a direct question: the stretch of the sentence that holds it ends with "?", and a clause of
     * that stretch before the date opens with a question word (a verb, or a wh-word where no relative clause can
     * open), past "so", "and", "but".
     */
    static boolean asked(String sentence, int begin, int end) {
        Matcher stop = STOP.matcher(sentence);
        int from = 0;
        String ending = null;
        while (stop.find()) {
            if (stop.end() <= begin) {
                from = stop.end();
            } else if (stop.start() >= end) {
                ending = stop.group();
                break;
            }
        }
        if (!"?".equals(ending)) {
            return false;
        }
        if (opensQuestion(sentence, from, begin, true)) {
            return true;
        }
        Matcher opener = OPENER.matcher(sentence).region(from, begin);
        while (opener.find()) {
            boolean comma = opener.group().equals(",");
            if (opensQuestion(sentence, opener.end(), begin, !comma)) {
                return true;
            }
        }
        return false;
    }

    /** The first word from {@code at} (past lead words) is a question word; wh-words only when {@code wh}. */
    private static boolean opensQuestion(String sentence, int at, int limit, boolean wh) {
        Matcher word = WORD.matcher(sentence).region(at, limit);
        while (word.find()) {
            if (!sentence.substring(at, word.start()).matches("[\\s\"“”'‘’«(]*")) {
                return false; // a number or a mark before the first word
            }
            String w = word.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (LEADS.contains(w)) {
                at = word.end();
                continue;
            }
            return VERBS.contains(w) || wh && WH.contains(w);
        }
        return false;
    }
}
