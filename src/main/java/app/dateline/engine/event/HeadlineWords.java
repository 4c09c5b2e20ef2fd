package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.QuotationMarks;
import app.dateline.engine.syntax.WordList;
import java.util.Set;

/** The word classes the headline rules share: clause stops, quotes, finite tags and the word lists kept as data. */
final class HeadlineWords {

    static final Set<String> STOPS = Set.of(",", ";", ":", "--", "(", ")", "[", "]", "\u2014", "\u2013", "-", "?", "!");
    /** Double quotation marks and the single ones that open a quotation ("\u2019" is an apostrophe too: "BP\u2019s"). */
    static final Set<String> QUOTES = java.util.stream.Stream.concat(QuotationMarks.DOUBLE.stream(), Set.of("\u2018", "'").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    static final Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");
    static final Set<String> SUBORDINATORS = WordList.load("/dateline/syntax/subordinators.txt");
    static final Set<String> TITLES = WordList.load("/dateline/syntax/titles.txt");
    /** A noun and the preposition or "to" that opens what it is of ("ban on", "work on", "plan to"). */
    static final Set<String> NOUN_COMPLEMENTS = WordList.load("/dateline/labels/noun-complements.txt");
    /** A verb and the preposition whose phrase it cannot stand without ("rely on"; data: preposition-verbs.txt). */
    static final Set<String> PREPOSITION_VERBS = WordList.load("/dateline/labels/preposition-verbs.txt");
    /** Occasions of saying, a noun or a word and its noun (data: labels/saying-occasions.txt). */
    static final Set<String> OCCASIONS = WordList.load("/dateline/labels/saying-occasions.txt");

    /** Verbs a label cannot end on and the small words between them and what they lead to (data: auxiliaries.tsv). */
    private static final String AUXILIARY_TABLE = "/dateline/labels/auxiliaries.tsv";
    private static final java.util.Map<String, Set<String>> AUXILIARY_CLASSES = WordList.loadClasses(AUXILIARY_TABLE);
    /** Auxiliaries by lemma: "be", "have", "do" and the modals. */
    static final Set<String> AUXILIARIES = WordList.wordClass(AUXILIARY_CLASSES, AUXILIARY_TABLE, "auxiliary");
    /** The small words between an auxiliary and what it leads to ("not", "as", "very"). */
    static final Set<String> AFTER_AUXILIARY = WordList.wordClass(AUXILIARY_CLASSES, AUXILIARY_TABLE, "between");

    /** Whether token {@code i} is the noun of an occasion of saying ("testimony", "press conference"). */
    static boolean occasionAt(ParsedSentence s, int i) {
        String word = s.tokens().get(i).lower();
        return OCCASIONS.contains(word) || i > 0 && OCCASIONS.contains(s.tokens().get(i - 1).lower() + " " + word);
    }

    private HeadlineWords() {
    }

    /**
     * Whether token {@code t} is a hyphen inside a word ("42-year-old", "6-level" are split at it): written with no
     * space on either side, between a letter or digit (or an abbreviation: "U.S.-backed") and another.
     */
    static boolean hyphen(ParsedSentence s, int t) {
        if (t <= 0 || t + 1 >= s.tokens().size() || !s.tokens().get(t).text().equals("-")) {
            return false;
        }
        var before = s.tokens().get(t - 1);
        var after = s.tokens().get(t + 1);
        var me = s.tokens().get(t);
        String left = before.text();
        // "U.S.-backed": an abbreviation's full stop stands for its last letter
        char last = left.length() > 1 && left.endsWith(".") ? left.charAt(left.length() - 2) : left.charAt(left.length() - 1);
        return before.end() == me.begin() && me.end() == after.begin() && Character.isLetterOrDigit(last)
                && Character.isLetterOrDigit(after.text().charAt(0));
    }

    /**
     * Whether the token at {@code i} opens what follows a colon, past the quotation marks between ("said: "We will
     * pay""): the colon's index, or -1.
     */
    static int colonBefore(java.util.List<app.dateline.engine.syntax.Token> tokens, int i) {
        int before = i - 1;
        while (before >= 0 && QUOTES.contains(tokens.get(before).text())) {
            before--;
        }
        return before >= 0 && tokens.get(before).text().equals(":") ? before : -1;
    }

    /** Whether a verb stands before token {@code t}: a phrase there is no fronted adverbial's. */
    /** Whether a verb is a form of "be" ("was", "is"; "'s" as a verb, which may also be "has"). */
    static boolean formOfBe(app.dateline.engine.syntax.Token verb) {
        return app.dateline.engine.syntax.Lemmatizer.verb(verb.lower()).equals("be") || verb.lower().equals("'s") && verb.tag().startsWith("VB");
    }

    static boolean verbBefore(java.util.List<app.dateline.engine.syntax.Token> tokens, int t) {
        for (int i = 0; i < t; i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "to" at {@code to} joins two numbers into one range ("300,000 [to] 400,000 pigs", "8 million [to] 9 million"). */
    static boolean numberRange(java.util.List<app.dateline.engine.syntax.Token> tokens, int to) {
        return to > 0 && to + 1 < tokens.size() && tokens.get(to).tag().equals("TO") && tokens.get(to - 1).tag().equals("CD")
                && tokens.get(to + 1).tag().equals("CD");
    }

    /** Whether the tokens {@code first..last} are all proper nouns: a name ("BP", "Tony Hayward"). */
    static boolean isName(java.util.List<app.dateline.engine.syntax.Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code t} is inside a noun phrase. */
    static boolean nounPhraseAt(ParsedSentence s, int t) {
        int c = t >= 0 && t < s.tokens().size() ? s.chunkOf(t) : -1;
        return c >= 0 && s.chunks().get(c).isNounPhrase();
    }
}
