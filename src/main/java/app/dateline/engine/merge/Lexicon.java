package app.dateline.engine.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The word lists the merger compares sentences with, kept as data beside the rule table
 * ({@code resources/dateline/merge/}): stop words, and concepts, the phrases news uses for the same kind of
 * event ("seized control", "overthrew", "return to power"). Words are stemmed with the Snowball English
 * stemmer (OpenNLP's), so a phrase covers its inflections.
 */
public final class Lexicon {

    private static final String FOLDER = "/dateline/merge/";
    private static volatile Lexicon english;

    private final Set<String> stopWords;
    /** Acronyms that are stop words as written (time zones, wire agencies: "EDT", "AFP"), kept apart from "US". */
    private final Set<String> stopAcronyms;
    private final Map<String, List<Phrase>> phrasesByFirstStem = new HashMap<>();
    /** Stems that end a gapped phrase's gap (gap-breaks.txt): "declared that ..." opens what was said. */
    private final Set<String> gapBreaks;
    /** Stems of verbs that, right after a gapped phrase, make it the subject of what was said (clause-verbs.txt). */
    private final Set<String> clauseVerbs;
    /** Stems that, right before a gapped phrase, make it not (yet) done (unrealised-before.txt): "verge of declaring". */
    private final Set<String> unrealisedBefore;
    /** Stems of words seen so far: the stemmer is cheap but not free, and news repeats its words. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    /**
     * One phrase of a concept as a run of stems, e.g. [return, to, power] for "power-change". A gapped phrase
     * ("declare ... pandemic" in the table) is its first word and then the rest, with up to {@link #GAP} words
     * between: "declared an influenza pandemic", "declared it a full pandemic".
     */
    record Phrase(String concept, List<String> stems, boolean gapped) {

        Phrase(String concept, List<String> stems) {
            this(concept, stems, false);
        }
    }

    /** The most words a gapped phrase lets between its first word and the rest. */
    static final int GAP = 4;
    private static final String GAP_MARK = "...";

    Lexicon(Set<String> stopWords, List<Phrase> phrases) {
        this(stopWords, Set.of(), phrases);
    }

    Lexicon(Set<String> stopWords, Set<String> stopAcronyms, List<Phrase> phrases) {
        this(stopWords, stopAcronyms, phrases, Set.of(), Set.of(), Set.of());
    }

    Lexicon(Set<String> stopWords, Set<String> stopAcronyms, List<Phrase> phrases, Set<String> gapBreaks,
            Set<String> clauseVerbs, Set<String> unrealisedBefore) {
        this.gapBreaks = Set.copyOf(gapBreaks);
        this.clauseVerbs = Set.copyOf(clauseVerbs);
        this.unrealisedBefore = Set.copyOf(unrealisedBefore);
        this.stopWords = Set.copyOf(stopWords);
        this.stopAcronyms = Set.copyOf(stopAcronyms);
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((Phrase p) -> p.stems().size()).reversed()); // longest match first
        for (Phrase p : sorted) {
            phrasesByFirstStem.computeIfAbsent(p.stems().get(0), k -> new ArrayList<>()).add(p);
        }
    }

    /** The lexicon in resources/dateline/merge, read once. */
    public static Lexicon english() {
        Lexicon l = english;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (english == null) {
                    english = load();
                }
                l = english;
            }
        }
        return l;
    }

    private static Lexicon load() {
        Set<String> stop = new HashSet<>();
        for (String line : lines("stopwords.txt")) {
            stop.add(line.toLowerCase(Locale.ROOT));
        }
        List<Phrase> phrases = new ArrayList<>();
        for (String line : lines("concepts.tsv")) {
            String[] cols = line.split("\t", 2);
            if (cols.length != 2) {
                throw new IllegalStateException("concepts.tsv: expected 'concept<TAB>phrase | phrase': " + line);
            }
            for (String phrase : cols[1].split("\\|")) {
                phrases.add(phrase(cols[0].strip(), phrase));
            }
        }
        return new Lexicon(stop, Set.copyOf(lines("stop-acronyms.txt")), phrases, stems("gap-breaks.txt"),
                stems("clause-verbs.txt"), stems("unrealised-before.txt"));
    }

    private static Set<String> stems(String list) {
        Set<String> out = new HashSet<>();
        for (String line : lines(list)) {
            out.add(stem(line.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** One phrase of the table: its words stemmed; "first ... rest" makes a gapped phrase (one gap, after the first word). */
    static Phrase phrase(String concept, String text) {
        List<String> stems = new ArrayList<>();
        boolean gapped = false;
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.equals(GAP_MARK)) {
                if (stems.size() != 1 || gapped) {
                    throw new IllegalStateException("concepts.tsv: a gap '...' comes once, after the first word: " + text);
                }
                gapped = true;
            } else {
                stems.add(stem(word));
            }
        }
        if (gapped && stems.size() < 2) {
            throw new IllegalStateException("concepts.tsv: a gap '...' needs words after it: " + text);
        }
        return new Phrase(concept, stems, gapped);
    }

    /** The lines of a word list of resources/dateline/merge, stripped, without blank lines and comments. */
    static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Snowball (Porter2) stem of a lower-case word. The stemmer keeps state, so one per new word. */
    static String stem(String word) {
        if (STEMS.size() > 200_000) {
            STEMS.clear(); // a bound, for very large corpora
        }
        return STEMS.computeIfAbsent(word, w -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(w).toString());
    }

    boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord);
    }

    /** True for an acronym (as written, in capitals) that says nothing about the event: a time zone, a wire agency. */
    boolean isStopAcronym(String acronym) {
        return stopAcronyms.contains(acronym);
    }

    /** True for a stem that ends a gapped phrase's gap ("that": what follows is what was said). */
    boolean breaksGap(String stem) {
        return gapBreaks.contains(stem);
    }

    /** True for a verb that, right after a gapped phrase, opens a clause: the phrase is what was said. */
    boolean opensClause(String stem) {
        return clauseVerbs.contains(stem);
    }

    /** True for a word that, right before a gapped phrase, makes it not (yet) done ("on the verge of declaring"). */
    boolean unrealises(String stem) {
        return unrealisedBefore.contains(stem);
    }

    /** The phrases that start with this stem, longest first. */
    List<Phrase> phrasesStartingWith(String stem) {
        return phrasesByFirstStem.getOrDefault(stem, List.of());
    }
}
