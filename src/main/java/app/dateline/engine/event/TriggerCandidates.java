package app.dateline.engine.event;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.QuotationMarks;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a sentence that could be a date's trigger, each with the features {@link TriggerRanker} weighs:
 * every verb head and event noun outside the date, the rules' own choice, and the words of {@link #kinds} (a predicate
 * of "be", the date's noun, the noun before the date, an "-ing" noun). The features say what the word is
 * (part of speech, event noun, a class of {@code ranker-classes.tsv}: light, aspectual, reporting, intent, "be"),
 * where it stands (side and distance from the date, commas, boundaries, wh-words, quotes, verbs and subordinators
 * between, the date's preposition), what is nearest, the date's shape and kind (quarter, now, day, month, year),
 * and whether and where the rules chose it. No other word of a text is a feature. What does not depend on the date
 * is computed once a sentence ({@link SentenceClasses}). Thread-safe.
 */
final class TriggerCandidates {

    /** A candidate: its token index, whether the rules chose it, and its features (each is on or absent). */
    record Candidate(int index, boolean rule, List<String> features) {
    }

    private static final Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");
    private static final Set<String> INTENT = WordList.load("/dateline/syntax/intent-verbs.txt");
    private static final Set<String> MEASURES = WordList.load("/dateline/syntax/measure-nouns.txt");
    private static final Set<String> LISTED = WordList.load("/dateline/syntax/event-nouns.txt");
    private static final Map<String, Set<String>> CLASSES =
            WordList.loadClasses("/dateline/syntax/ranker-classes.tsv");
    private static final Set<String> LIGHT = CLASSES.get("light");
    private static final Set<String> ASPECTUAL = CLASSES.get("aspectual");
    private static final Set<String> SUBORDINATORS = CLASSES.get("subordinator");
    private static final Set<String> DATE_PREPOSITIONS = CLASSES.get("date-preposition");
    private static final Set<String> PARTICLES = CLASSES.get("predicate-particle");
    /** Lower-case words inside names ("Dar es Salaam"): TriggerFinder.isVerbHead leaves them out between proper nouns. */
    static final Set<String> NAME_PARTICLES = CLASSES.get("name-particle");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "(", ")", "\u2014", "\u2013", "-LRB-", "-RRB-");
    private static final Set<String> QUOTES = QuotationMarks.DOUBLE;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private static final List<String> DATE_KINDS = List.of("quarter", "now", "day", "month");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private final TriggerFinder finder;
    /** The marks of the words between a candidate and the date, by bit (SentenceClasses.between). */
    private static final Set<String> RELATIVE_DAYS = Set.of("today", "yesterday", "tomorrow", "tonight");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose");
    static final String[] BETWEEN = {"bound", "wh", "quote", "cc", "subBetween"};
    /** The bit of "subBetween" in {@link #BETWEEN}. */
    private static final int SUBORDINATOR_MARK = 16;
    /** The bits of "bound", "wh", "quote" and "cc" in {@link #BETWEEN}: marks that end a clause between two words. */
    private static final int CLAUSE_MARKS = 1 | 2 | 4 | 8;
    private static final String[][] DISTANCES = {
        {"Ldist=1", "Ldist=2", "Ldist=3-4", "Ldist=5-8", "Ldist=9-16", "Ldist=17+"},
        {"Rdist=1", "Rdist=2", "Rdist=3-4", "Rdist=5-8", "Rdist=9-16", "Rdist=17+"}};
    private static final String[] COMMAS = {"commas=0", "commas=1", "commas=2"};
    private static final String[] VERBS_BETWEEN = {"verbsBetween=0", "verbsBetween=1", "verbsBetween=2"};
    private final Lemmatizer lemmatizer = new Lemmatizer();
    private final ThreadLocal<SentenceClasses> last = new ThreadLocal<>();

    TriggerCandidates(TriggerFinder finder) {
        this.finder = finder;
    }

    /**
     * @param ds   the date's first token
     * @param de   its last token
     * @param rule the rules' choice, or -1
     */
    List<Candidate> of(ParsedSentence p, int ds, int de, int rule) {
        SentenceClasses sc = classesOf(p);
        List<Token> t = p.tokens();
        int n = t.size();
        boolean[] verbs = sc.verbs;
        boolean[] nouns = sc.nouns;
        int verbLeft = -1;
        int verbRight = -1;
        int nounLeft = -1;
        int firstFinite = -1;
        for (int i = 0; i < n; i++) {
            verbLeft = verbs[i] && i < ds ? i : verbLeft;
            verbRight = verbs[i] && i > de && verbRight < 0 ? i : verbRight;
            nounLeft = nouns[i] && i < ds ? i : nounLeft;
            firstFinite = verbs[i] && firstFinite < 0 && FINITE.contains(t.get(i).tag()) ? i : firstFinite;
        }
        String[] kinds = kinds(sc, ds, de);
        String dateKind = dateKind(sc, ds, de);
        int dateKindIndex = ALL_DATE_KINDS.indexOf(dateKind);
        boolean opens = true;
        for (int k = 0; k < ds; k++) {
            String tag = t.get(k).tag();
            opens &= tag.equals("IN") || tag.equals("DT") || tag.equals("RB");
        }
        String prep = ds > 0 && (t.get(ds - 1).tag().equals("IN") || t.get(ds - 1).tag().equals("TO")) ? t.get(ds - 1).lower() : "none";
        String prepClass = DATE_PREPOSITIONS.contains(prep) ? prep : prep.equals("none") ? "none" : "other";
        // the date's own features, named once a date for each side
        String[][] dateSide = new String[2][];
        for (int side = 0; side < 2; side++) {
            String dir = side == 0 ? "L" : "R";
            List<String> d = new ArrayList<>(6);
            d.add("prep=" + prepClass + "_" + dir);
            flag(d, "dateOpens_" + dir, opens);
            flag(d, "dateRB_" + dir, ds == de && t.get(ds).tag().startsWith("RB"));
            flag(d, "dateAfterComma_" + dir, ds > 0 && t.get(ds - 1).text().equals(","));
            flag(d, "dateBeforeComma_" + dir, de + 1 < n && t.get(de + 1).text().equals(","));
            flag(d, "dateEnds_" + dir, de + 1 >= n || t.get(de + 1).isPunctuation() && !t.get(de + 1).text().equals(","));
            dateSide[side] = d.toArray(String[]::new);
        }
        String[] dateKindSide = {"dk=" + dateKind + "&L", "dk=" + dateKind + "&R"};
        boolean possDate = de + 1 < n && t.get(de + 1).tag().equals("POS");
        boolean[] dateWords = dateWords(sc);
        int opener = frontedOpener(sc, ds, de);
        int[] relative = datedRelative(sc, ds, de);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Token w = t.get(i);
            boolean verb = verbs[i];
            boolean noun = nouns[i];
            String kind = kinds[i];
            if (i >= ds && i <= de || !verb && !noun && i != rule && kind == null) {
                continue;
            }
            // every name below is distinct, so a list keeps them once, in the order the weights are summed
            List<String> x = new ArrayList<>(32);
            if (kind != null) {
                x.add("kind=" + kind);
            }
            boolean left = i < ds;
            int side = left ? 0 : 1;
            String tag = w.tag();
            String cls = sc.cls[i];
            x.add(sc.clsFeature[i]);
            x.add(DATE_KIND_NAMES.computeIfAbsent(cls, TriggerCandidates::dateKindNames)[dateKindIndex]);
            x.add(dateKindSide[side]);
            int dist = left ? ds - i : i - de;
            x.add(DISTANCES[side][dist <= 1 ? 0 : dist <= 2 ? 1 : dist <= 4 ? 2 : dist <= 8 ? 3 : dist <= 16 ? 4 : 5]);
            x.add(left ? "left" : "right");
            int commas = 0;
            int verbsBetween = 0;
            int between = 0;
                for (int k = Math.min(i, ds) + 1; k < Math.max(i, de); k++) {
                if (k >= ds && k <= de) {
                    continue;
                }
                commas += sc.comma[k] ? 1 : 0;
                verbsBetween += verbs[k] ? 1 : 0;
                int marks = sc.between[k] & ~between;
                for (int m = 0; marks != 0 && m < BETWEEN.length; m++) {
                    if ((marks & 1 << m) != 0) {
                        x.add(BETWEEN[m]);
                    }
                }
                between |= sc.between[k];
            }
            x.add(COMMAS[Math.min(commas, 2)]);
            // nothing between the word and the date that would open another clause or phrase: no verb head, comma,
            // boundary, wh-word, quote or conjunction ("crashed last February", "a request last week")
            flag(x, "sameClause", commas == 0 && verbsBetween == 0 && (between & CLAUSE_MARKS) == 0);
            x.add(VERBS_BETWEEN[Math.min(verbsBetween, 2)]);
            flag(x, "rule", i == rule);
            flag(x, "evnoun", noun);
            flag(x, "nearestVerbLeft", i == verbLeft);
            flag(x, "nearestVerbRight", i == verbRight);
            flag(x, "nearestNounLeft", i == nounLeft);
            flag(x, "firstFinite", i == firstFinite);
            String lemma = sc.lemma[i];
            String singular = verb ? null : Lemmatizer.plural(sc.lower[i]);
            boolean reporting = verb && REPORTING.contains(lemma);
            flag(x, "reporting", reporting);
            // a reporting verb before the date with a subordinator between: the date is the reported clause's
            // ("Intel said that last week a customer discovered two flaws": discovered, not said)
            flag(x, "reportedClause", reporting && left && (between & SUBORDINATOR_MARK) != 0);
            flag(x, "intent", verb && INTENT.contains(lemma));
            flag(x, "be", verb && lemma.equals("be"));
            flag(x, "light", verb && LIGHT.contains(lemma));
            flag(x, "aspectual", verb && ASPECTUAL.contains(lemma));
            flag(x, "measure", !verb && MEASURES.contains(singular));
            flag(x, "listedNoun", noun && LISTED.contains(singular));
            flag(x, "governsInf", i + 2 < n && t.get(i + 1).tag().equals("TO") && t.get(i + 2).tag().startsWith("VB"));
            flag(x, "infinitive", i > 0 && t.get(i - 1).tag().equals("TO"));
            flag(x, "passive", verb && tag.equals("VBN") && beBefore(sc, i));
            flag(x, "adjacentPrep", left && i + 2 == ds && t.get(ds - 1).tag().equals("IN"));
            flag(x, "possDate", possDate);
            flag(x, "sameChunk", sc.chunk[i] >= 0 && sc.chunk[i] == sc.chunk[ds]);
            flag(x, "relClause", left && commas > 0 && inRelativeClause(t, sc, i));
            flag(x, "ownDate", ownDate(verbs, dateWords, i, left ? ds : de));
            // the date closes a fronted adverbial phrase and the word is inside it: the date is the phrase's
            // ("Since the movement's return to power in August 2021, the world has struggled": return)
            flag(x, "inFronted", opener >= 0 && opener < i && left);
            flag(x, "afterFronted", opener >= 0 && !left);
            // the date closes a relative clause inside the subject of the verb after it: the date is the clause's
            // ("The company that opened the plant last year will close it": opened, not close)
            flag(x, "inDatedRelative", relative != null && relative[0] <= i && left);
            flag(x, "afterDatedRelative", relative != null && relative[1] == i);
            x.addAll(Arrays.asList(dateSide[side]));
            if (rule >= 0 && i != rule) {
                x.add(rule < ds ? "ruleLeft" : "ruleRight");
                x.add(nouns[rule] ? "ruleIsNoun" : "ruleIsOther");
                if (left == rule < ds) {
                    x.add(Math.abs(i - ds) < Math.abs(rule - ds) ? "nearerThanRule" : "fartherThanRule");
                }
            }
            flag(x, "ruleNone", rule < 0);
            out.add(new Candidate(i, i == rule, Collections.unmodifiableList(x)));
        }
        return out;
    }

    /**
     * The words that name a date of their own: a year ("in 2001"), a month or weekday name, "yesterday", "today"...
     * A candidate with such a word between it and the date most often has that date, not this one ("the regime
     * that was deposed by US troops in <b>2001</b>, ... on Thursday": Thursday is not the deposing's date).
     */
    private static boolean[] dateWords(SentenceClasses sc) {
        List<Token> t = sc.sentence.tokens();
        boolean[] out = new boolean[t.size()];
        for (int k = 0; k < out.length; k++) {
            String tag = t.get(k).tag();
            out[k] = tag.equals("CD") && YEAR.matcher(t.get(k).text()).matches()
                    || tag.startsWith("NNP") && (CLASSES.get("date-month").contains(sc.lower[k])
                            || CLASSES.get("date-day").contains(sc.lower[k]))
                    || !tag.startsWith("NNP") && RELATIVE_DAYS.contains(sc.lower[k]);
        }
        return out;
    }

    /**
     * Whether another date stands between a candidate and this date with no verb between it and the candidate: the
     * candidate's own date, nearer than this one ("that was deposed by US troops in 2001, ... on Thursday").
     */
    private static boolean ownDate(boolean[] verbs, boolean[] dateWords, int i, int date) {
        int step = i < date ? 1 : -1;
        for (int k = i + step; k != date; k += step) {
            if (dateWords[k]) {
                return true;
            }
            if (verbs[k]) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subordinator that opens the sentence with an adverbial phrase the date ends, or -1: the sentence starts
     * (past conjunctions, adverbs and quotes) with a subordinator other than "that" ({@code ranker-classes.tsv}:
     * since, after, before, until...), no comma or boundary stands between it and the date, and a comma closes the
     * phrase after the date ("<b>Since</b> the movement's return to power in August 2021, the world has struggled").
     */
    private static int frontedOpener(SentenceClasses sc, int ds, int de) {
        List<Token> t = sc.sentence.tokens();
        int o = 0;
        while (o < ds && (t.get(o).tag().equals("CC") || t.get(o).tag().startsWith("RB") || QUOTES.contains(t.get(o).text()))) {
            o++;
        }
        if (o >= ds || !SUBORDINATORS.contains(sc.lower[o]) || sc.lower[o].equals("that")) {
            return -1;
        }
        for (int k = o + 1; k <= de; k++) {
            if (sc.comma[k] || BOUNDARIES.contains(t.get(k).text())) {
                return -1;
            }
        }
        for (int k = de + 1; k < t.size(); k++) {
            if (sc.comma[k]) {
                return o;
            }
        }
        return -1;
    }

    /**
     * A relative clause the date closes and the finite verb it is the subject of, as {opener, verb}, or null: left of
     * the date, with no comma, boundary or quote between, a relative word ("that", "which", "who", "whose", "whom")
     * with a verb head between it and the date, or a participle verb head right after a noun ("a list of names
     * <b>released</b> by the ministry on Monday"); right of the date, with no comma or boundary between, a verb
     * head that is finite or follows a modal ("The company <b>that</b> opened the plant last year will <b>close</b> it").
     */
    private static int[] datedRelative(SentenceClasses sc, int ds, int de) {
        List<Token> t = sc.sentence.tokens();
        int opener = -1;
        for (int k = ds - 1; k >= 0 && !sc.comma[k] && !BOUNDARIES.contains(t.get(k).text()) && !QUOTES.contains(t.get(k).text()); k--) {
            if (RELATIVES.contains(sc.lower[k]) && (t.get(k).tag().startsWith("W") || sc.lower[k].equals("that"))) {
                for (int j = k + 1; j < ds && opener < 0; j++) {
                    opener = sc.verbs[j] ? k : -1;
                }
                break;
            }
            String tag = t.get(k).tag();
            if (sc.verbs[k] && (tag.equals("VBN") || tag.equals("VBG")) && k > 0 && t.get(k - 1).tag().startsWith("NN")) {
                opener = k;
                break;
            }
        }
        if (opener < 0) {
            return null;
        }
        for (int k = de + 1; k < t.size() && !sc.comma[k] && !BOUNDARIES.contains(t.get(k).text()); k++) {
            if (sc.verbs[k]) {
                boolean modal = false;
                for (int j = Math.max(de + 1, k - 3); j < k; j++) {
                    modal |= t.get(j).tag().equals("MD");
                }
                return FINITE.contains(t.get(k).tag()) || modal ? new int[] {opener, k} : null;
            }
        }
        return null;
    }

    /**
     * Whether a word stands in a relative clause: "that", "which" or "who" before it, with no comma between ("the
     * regime that was <b>deposed</b> by US troops in 2001, ... on Thursday": a comma after it closes the clause).
     */
    private static boolean inRelativeClause(List<Token> t, SentenceClasses sc, int i) {
        for (int k = i - 1; k >= 0 && !sc.comma[k]; k--) {
            if (RELATIVES.contains(sc.lower[k]) && (t.get(k).tag().startsWith("W") || sc.lower[k].equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that are neither verb heads nor event nouns but may still name the date's event, by kind:
     * {@code pred}, the predicate of a form of "be" ("were <b>up</b>", "weren't <b>available</b>", "was a
     * <b>trustee</b>") and {@code ing}, a noun made of a verb ("by <b>bidding</b>"), from {@link SentenceClasses};
     * {@code dateNoun}, the common noun the date's noun phrase is about ("third-quarter <b>earnings</b>");
     * {@code attach}, the common noun right before the date or its preposition ("net <b>income</b> for its third
     * quarter", "a news agency <b>report</b> Friday").
     */
    private static String[] kinds(SentenceClasses sc, int ds, int de) {
        ParsedSentence p = sc.sentence;
        List<Token> t = p.tokens();
        String[] kinds = sc.kinds.clone();
        int dc = sc.chunk[de];
        if (dc >= 0 && p.chunks().get(dc).isNounPhrase()) {
            int h = p.chunks().get(dc).head();
            if (h > de && SentenceClasses.commonNoun(t.get(h))) {
                kinds[h] = "dateNoun";
            }
        }
        int before = ds > 0 && (t.get(ds - 1).tag().equals("IN") || t.get(ds - 1).tag().equals("TO")) ? ds - 2 : ds - 1;
        int bc = before >= 0 ? sc.chunk[before] : -1;
        if (bc >= 0 && p.chunks().get(bc).isNounPhrase() && SentenceClasses.commonNoun(t.get(p.chunks().get(bc).head()))) {
            kinds[p.chunks().get(bc).head()] = "attach";
        }
        return kinds;
    }

    /** The sentence's classes, computed once a sentence: the dates of one sentence are asked in a row. */
    private SentenceClasses classesOf(ParsedSentence p) {
        SentenceClasses sc = last.get();
        if (sc == null || sc.sentence != p) {
            sc = new SentenceClasses(p, finder, lemmatizer, PARTICLES, this::betweenMarks);
            last.set(sc);
        }
        return sc;
    }

    /** The kind of date, by the first class of {@code ranker-classes.tsv} one of its words is in ("date-quarter"...). */
    /** Every kind {@link #dateKind} returns, in the order of {@link #dateKindNames}. */
    private static final List<String> ALL_DATE_KINDS = List.of("quarter", "now", "day", "month", "year", "other");
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> DATE_KIND_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The names "dk=KIND&CLASS" of a candidate class, one a date kind. */
    private static String[] dateKindNames(String cls) {
        return ALL_DATE_KINDS.stream().map(k -> "dk=" + k + "&" + cls).toArray(String[]::new);
    }

    private static String dateKind(SentenceClasses sc, int ds, int de) {
        List<Token> t = sc.sentence.tokens();
        for (String kind : DATE_KINDS) {
            for (int k = ds; k <= de; k++) {
                if (CLASSES.get("date-" + kind).contains(sc.lower[k])) {
                    return kind;
                }
            }
        }
        return de == ds && YEAR.matcher(t.get(ds).text()).matches() ? "year" : "other";
    }

    /** The bits of {@link #BETWEEN} a word sets when it stands between a candidate and the date. */
    private int betweenMarks(Token b, String lower) {
        int marks = 0;
        marks |= BOUNDARIES.contains(b.text()) ? 1 : 0;
        marks |= b.tag().startsWith("W") ? 2 : 0;
        marks |= QUOTES.contains(b.text()) ? 4 : 0;
        marks |= b.tag().equals("CC") ? 8 : 0;
        marks |= SUBORDINATORS.contains(lower) && !b.tag().equals("DT") ? SUBORDINATOR_MARK : 0;
        return marks;
    }

    /** A form of "be" within the three words before a participle, past adverbs and other verbs ("was quickly sold"). */
    private static boolean beBefore(SentenceClasses sc, int i) {
        List<Token> t = sc.sentence.tokens();
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token b = t.get(k);
            if (b.tag().startsWith("VB") && sc.lemma[k].equals("be")) {
                return true;
            }
            if (!b.tag().startsWith("RB") && !b.tag().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    private static void flag(List<String> x, String name, boolean on) {
        if (on) {
            x.add(name);
        }
    }
}
