package app.dateline.engine.event;

import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * The words of a sentence that could be a date's trigger, each with the features {@link TriggerRanker} weighs:
 * every verb head and event noun outside the date, and the rules' own choice. The features say what the word is
 * (part of speech, event noun, a class of {@code ranker-classes.tsv}: light, aspectual, reporting, intent, "be"),
 * where it stands (side and distance from the date, commas, boundaries, wh-words, quotes, verbs and subordinators
 * between, the date's preposition), what is nearest, the date's shape, and whether and where the rules chose it.
 * No other word of a text is a feature. Thread-safe.
 */
final class TriggerCandidates {

    /** A candidate: its token index, whether the rules chose it, and its features (each is on or absent). */
    record Candidate(int index, boolean rule, List<String> features) {
    }

    private static final Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");
    private static final Set<String> INTENT = WordList.load("/dateline/syntax/intent-verbs.txt");
    private static final Set<String> MEASURES = WordList.load("/dateline/syntax/measure-nouns.txt");
    private static final Set<String> LISTED = WordList.load("/dateline/syntax/event-nouns.txt");
    private static final Map<String, Set<String>> CLASSES = classes("/dateline/syntax/ranker-classes.tsv");
    private static final Set<String> LIGHT = CLASSES.get("light");
    private static final Set<String> ASPECTUAL = CLASSES.get("aspectual");
    private static final Set<String> SUBORDINATORS = CLASSES.get("subordinator");
    private static final Set<String> DATE_PREPOSITIONS = CLASSES.get("date-preposition");
    private static final Set<String> PARTICLES = CLASSES.get("predicate-particle");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "--", "(", ")", "\u2014", "\u2013", "-LRB-", "-RRB-");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private static final List<String> DATE_KINDS = List.of("quarter", "now", "day", "month");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private final TriggerFinder finder;
    private final Lemmatizer lemmatizer = new Lemmatizer();

    TriggerCandidates(TriggerFinder finder) {
        this.finder = finder;
    }

    /**
     * @param ds   the date's first token
     * @param de   its last token
     * @param rule the rules' choice, or -1
     */
    List<Candidate> of(ParsedSentence p, int ds, int de, int rule) {
        List<Token> t = p.tokens();
        int n = t.size();
        boolean[] verbs = new boolean[n];
        boolean[] nouns = new boolean[n];
        int verbLeft = -1;
        int verbRight = -1;
        int nounLeft = -1;
        int firstFinite = -1;
        for (int i = 0; i < n; i++) {
            verbs[i] = finder.isVerbHead(p, i);
            nouns[i] = finder.isEventNoun(t.get(i));
            verbLeft = verbs[i] && i < ds ? i : verbLeft;
            verbRight = verbs[i] && i > de && verbRight < 0 ? i : verbRight;
            nounLeft = nouns[i] && i < ds ? i : nounLeft;
            firstFinite = verbs[i] && firstFinite < 0 && FINITE.contains(t.get(i).tag()) ? i : firstFinite;
        }
        String[] kinds = kinds(p, ds, de, verbs);
        String dateKind = dateKind(t, ds, de);
        boolean opens = true;
        for (int k = 0; k < ds; k++) {
            String tag = t.get(k).tag();
            opens &= tag.equals("IN") || tag.equals("DT") || tag.equals("RB");
        }
        String prep = ds > 0 && (t.get(ds - 1).tag().equals("IN") || t.get(ds - 1).tag().equals("TO")) ? t.get(ds - 1).lower() : "none";
        String prepClass = DATE_PREPOSITIONS.contains(prep) ? prep : prep.equals("none") ? "none" : "other";
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Token w = t.get(i);
            boolean verb = verbs[i];
            boolean noun = nouns[i];
            String kind = kinds[i];
            if (i >= ds && i <= de || !verb && !noun && i != rule && kind == null) {
                continue;
            }
            Set<String> x = new LinkedHashSet<>();
            if (kind != null) {
                x.add("kind=" + kind);
            }
            boolean left = i < ds;
            String dir = left ? "L" : "R";
            String tag = w.tag();
            String cls = (verb ? "V_" + (tag.equals("VBZ") || tag.equals("VBP") ? "VBPZ" : tag) : noun ? "N" : "O_" + tag.substring(0, Math.min(2, tag.length())));
            x.add("cls=" + cls);
            x.add("dk=" + dateKind + "&" + cls);
            x.add("dk=" + dateKind + "&" + dir);
            int dist = left ? ds - i : i - de;
            x.add(dir + "dist=" + (dist <= 1 ? "1" : dist <= 2 ? "2" : dist <= 4 ? "3-4" : dist <= 8 ? "5-8" : dist <= 16 ? "9-16" : "17+"));
            x.add(left ? "left" : "right");
            int commas = 0;
            int verbsBetween = 0;
            for (int k = Math.min(i, ds) + 1; k < Math.max(i, de); k++) {
                if (k >= ds && k <= de) {
                    continue;
                }
                Token b = t.get(k);
                commas += b.text().equals(",") ? 1 : 0;
                verbsBetween += verbs[k] ? 1 : 0;
                flag(x, "bound", BOUNDARIES.contains(b.text()));
                flag(x, "wh", b.tag().startsWith("W"));
                flag(x, "quote", QUOTES.contains(b.text()));
                flag(x, "cc", b.tag().equals("CC"));
                flag(x, "subBetween", SUBORDINATORS.contains(b.lower()) && !b.tag().equals("DT"));
            }
            x.add("commas=" + Math.min(commas, 2));
            x.add("verbsBetween=" + Math.min(verbsBetween, 2));
            flag(x, "rule", i == rule);
            flag(x, "evnoun", noun);
            flag(x, "nearestVerbLeft", i == verbLeft);
            flag(x, "nearestVerbRight", i == verbRight);
            flag(x, "nearestNounLeft", i == nounLeft);
            flag(x, "firstFinite", i == firstFinite);
            String lemma = lemmatizer.lemma(w);
            String singular = Lemmatizer.plural(w.lower());
            flag(x, "reporting", verb && REPORTING.contains(lemma));
            flag(x, "intent", verb && INTENT.contains(lemma));
            flag(x, "be", verb && lemma.equals("be"));
            flag(x, "light", verb && LIGHT.contains(lemma));
            flag(x, "aspectual", verb && ASPECTUAL.contains(lemma));
            flag(x, "measure", !verb && MEASURES.contains(singular));
            flag(x, "listedNoun", noun && LISTED.contains(singular));
            flag(x, "governsInf", i + 2 < n && t.get(i + 1).tag().equals("TO") && t.get(i + 2).tag().startsWith("VB"));
            flag(x, "infinitive", i > 0 && t.get(i - 1).tag().equals("TO"));
            flag(x, "passive", verb && tag.equals("VBN") && beBefore(t, i));
            flag(x, "adjacentPrep", left && i + 2 == ds && t.get(ds - 1).tag().equals("IN"));
            flag(x, "possDate", de + 1 < n && t.get(de + 1).tag().equals("POS"));
            flag(x, "sameChunk", p.chunkOf(i) >= 0 && p.chunkOf(i) == p.chunkOf(ds));
            x.add("prep=" + prepClass + "_" + dir);
            flag(x, "dateOpens_" + dir, opens);
            flag(x, "dateRB_" + dir, ds == de && t.get(ds).tag().startsWith("RB"));
            flag(x, "dateAfterComma_" + dir, ds > 0 && t.get(ds - 1).text().equals(","));
            flag(x, "dateBeforeComma_" + dir, de + 1 < n && t.get(de + 1).text().equals(","));
            flag(x, "dateEnds_" + dir, de + 1 >= n || t.get(de + 1).isPunctuation() && !t.get(de + 1).text().equals(","));
            if (rule >= 0 && i != rule) {
                x.add(rule < ds ? "ruleLeft" : "ruleRight");
                x.add(nouns[rule] ? "ruleIsNoun" : "ruleIsOther");
                if (left == rule < ds) {
                    x.add(Math.abs(i - ds) < Math.abs(rule - ds) ? "nearerThanRule" : "fartherThanRule");
                }
            }
            flag(x, "ruleNone", rule < 0);
            out.add(new Candidate(i, i == rule, List.copyOf(x)));
        }
        return out;
    }

    /**
     * The words that are neither verb heads nor event nouns but may still name the date's event, by kind:
     * {@code pred}, the predicate of a form of "be" ("were <b>up</b>", "weren't <b>available</b>", "was a
     * <b>trustee</b>"); {@code dateNoun}, the common noun the date's noun phrase is about ("third-quarter <b>earnings</b>");
     * {@code attach}, the common noun right before the date or its preposition ("net <b>income</b> for its third
     * quarter", "a news agency <b>report</b> Friday"); {@code ing}, a noun made of a verb ("by <b>bidding</b>").
     */
    private String[] kinds(ParsedSentence p, int ds, int de, boolean[] verbs) {
        List<Token> t = p.tokens();
        int n = t.size();
        String[] kinds = new String[n];
        for (int i = 0; i < n; i++) {
            Token w = t.get(i);
            if (verbs[i] && lemmatizer.lemma(w).equals("be")) {
                int j = i + 1;
                while (j < n && (t.get(j).tag().startsWith("RB") && !PARTICLES.contains(t.get(j).lower()))) {
                    j++;
                }
                if (j < n && (t.get(j).tag().startsWith("JJ") || PARTICLES.contains(t.get(j).lower()))) {
                    kinds[j] = "pred";
                } else if (j < n && p.chunkOf(j) >= 0 && p.chunks().get(p.chunkOf(j)).isNounPhrase()) {
                    int h = p.chunks().get(p.chunkOf(j)).head();
                    kinds[h] = commonNoun(t.get(h)) ? "pred" : kinds[h];
                }
            }
            if (commonNoun(w) && w.lower().endsWith("ing") && w.lower().length() > 5 && Character.isLetter(w.text().charAt(0))) {
                kinds[i] = kinds[i] == null ? "ing" : kinds[i];
            }
        }
        int dc = p.chunkOf(de);
        if (dc >= 0 && p.chunks().get(dc).isNounPhrase()) {
            int h = p.chunks().get(dc).head();
            if (h > de && commonNoun(t.get(h))) {
                kinds[h] = "dateNoun";
            }
        }
        int before = ds > 0 && (t.get(ds - 1).tag().equals("IN") || t.get(ds - 1).tag().equals("TO")) ? ds - 2 : ds - 1;
        int bc = before >= 0 ? p.chunkOf(before) : -1;
        if (bc >= 0 && p.chunks().get(bc).isNounPhrase() && commonNoun(t.get(p.chunks().get(bc).head()))) {
            kinds[p.chunks().get(bc).head()] = "attach";
        }
        return kinds;
    }

    /** The kind of date, by the first class of {@code ranker-classes.tsv} one of its words is in ("date-quarter"...). */
    private static String dateKind(List<Token> t, int ds, int de) {
        for (String kind : DATE_KINDS) {
            for (int k = ds; k <= de; k++) {
                if (CLASSES.get("date-" + kind).contains(t.get(k).lower())) {
                    return kind;
                }
            }
        }
        return de == ds && YEAR.matcher(t.get(ds).text()).matches() ? "year" : "other";
    }

    private static boolean commonNoun(Token w) {
        return w.isNoun() && !w.isProperNoun();
    }

    /** A form of "be" within the three words before a participle, past adverbs and other verbs ("was quickly sold"). */
    private boolean beBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token b = t.get(k);
            if (b.tag().startsWith("VB") && lemmatizer.lemma(b).equals("be")) {
                return true;
            }
            if (!b.tag().startsWith("RB") && !b.tag().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    private static void flag(Set<String> x, String name, boolean on) {
        if (on) {
            x.add(name);
        }
    }

    private static Map<String, Set<String>> classes(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = TriggerCandidates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(name + ": not \"class TAB word\": " + line);
                }
                out.computeIfAbsent(f[0], k -> new java.util.HashSet<>()).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
