package app.dateline.engine.event;

import app.dateline.engine.rules.RequiredText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's own stamps, told by the words right before the date: a footer ("This article was amended on Friday 29 May
 * 2009"), the print edition's note ("This article appeared on p29 of the Main section ... on Wednesday 29 April
 * 2009"), a comment's signature ("Posted by: gulfwatcher | April 30, 2010 2:11 PM"), a "Last updated" line. The
 * patterns and their examples are data: {@code /dateline/labels/page-stamps.txt}.
 */
final class PageStamps {

    static final String RESOURCE = "/dateline/labels/page-stamps.txt";
    /** What may stand between a stamp's words and its date. */
    private static final String GAP = "[\\s,:;|\\-–]*$";
    private static final List<Rule> RULES = load();

    /** One pattern of the file, with its example sentences and the sentences it must leave alone. */
    record Rule(String pattern, Pattern compiled, RequiredText required, List<String> examples, List<String> not) {
    }

    private PageStamps() {
    }

    /** How far before the date a page's stamp words may begin, in characters. */
    private static final int REACH = 200;

    /** True when {@code before}, the sentence up to a date, ends with a page's stamp words. */
    static boolean before(String before) {
        int from = Math.max(0, before.length() - REACH);
        // a match lies inside the region, so it holds one of its pattern's words: the patterns whose words are not
        // there are not run (each would be tried from every one of the REACH starts), and the answer is the same
        String folded = RequiredText.fold(before.substring(from));
        for (Rule r : RULES) {
            // only the last REACH characters are tried as a start; "^" still means the sentence's start
            if (r.required().mayMatch(folded) && r.compiled().matcher(before).region(from, before.length())
                    .useAnchoringBounds(false).find()) {
                return true;
            }
        }
        return false;
    }

    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> load() {
        try (InputStream in = PageStamps.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Rule> rules = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String l = line.strip();
                if (l.startsWith("pattern:")) {
                    String p = l.substring("pattern:".length()).strip();
                    rules.add(new Rule(p, Pattern.compile("(?:" + p + ")" + GAP, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                            RequiredText.of(p), new ArrayList<>(), new ArrayList<>()));
                } else if (l.startsWith("example:") && !rules.isEmpty()) {
                    rules.get(rules.size() - 1).examples().add(l.substring("example:".length()).strip());
                } else if (l.startsWith("not:") && !rules.isEmpty()) {
                    rules.get(rules.size() - 1).not().add(l.substring("not:".length()).strip());
                }
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
