package app.dateline.engine.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the terms it is compared by: words in lower case and stemmed, concept phrases
 * replaced by their concept, stop words dropped. Acronyms keep their case ("US", "UN") so that "US" is not
 * the stop word "us", and dotted ones are joined first ("U.S." is "US").
 */
public final class Tokenizer {

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019]\\p{L}+)?");

    private final Lexicon lexicon;

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Tokenizer() {
        this(Lexicon.english());
    }

    /** A term, the index of the word it starts at (stop words count as words) and that word's offset in the text. */
    public record Term(String text, int word, int offset) {

        /** True for a concept ("#power-change") rather than a word. */
        public boolean isConcept() {
            return text.startsWith("#");
        }
    }

    public List<String> terms(String text) {
        return positioned(text).terms().stream().map(Term::text).toList();
    }

    /** The terms of a text with their word positions, how many words the text has, and where each word starts. */
    public record Positioned(List<Term> terms, int words, int[] wordOffsets) {

        /** How many words start before {@code offset}. */
        public int wordsBefore(int offset) {
            int n = 0;
            while (n < wordOffsets.length && wordOffsets[n] < offset) {
                n++;
            }
            return n;
        }
    }

    public Positioned positioned(String text) {
        List<Word> words = words(text);
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Lexicon.Phrase phrase = phraseAt(words, i);
            if (phrase != null) {
                terms.add(new Term("#" + phrase.concept(), i, words.get(i).offset));
                // a gapped phrase takes its first word only: the words of the gap and after it count as themselves
                i += phrase.gapped() ? 1 : phrase.stems().size();
                continue;
            }
            Word w = words.get(i);
            if (!w.stop) {
                terms.add(new Term(w.stem, i, w.offset));
            }
            i++;
        }
        int[] offsets = new int[words.size()];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = words.get(k).offset;
        }
        return new Positioned(terms, words.size(), offsets);
    }

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*(?:['\u2019]s)?");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;]['\"\u2019\u201d)]*\\s+|[\"\u201c(]\\s*)$");

    /**
     * The names in a text, stemmed: capitalised words that do not open a sentence ("Biden", "Taliban",
     * "Kabul") and acronyms ("US" from "U.S."), without stop words (month and day names are stop words).
     * Two mentions of one event share at least one name: who did it, where, to whom.
     */
    public Set<String> names(String text) {
        return names(text, Set.of());
    }

    /**
     * As {@link #names(String)}, and a word that opens a sentence counts too when each of its terms is one of
     * {@code known}, the names its article writes ({@link #articleNames}): "Jackson died in June 2009 aged 50"
     * names Jackson in an article that writes "Michael Jackson" elsewhere, where "Police said" names no one.
     */
    public Set<String> names(String text, Set<String> known) {
        Set<String> out = new HashSet<>();
        text = joinAcronyms(text);
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String raw = withoutPossessive(m.group());
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            List<Term> terms = positioned(raw).terms();
            if (SENTENCE_START.matcher(before).find() && !isAcronym(raw)
                    && (known.isEmpty() || terms.isEmpty() || !terms.stream().allMatch(t -> known.contains(t.text())))) {
                continue;
            }
            for (Term t : terms) {
                out.add(t.text());
            }
        }
        return out;
    }

    /**
     * The names an article writes: the terms of its capitalised words that do not open a sentence
     * ({@link #names(String)}) and that it never writes in lower case ("Police" of "Los Angeles Police Department"
     * is no name in an article that also writes "police").
     */
    public Set<String> articleNames(String body) {
        Set<String> out = names(body);
        if (out.isEmpty()) {
            return out;
        }
        // each distinct word in lower case stemmed once: a body has a few hundred, and no phrase of the lexicon matters here
        Set<String> lower = new HashSet<>();
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            if (Character.isLowerCase(body.charAt(m.start()))) {
                lower.add(withoutPossessive(m.group()).toLowerCase(Locale.ROOT));
            }
        }
        for (String w : lower) {
            out.remove(Lexicon.stem(w));
        }
        return out;
    }

    /**
     * The stems of every capitalised word of a text, the one opening a sentence too ("President" in "President Ann
     * Smith visited..."): the words that may be a name or a title, not what happened.
     */
    public Set<String> capitalised(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME.matcher(joinAcronyms(text));
        while (m.find()) {
            for (Term t : positioned(withoutPossessive(m.group())).terms()) {
                out.add(t.text());
            }
        }
        return out;
    }

    private Lexicon.Phrase phraseAt(List<Word> words, int at) {
        for (Lexicon.Phrase p : lexicon.phrasesStartingWith(words.get(at).stem)) {
            List<String> stems = p.stems();
            if (p.gapped()) {
                if (gappedMatch(words, at, stems)) {
                    return p;
                }
                continue;
            }
            if (at + stems.size() > words.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < stems.size() && match; k++) {
                match = stems.get(k).equals(words.get(at + k).stem);
            }
            if (match) {
                return p;
            }
        }
        return null;
    }

    /** Whether the words after the first (at {@code at}) hold the phrase's rest within {@link Lexicon#GAP} words, no
     * word of the gap one that opens what was said ({@link Lexicon#breaksGap}) and no verb right after
     * them that makes them its subject ({@link Lexicon#opensClause}), and no word right before that tells it as not
     * (yet) done ({@link Lexicon#unrealises}). */
    private boolean gappedMatch(List<Word> words, int at, List<String> stems) {
        if (at > 0 && lexicon.unrealises(words.get(at - 1).stem)) {
            return false; // "on the verge of declaring a pandemic": not (yet) done
        }
        int rest = stems.size() - 1;
        for (int start = at + 1; start <= at + 1 + Lexicon.GAP && start + rest <= words.size(); start++) {
            if (start > at + 1 && lexicon.breaksGap(words.get(start - 1).stem)) {
                return false; // "declared that ...": what follows is what was said
            }
            boolean match = true;
            for (int k = 0; k < rest && match; k++) {
                match = stems.get(k + 1).equals(words.get(start + k).stem);
            }
            if (match) {
                int after = start + rest;
                // "declare a pandemic was imminent": the phrase is the subject of what was said
                return after >= words.size() || !lexicon.opensClause(words.get(after).stem);
            }
        }
        return false;
    }

    private record Word(String stem, boolean stop, int offset) {
    }

    /** "Biden's" is "Biden" (a hot path: no regular expression). */
    private static String withoutPossessive(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019'))) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** Two to five capital letters ({@code \p{Lu}{2,5}}). */
    private static boolean isAcronym(String word) {
        int n = word.length();
        if (n < 2 || n > 5) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.getType(word.charAt(i)) != Character.UPPERCASE_LETTER) {
                return false;
            }
        }
        return true;
    }

    /** "U.S." becomes "US  ": same length, so offsets still point into the text. */
    private static String joinAcronyms(String text) {
        if (text.indexOf('.') < 0) {
            return text; // nothing dotted to join
        }
        Matcher dotted = DOTTED_ACRONYM.matcher(text);
        StringBuilder joined = new StringBuilder();
        while (dotted.find()) {
            String letters = dotted.group().replace(".", "").toUpperCase(Locale.ROOT);
            dotted.appendReplacement(joined, Matcher.quoteReplacement(letters + " ".repeat(dotted.group().length() - letters.length())));
        }
        dotted.appendTail(joined);
        return joined.toString();
    }

    private List<Word> words(String text) {
        String joined = joinAcronyms(text);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(joined);
        while (m.find()) {
            String raw = withoutPossessive(m.group());
            if (isAcronym(raw)) {
                words.add(new Word(raw, lexicon.isStopAcronym(raw), m.start()));
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            boolean stop = lexicon.isStopWord(lower) || lower.length() < 2;
            words.add(new Word(Lexicon.stem(lower), stop, m.start()));
        }
        return words;
    }
}
