package app.dateline.engine.tagger;

import app.dateline.engine.rules.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense that governs an expression from the verbs next to it, not from the whole sentence: in
 * "Paribas said Monday that it intends to bid", "Monday" goes with "said", not with "intends". Marker words
 * come from the {@code tense} table ("will" → future, "said" → past, "since" → past); a word of more than
 * four letters ending in "-ed" counts as a past verb unless the table says NONE. A past participle right
 * after a future marker ("will be held") is future, and so is a verb after "to" and an intention ("agreed to
 * buy", "decided to admit": INTENT in the table). A modal ("could", "might": MODAL) before a verb points ahead
 * ("could reach the coast Saturday"); before "be", "have" or "not" it says nothing ("could be located Wednesday").
 *
 * "Ahead of" with no comma between it and the expression points ahead ("ahead of Senate hearings Tuesday"), also
 * before a possessive date ("ahead of Thursday's testimony"); after a comma it belongs to another phrase ("Just ahead
 * of Albright's trip, the State Department on Sunday issued"). "As early as" and "as soon as" right before it point
 * ahead. A deadline ("by Friday": NEXT_FUTURE in the table) points ahead unless a past verb stands right before it or,
 * when it opens the clause, first after the expression ("By Monday, tar balls were washing up"). An adverb in -ly
 * between "to be" and a participle leaves it future ("is scheduled to be officially released on Wednesday").
 *
 * <p>A relative clause set off by commas and away from the expression is an aside whose verbs govern nothing else: in
 * "On Tuesday his brothers, who will be taking part in the tribute, defended the decision" the date goes with
 * "defended" (RELATIVE words in the table open one: "who", "which"). One right after the expression ("on Friday,
 * which will be a holiday") tells of the date itself and is read; so is one that holds the expression.
 *
 * <p>The words to the left of the expression are read first, nearest first, up to the start of its clause;
 * then the words to its right up to the end of the clause, {@link #REACH} words each way (names on the left not counted,
 * a name of several words on the right counted as one).
 * The first marker decides. Without one the tense
 * is {@link Tense#PRESENT}, which the resolver reads as "unknown". A past perfect ("had", PERFECT in the table)
 * anywhere in reach makes it past before anything else: what it tells came before the telling.
 */
public final class TenseDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    /** How far from the expression a verb may stand and still govern it. */
    private static final int REACH = 8;
    /** How many words beyond the reach a future auxiliary ("will", "would") is still read. */
    private static final int BEYOND_REACH = 3;

    /** The forms of "to be" before a participle that make it a passive in the present ("is heard", "are held"). */
    private static final Set<String> PASSIVE = Set.of("is", "are", "am", "be", "being");

    /** Words after a modal that leave its time open: a passive, a perfect, a negation. */
    private static final Set<String> MODAL_SILENT = Set.of("be", "have", "not", "been");

    private final WordTable markers;

    public TenseDetector(WordTable markers) {
        this.markers = markers;
    }

    /** The tense that governs {@code [begin, end)} in {@code sentence}. */
    public Tense tense(String text, int begin, int end) {
        String sentence = withoutAsides(text, begin, end);
        int clauseStart = Math.max(Math.max(sentence.lastIndexOf(';', begin), sentence.lastIndexOf(':', begin)), 0);
        int semi = sentence.indexOf(';', end);
        int clauseEnd = semi < 0 ? sentence.length() : semi;
        // "get around Wednesday's ruling": a possessive date names a thing of its own, whose verb is to the right
        boolean possessive = sentence.startsWith("'s", end) || sentence.startsWith("’s", end);
        List<String> before = words(sentence.substring(clauseStart, Math.max(clauseStart, begin)));
        if (possessive && aheadOf(before, before.size() - 2)) {
            return Tense.FUTURE; // "ahead of Thursday's testimony": the thing of that day is still to come
        }
        List<String> left = possessive ? List.of() : before;
        List<String> right = words(sentence.substring(Math.min(end, clauseEnd), clauseEnd));
        if (perfect(left, left.size() - REACH, left.size()) || perfect(right, 0, REACH)) {
            return Tense.PAST; // "had filed reports by Wednesday", "Until Thursday, they had not called": before the telling
        }
        if (soonest(left)) {
            return Tense.FUTURE; // "could reach the delta as early as Friday evening", "as soon as Wednesday": not yet
        }
        if (!left.isEmpty() && "NEXT_FUTURE".equals(markers.value(lower(left.get(left.size() - 1))))) {
            // "by May", "through January": a deadline ahead, unless a past verb tells what had happened by then: the
            // verb right before it ("claimants who filed by Tuesday"), or, when it opens the clause, the first after it
            // ("By Monday, tar balls were washing up"; not in "double its flights by August in the search for new
            // markets untouched by the crisis")
            Tense verb = left.size() > 1 ? marker(left, left.size() - 2) : rightMarker(right);
            return verb == Tense.PAST ? Tense.PAST : Tense.FUTURE;
        }
        Tense t = null;
        // the words since the last comma: "ahead of" there governs the expression's phrase
        int phrase = left.size() - words(sentence.substring(Math.max(clauseStart, sentence.lastIndexOf(',', begin) + 1), Math.max(clauseStart, begin))).size();
        // to the left, names are passed over freely: "will let Prime Minister Benjamin Netanyahu of Israel ... meet Monday"
        int i = left.size() - 1;
        for (int reach = 0; i >= 0 && reach < REACH && t == null; i--) {
            // "speaking to reporters ahead of Senate hearings Tuesday": the hearings are still to come
            t = i >= phrase && aheadOf(left, i) ? Tense.FUTURE : hasTheDate(left, i) ? null : marker(left, i);
            reach += name(left.get(i)) ? 0 : 1;
        }
        // "will formally take over from Tony Hayward as the company's chief executive on Friday": a future auxiliary a
        // few words beyond the reach, with no other marker between, is that of the verb the reach ends near
        for (int k = 0; t == null && k < BEYOND_REACH && i >= 0; k++, i--) {
            String kind = contracted(lower(left.get(i)));
            if ("FUTURE".equals(kind)) {
                t = Tense.FUTURE;
            } else if (kind != null) {
                break;
            }
        }
        if (t == null) {
            t = rightMarker(right);
        }
        return t == null ? Tense.PRESENT : t;
    }

    /**
     * {@code sentence} with the words of each relative aside blanked out (its commas and offsets kept): a stretch
     * from a comma and a RELATIVE word to the next comma followed by a space, in one clause, that neither holds
     * {@code [begin, end)} nor starts right after it.
     */
    private String withoutAsides(String sentence, int begin, int end) {
        StringBuilder out = null;
        for (int comma = sentence.indexOf(','); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
            Matcher next = WORD.matcher(sentence).region(comma + 1, sentence.length());
            if (!next.find() || !sentence.substring(comma + 1, next.start()).isBlank()
                    || !"RELATIVE".equals(markers.value(lower(next.group())))) {
                continue;
            }
            int close = asideEnd(sentence, next.end());
            boolean holds = comma < end && close > begin;
            boolean ofTheDate = comma >= end && sentence.substring(end, comma).isBlank();
            if (close < 0 || holds || ofTheDate) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(sentence);
            }
            for (int i = comma + 1; i < close; i++) {
                out.setCharAt(i, ' ');
            }
            comma = close - 1;
        }
        return out == null ? sentence : out.toString();
    }

    /** The comma (followed by a space) that closes an aside going on from {@code from}, or -1 when its clause ends first. */
    private static int asideEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ';' || c == ':') {
                return -1;
            }
            if (c == ',' && i + 1 < sentence.length() && Character.isWhitespace(sentence.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The first marker to the right, within {@link #REACH} words (a name of several words counted as one), or null. */
    private Tense rightMarker(List<String> right) {
        Tense t = null;
        for (int i = 0, reach = 0; i < right.size() && reach < REACH && t == null; i++) {
            t = marker(right, i);
            reach += name(right.get(i)) && i + 1 < right.size() && name(right.get(i + 1)) ? 0 : 1;
        }
        return t;
    }

    /** Whether the words right before the expression are "as early as" or "as soon as": the soonest it may come. */
    private static boolean soonest(List<String> left) {
        int n = left.size();
        return n >= 3 && lower(left.get(n - 3)).equals("as") && lower(left.get(n - 1)).equals("as")
                && (lower(left.get(n - 2)).equals("early") || lower(left.get(n - 2)).equals("soon"));
    }

    /**
     * Whether word {@code i} on the left is a PAST_HAVE verb whose object is the date: "I got long weekend"
     * (Singlish "have"), the date right after it or after one word that is no determiner.
     */
    private boolean hasTheDate(List<String> left, int i) {
        int between = left.size() - 1 - i;
        return "PAST_HAVE".equals(markers.value(lower(left.get(i))))
                && (between == 0 || between == 1 && markers.value(lower(left.get(i + 1))) == null);
    }

    /** Whether {@code words[from, to)} hold a past perfect marker ("had"): PERFECT in the table. */
    private boolean perfect(List<String> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(words.size(), to); i++) {
            if ("PERFECT".equals(markers.value(lower(words.get(i))))) {
                return true;
            }
        }
        return false;
    }

    /** The tense word {@code i} of {@code words} signals, or null. */
    private Tense marker(List<String> words, int i) {
        String w = lower(words.get(i));
        String kind = contracted(w);
        if (w.equals("next") && i + 1 < words.size() && lower(words.get(i + 1)).equals("to")) {
            return null; // "a building next to the embassy": a place, not a time ahead
        }
        String previousKind = i > 0 ? markers.value(lower(words.get(i - 1))) : null;
        if ("INTENT_NOUN".equals(kind) && nounUse(words, i, previousKind)) {
            return null; // "set aside vacation plans for the trip": a thing, not an intention
        }
        if ("SCHEDULE".equals(kind)) {
            // "The trial resumes Monday": ahead; "the Plays of Shakespeare", "tax returns for 2009": things
            return nounUse(words, i, previousKind) ? null : Tense.FUTURE;
        }
        if ("MODAL".equals(kind)) {
            // "could make landfall Saturday": ahead; "could be located Wednesday", "could have", "could not": says nothing
            return i + 1 < words.size() && MODAL_SILENT.contains(lower(words.get(i + 1))) ? null : Tense.FUTURE;
        }
        if ("FUTURE".equals(kind) || kind != null && kind.startsWith("INTENT_") && !"INTENT_PAST".equals(kind)) {
            return Tense.FUTURE;
        }
        if (w.equals("to") && previousKind != null && previousKind.startsWith("INTENT")) {
            return Tense.FUTURE; // "decided to admit them in March": the admitting is ahead
        }
        boolean ed = kind == null && w.length() > 4 && w.endsWith("ed");
        if (ed && "DETERMINER".equals(previousKind)) {
            return null; // "a still unspecified date": an adjective, not a verb
        }
        if ("PAST".equals(kind) || "PAST_HAVE".equals(kind) || "PERFECT".equals(kind) || "INTENT_PAST".equals(kind) || ed) {
            // "will be held", "to be published": a participle after a future marker is future.
            int verb = i; // "to be officially released": an adverb in -ly between "be" and the participle is passed over
            while (verb > 1 && adverb(lower(words.get(verb - 1)))) {
                verb--;
            }
            for (int j = verb - 1; j >= Math.max(0, verb - 3); j--) {
                String before = lower(words.get(j));
                String k = markers.value(before);
                boolean toBe = before.equals("to") && j == verb - 2 && lower(words.get(verb - 1)).equals("be");
                if ("FUTURE".equals(k) || "INTENT_FUTURE".equals(k) || toBe) {
                    return Tense.FUTURE;
                }
            }
            if (i > 0 && PASSIVE.contains(lower(words.get(i - 1)))) {
                return null; // "when the case is heard in May": a passive in the present, not a past verb
            }
            return Tense.PAST;
        }
        return null;
    }

    /** Whether words {@code i} and {@code i + 1} are "ahead of": what follows is still to come. */
    private static boolean aheadOf(List<String> words, int i) {
        return i >= 0 && i + 1 < words.size() && lower(words.get(i)).equals("ahead") && lower(words.get(i + 1)).equals("of");
    }

    /** An adverb of manner ("officially", "formally"): a word of more than four letters ending in "-ly". */
    private boolean adverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && markers.value(w) == null;
    }

    /**
     * Whether the plan or schedule word {@code i} ("plans", "plan": INTENT_NOUN in the table; "returns", "plays":
     * SCHEDULE) is a noun here: after a
     * determiner ("the plans", "its plan") or before "for" or "of" ("vacation plans for the trip"), unless
     * "to" follows ("its plan to pay"). "The group plans a march", "Kenya plans to pay" are verbs.
     */
    private boolean nounUse(List<String> words, int i, String previousKind) {
        String next = i + 1 < words.size() ? lower(words.get(i + 1)) : "";
        if (next.equals("to")) {
            return false;
        }
        return "DETERMINER".equals(previousKind) || next.equals("for") || next.equals("of");
    }

    /**
     * The table's kind of a word, or of its contracted ending when the word has none: "I'll", "we'll" are
     * "'ll" (future), as a marker of the table would be written on its own.
     */
    private String contracted(String w) {
        String kind = markers.value(w);
        int apostrophe = w.lastIndexOf('\'');
        if (kind == null && apostrophe > 0) {
            String ending = markers.value(w.substring(apostrophe));
            return "FUTURE".equals(ending) ? ending : null;
        }
        return kind;
    }

    /** A word with a capital that is not a marker of the table: a name, which does not use up the reach. */
    private boolean name(String w) {
        return Character.isUpperCase(w.charAt(0)) && markers.value(lower(w)) == null;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().replace('’', '\''));
        }
        return out;
    }
}
