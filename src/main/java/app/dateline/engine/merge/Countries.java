package app.dateline.engine.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a text names: the JDK's English country names ({@link Locale#getISOCountries()}), with the other
 * names news writes for them and the names that are not a country listed in {@code resources/dateline/merge/
 * countries.tsv}; and the places inside a country ({@code places.tsv}: US states, Canadian provinces, the nations
 * of the United Kingdom...), each of which names its country too. Matched as whole capitalised words, the longest
 * name first ("New Mexico" is a US state, not Mexico). A place inside a country is given as
 * {@code "Country/Region"} ({@code "United States/Texas"}), beside its country.
 */
final class Countries {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\u2019'-]*");
    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{Lu}\\.){2,}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final int LONGEST = 5;
    /** Between a country and a place inside it: {@code "United States/Texas"}. */
    static final String REGION = "/";
    private static volatile Countries english;

    /**
     * Each name (words joined by one space) to its country, or to {@code "Country/Region"} for a place inside one,
     * or to "" for a name that is no country.
     */
    private final Map<String, String> names;

    Countries(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The JDK's names and the resource's, read once. */
    static Countries english() {
        Countries c = english;
        if (c == null) {
            synchronized (Countries.class) {
                if (english == null) {
                    english = load();
                }
                c = english;
            }
        }
        return c;
    }

    private static Countries load() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String country = name.replaceFirst(" - .*| SAR China$", "").replaceFirst(" \\(.*\\)$", "");
            names.put(country, country);
            Matcher inner = Pattern.compile("\\((.*)\\)").matcher(name);
            if (inner.find()) {
                names.put(inner.group(1), country); // "Myanmar (Burma)"
            }
        }
        for (String line : Lexicon.lines("countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("countries.tsv: expected 'name<TAB>country' or 'name<TAB>-': " + line);
            }
            names.put(cols[0].strip(), cols[1].strip().equals("-") ? "" : cols[1].strip());
        }
        for (String line : Lexicon.lines("places.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3 || cols[1].isBlank() || cols[2].isBlank()) {
                throw new IllegalStateException("places.tsv: expected 'name<TAB>country<TAB>region': " + line);
            }
            names.put(cols[0].strip(), cols[1].strip() + REGION + cols[2].strip());
        }
        return new Countries(names);
    }

    /** The countries {@code text} names, by their JDK names ("U.S." and "America" are "United States"). */
    Set<String> in(String text) {
        Matcher dotted = DOTTED.matcher(text);
        StringBuilder joined = new StringBuilder();
        while (dotted.find()) {
            dotted.appendReplacement(joined, Matcher.quoteReplacement(dotted.group().replace(".", "")));
        }
        dotted.appendTail(joined);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(joined);
        while (m.find()) {
            words.add(POSSESSIVE.matcher(m.group()).replaceFirst("")); // "Mexico's environment minister" names Mexico
        }
        Set<String> out = new TreeSet<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            if (Character.isUpperCase(words.get(i).charAt(0))) {
                for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && matched == 0; n--) {
                    String country = names.get(String.join(" ", words.subList(i, i + n)));
                    if (country != null) {
                        if (!country.isEmpty()) {
                            out.add(country);
                            int region = country.indexOf(REGION);
                            if (region > 0) {
                                out.add(country.substring(0, region)); // Texas names the United States too
                            }
                        }
                        matched = n;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /**
     * True when the two name different places at the level they are given: both name countries and none is the same;
     * or, in a country both name, both name places inside it and none is the same (Washington state and Texas).
     */
    static boolean differ(Set<String> a, Set<String> b) {
        Set<String> countriesA = countries(a);
        Set<String> countriesB = countries(b);
        if (countriesA.isEmpty() || countriesB.isEmpty()) {
            return false;
        }
        boolean sharedCountry = false;
        for (String c : countriesA) {
            if (!countriesB.contains(c)) {
                continue;
            }
            sharedCountry = true;
            Set<String> regionsA = regions(a, c);
            Set<String> regionsB = regions(b, c);
            if (!regionsA.isEmpty() && !regionsB.isEmpty() && MentionProfiles.shared(regionsA, regionsB) == 0) {
                return true;
            }
        }
        return !sharedCountry;
    }

    /** The countries of a set {@link #in} gave (without the places inside them). */
    private static Set<String> countries(Set<String> places) {
        Set<String> out = new TreeSet<>();
        for (String p : places) {
            if (p.indexOf(REGION) < 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** The places inside {@code country} of a set {@link #in} gave. */
    private static Set<String> regions(Set<String> places, String country) {
        Set<String> out = new TreeSet<>();
        for (String p : places) {
            if (p.startsWith(country + REGION)) {
                out.add(p);
            }
        }
        return out;
    }
}
