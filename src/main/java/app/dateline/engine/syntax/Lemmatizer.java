package app.dateline.engine.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dictionary form of a verb or noun: irregular and awkward forms from
 * {@code resources/dateline/syntax/verb-forms.tsv} ("took" is "take", "moved" is "move"), the rest by the
 * regular English endings ("accepted", "stopped", "carried", "ceremonies", "bans"). Lower case. Thread-safe.
 *
 * <p>The endings alone cannot tell "stated" (state) from "started" (start), "taking" (take) from "picking": a
 * verb's lemma that the part-of-speech model's tag dictionary does not know as a base verb (VB or VBP) gives way
 * to the other readings of its ending that it does know ("stat" to "state", "tak" to "take", "controll" to
 * "control", "being" to "be"). A lemma the dictionary knows, or one without a known alternative, stays.
 */
public final class Lemmatizer {

    private static final Map<String, String> FORMS = load();

    public String lemma(Token token) {
        String w = token.lower().replace('\u2019', '\'');
        String tag = token.tag();
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return verb(w, tag.equals("VB") || tag.equals("VBP"));
        }
        if (tag.equals("NNS") || tag.equals("NNPS")) {
            return plural(w);
        }
        return w;
    }

    /** Whether the word is an irregular verb form of verb-forms.tsv other than its base ("overthrew", "taken"). */
    static boolean irregularForm(String w) {
        String lemma = FORMS.get(w.toLowerCase(Locale.ROOT));
        return lemma != null && !lemma.equals(w.toLowerCase(Locale.ROOT));
    }

    /** The lemma of a word read as a verb that is not a base form ("was": be, "got": get), lower case. */
    public static String verb(String w) {
        return verb(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), false);
    }

    /** @param base whether the word is tagged as a base form (VB, VBP): then it may be its own lemma ("proceed") */
    static String verb(String w, boolean base) {
        String known = FORMS.get(w);
        if (known != null) {
            return known;
        }
        String lemma = byEnding(w);
        if (isBaseVerb(lemma)) {
            return lemma;
        }
        if (base && isBaseVerb(w)) {
            return w;
        }
        for (String other : alternatives(w)) {
            if (!other.equals(lemma) && isBaseVerb(other)) {
                return other;
            }
        }
        return lemma;
    }

    /**
     * The other readings of a verb's ending, the silent "e" first: "stated" may be "state" or "stat", "hoping"
     * "hope" or "hop", "controlled" "control", "focuses" "focus".
     */
    private static List<String> alternatives(String w) {
        String stem;
        if (w.endsWith("ing") && w.length() > 4) {
            stem = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 3) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("es") && w.length() > 4 && "szo".indexOf(w.charAt(w.length() - 3)) >= 0) {
            return List.of(w.substring(0, w.length() - 2)); // "focuses", "echoes"; not "sites", "planes"
        } else {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(stem + "e", stem));
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            out.add(stem.substring(0, n - 1));
        }
        return out;
    }

    /** Whether the part-of-speech model's tag dictionary lists the word as a base verb (VB or VBP). */
    private static boolean isBaseVerb(String w) {
        String[] tags = PosTagger.tagDictionary().getTags(w);
        if (tags == null) {
            return false;
        }
        for (String t : tags) {
            if (t.equals("VB") || t.equals("VBP")) {
                return true;
            }
        }
        return false;
    }

    /** The lemma by the regular endings alone. */
    private static String byEnding(String w) {
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return restore(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return restore(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return plural(w);
        }
        return w;
    }

    /** "stopp" is "stop", "mov" is "move", "accept" stays. */
    private static String restore(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (n > 3 && last == stem.charAt(n - 2) && "bdgmnprt".indexOf(last) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (last == 'g' && n > 2 && stem.charAt(n - 2) != 'n' && stem.charAt(n - 2) != 'g') {
            return stem + "e"; // "urged", "alleged", "judged"
        }
        if ("vz".indexOf(last) >= 0 || stem.endsWith("us") || (last == 'c' && !stem.endsWith("ic"))
                || stem.endsWith("at") && n > 4 && !stem.endsWith("eat") && !stem.endsWith("oat")) {
            return stem + "e";
        }
        return stem;
    }

    public static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Map<String, String> load() {
        String name = "/dateline/syntax/verb-forms.tsv";
        try (InputStream in = Lemmatizer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<String, String> forms = new HashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] f = l.split("\t");
                        forms.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
                    });
            return Map.copyOf(forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
