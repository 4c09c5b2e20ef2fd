package app.dateline.engine.rules;

import app.dateline.engine.timex.TimexType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule table, read from the resources under {@code /dateline/rules/}: {@code index.yaml} names the word
 * tables ({@code tables/*.tsv}), the regex macros ({@code macros.yaml}) and the rule files. Patterns use
 * {@code {name}} for a table or macro (captured as a named group) and a plain space for any white space.
 */
public final class RuleSet {

    private static final String ROOT = "/dateline/rules/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+[0-9]*)\\}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static volatile RuleSet english;

    /** A body of at most this many characters is read as a social post: the length of a tweet. */
    public static final int POST_CHARS = 280;

    private static final Pattern POST_MARK = Pattern.compile(
            "#\\w|@\\w|https?://|[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]|!!|\\?\\?|:\\)|:D\\b|(?i:\\b(?:lol|omg|haha\\w*)\\b)"
                    + "|\\d(?i:days|nights|hrs|mins)\\b" // a number glued to its unit ("Survived 7Days 6Nights"): no newspaper writes so
                    + "|(?i:\\b(?:shit|fuck\\w*|damn)\\b)" // swearing
                    + "|\\.\\.$" // trailing off ("Can tuesday come already..."): no news sentence ends so
                    + "|^\\p{Ll}" // no capital to start with ("tmr is an Equinox day.")
                    // the writer speaking of themself outside a quotation ("I feel my winter is about to end."), or
                    // a sentence that leaves out its "I" ("Hate school days like this.", "Just want to take a walk")
                    // ("World War I" is no writer: not after a capitalised word)
                    + "|^[^\"“”]*(?<![\\p{L}'’])(?-i:(?<!\\p{Lu}\\p{Ll}{1,20} )I|my|me)(?![\\p{L}'’])[^\"“”]*$"
                    + "|(?:^|[.!?] )(?-i:Hate|Love|Wish|Just want|Just wanna|Can't wait|Cant wait)\\b"
                    // the words of chat, never of news: "i" for I, "abt", "cuz", "lah", contractions without their '
                    + "|(?<![\\p{L}'’])(?:i|(?i:abt|cuz|coz|ppl|tmr|tdy|rky|lah|leh|lor|meh|heh|mc|didnt|havent|dont|cant|theres|wont))(?![\\p{L}'’])");

    /** How every rule pattern begins: no match begins right after a letter or a digit. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    /** The longest run of white space a look-behind sees as one space. */
    static final int LOOKBEHIND_SPACES = 20;

    private final Map<String, WordTable> tables;
    private final Map<String, String> macros;
    private final List<Rule> rules;
    private final Normalizers normalizers;
    private final Prefilter prefilter;
    /** Per rule, the characters its matches begin with ({@link FirstChars}), or null: try every position. */
    private final BitSet[] firstChars;
    /** Per rule, whether its pattern begins with {@link #WORD_START}. */
    private final boolean[] wordStart;

    private RuleSet(Map<String, WordTable> tables, Map<String, String> macros, List<Rule> rules) {
        this.tables = Collections.unmodifiableMap(tables);
        this.macros = Collections.unmodifiableMap(macros);
        this.rules = List.copyOf(rules);
        this.normalizers = new Normalizers(this.tables);
        this.prefilter = new Prefilter(this.rules);
        this.firstChars = new BitSet[this.rules.size()];
        this.wordStart = new boolean[this.rules.size()];
        for (int r = 0; r < firstChars.length; r++) {
            String pattern = this.rules.get(r).pattern().pattern();
            firstChars[r] = FirstChars.of(pattern);
            wordStart[r] = pattern.startsWith(WORD_START);
        }
    }

    /** The English rules shipped with Dateline, loaded once. */
    public static RuleSet english() {
        RuleSet r = english;
        if (r == null) {
            synchronized (RuleSet.class) {
                r = english;
                if (r == null) {
                    r = load();
                    english = r;
                }
            }
        }
        return r;
    }

    /**
     * One of the English word tables ({@code tables/NAME.tsv}), without reading and compiling the rules when they
     * are not loaded yet: a start that finds every article in the cache ranks its events (the tense table) but
     * tags nothing, and compiling the rule table cost it a third of a second of processor time.
     */
    public static WordTable englishTable(String name) {
        RuleSet r = english;
        return r != null ? r.table(name) : loadTable(name);
    }

    static WordTable loadTable(String name) {
        try (InputStream in = resource("tables/" + name + ".tsv")) {
            return WordTable.load(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word table " + name, e);
        }
    }

    static RuleSet load() {
        JsonNode index = yaml("index.yaml");
        Map<String, WordTable> tables = new LinkedHashMap<>();
        for (JsonNode t : index.path("tables")) {
            String name = t.asText();
            try (InputStream in = resource("tables/" + name + ".tsv")) {
                tables.put(name, WordTable.load(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> macros = new LinkedHashMap<>();
        yaml("macros.yaml").fields().forEachRemaining(e -> macros.put(e.getKey(), e.getValue().asText()));
        List<Rule> rules = new ArrayList<>();
        for (JsonNode f : index.path("rules")) {
            String file = f.asText();
            for (JsonNode r : yaml(file)) {
                rules.add(rule(file, r, tables, macros));
            }
        }
        return new RuleSet(tables, macros, rules);
    }

    private static Rule rule(String file, JsonNode node, Map<String, WordTable> tables, Map<String, String> macros) {
        String name = node.path("name").asText(null);
        if (name == null) {
            throw new IllegalStateException(file + ": a rule has no name");
        }
        String type = node.path("type").asText("DATE");
        List<RuleExample> examples = new ArrayList<>();
        for (JsonNode e : node.path("examples")) {
            examples.add(RuleExample.parse(e.asText()));
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException(file + ": rule " + name + " has no example");
        }
        Pattern pattern;
        List<String> groups = new ArrayList<>();
        try {
            String regex = expand(node.path("pattern").asText(), tables, macros);
            Matcher named = NAMED_GROUP.matcher(regex);
            while (named.find()) {
                groups.add(named.group(1));
            }
            pattern = Pattern.compile(regex,
                    Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException | IllegalStateException e) {
            throw new IllegalStateException(file + ": rule " + name + ": " + e.getMessage(), e);
        }
        return new Rule(name, file, pattern, List.copyOf(groups), type.equals("IGNORE") ? null : TimexType.valueOf(type),
                node.path("value").asText(""), node.path("mod").asText(null), examples, node.path("only").asText("").equals("posts"));
    }

    /** Expands placeholders and spaces into a Java regex bounded by non-word characters. */
    static String expand(String pattern, Map<String, WordTable> tables, Map<String, String> macros) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String group = m.group(1);
            String base = Normalizers.base(group);
            String body;
            if (tables.containsKey(base)) {
                body = tables.get(base).alternation();
            } else if (macros.containsKey(base)) {
                body = macros.get(base);
            } else {
                throw new IllegalStateException("unknown placeholder {" + group + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?<" + group + ">" + body + ")"));
        }
        m.appendTail(out);
        String spaced = spaces(out.toString());
        return WORD_START + "(?:" + spaced + ")(?![\\p{L}\\p{N}])";
    }

    /**
     * A literal space in a pattern means any run of white space (outside character classes). Inside a
     * look-behind it means a run of at most {@value #LOOKBEHIND_SPACES}: an unbounded look-behind is tried
     * from every earlier position of the sentence, which is quadratic (a second for one long sentence).
     */
    private static String spaces(String regex) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        ArrayDeque<Boolean> groups = new ArrayDeque<>(); // true for a look-behind
        int lookbehinds = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass) {
                boolean lookbehind = regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                groups.push(lookbehind);
                lookbehinds += lookbehind ? 1 : 0;
            } else if (c == ')' && !inClass && !groups.isEmpty()) {
                lookbehinds -= groups.pop() ? 1 : 0;
            }
            if (c == ' ' && !inClass) {
                // " ?" and " *" quantify the space itself; a plain space is one or more.
                boolean quantified = i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0;
                out.append(quantified ? "\\s" : lookbehinds > 0 ? "\\s{1," + LOOKBEHIND_SPACES + "}" : "\\s+");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a body is a social post, read with the rules for posts too: a text no longer than a tweet, with
     * a mark of a post (a hashtag, an @name, a link, an emoji, "!!", "lol", an ending that trails off "...",
     * a first letter in lower case, a word of chat: "i", "abt", "lah", "didnt") or not ending as a news sentence does,
     * with a full stop.
     */
    public static boolean isPost(String body) {
        String text = body.strip();
        return text.length() <= POST_CHARS && (POST_MARK.matcher(text).find() || !text.endsWith("."));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Map<String, WordTable> tables() {
        return tables;
    }

    public WordTable table(String name) {
        return tables.get(name);
    }

    /** All matches of all rules in a sentence, overlapping ones resolved: longest wins, then earlier rule. */
    public List<RuleMatch> match(String sentence) {
        List<RuleMatch> kept = matchWithBlocks(sentence);
        kept.removeIf(k -> k.rule().blocks());
        return kept;
    }

    /** As {@link #match}, but the matches of blocking rules that won their overlaps are kept too. */
    public List<RuleMatch> matchWithBlocks(String sentence) {
        return matchWithBlocks(sentence, false);
    }

    /**
     * As {@link #matchWithBlocks(String)}, with the rules for social posts too when {@code post}.
     *
     * @param post whether the text is a social post (see {@link #isPost})
     */
    public List<RuleMatch> matchWithBlocks(String sentence, boolean post) {
        List<RuleMatch> candidates = new ArrayList<>();
        boolean[] admitted = prefilter.admitted(sentence);
        boolean[] afterWord = afterLetterOrDigit(sentence);
        for (int r = 0; r < rules.size(); r++) {
            if (!admitted[r] || !post && rules.get(r).postsOnly()) {
                continue; // the sentence lacks every word the rule needs, or the rule is for posts
            }
            Rule rule = rules.get(r);
            matches(r, sentence, afterWord, m -> {
                if (m.end() > m.start()) {
                    RuleMatch match = accept(rule, m);
                    if (match != null) {
                        candidates.add(match);
                    }
                }
            });
        }
        return resolveOverlaps(candidates);
    }

    /**
     * Every match of rule {@code r} in the sentence, one for each position a match begins at: what {@code find}
     * gives, again from one character after the start of each match. When the rule's first characters are known
     * ({@link FirstChars}) the pattern is tried only at the positions holding one of them and, when the pattern
     * begins with {@link #WORD_START}, not right after a letter or digit; each with {@code lookingAt} on a region
     * starting there whose bounds the look-arounds see through and anchors ignore: the same matches, without
     * running the pattern from every character.
     */
    void matches(int r, String sentence, Consumer<Matcher> each) {
        matches(r, sentence, afterLetterOrDigit(sentence), each);
    }

    private void matches(int r, String sentence, boolean[] afterWord, Consumer<Matcher> each) {
        BitSet first = firstChars[r];
        if (first == null) {
            Matcher m = rules.get(r).pattern().matcher(sentence);
            int from = 0;
            while (from <= sentence.length() && m.find(from)) {
                each.accept(m);
                from = m.start() + 1;
            }
            return;
        }
        boolean skipInWord = wordStart[r];
        int length = sentence.length();
        Matcher m = null; // made at the first position a match may begin at: most rules have none in a sentence
        for (int p = 0; p < length; p++) {
            if (first.get(sentence.charAt(p)) && !(skipInWord && afterWord[p])) {
                if (m == null) {
                    m = rules.get(r).pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(p, length).lookingAt()) {
                    each.accept(m);
                }
            }
        }
    }

    /**
     * For each position, whether the character before it is a letter or a digit ({@code \p{L}} or {@code \p{N}},
     * outside the surrogates): there {@link #WORD_START} fails, so no match of a rule begins.
     */
    static boolean[] afterLetterOrDigit(String sentence) {
        boolean[] after = new boolean[sentence.length() + 1];
        for (int p = 1; p <= sentence.length(); p++) {
            char c = sentence.charAt(p - 1);
            if (!Character.isSurrogate(c)) {
                switch (Character.getType(c)) {
                    case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                            Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                            Character.LETTER_NUMBER, Character.OTHER_NUMBER -> after[p] = true;
                    default -> {
                    }
                }
            }
        }
        return after;
    }

    /** Whether {@link #matches} tries rule {@code r} only where its first characters are. */
    boolean knowsFirstChars(int r) {
        return firstChars[r] != null;
    }

    private RuleMatch accept(Rule rule, Matcher m) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String group : rule.groups()) {
            String text = m.group(group);
            if (text == null) {
                continue;
            }
            String value = normalizers.normalise(group, text);
            if (value == null) {
                return null;
            }
            groups.put(group, value);
        }
        return new RuleMatch(rule, m.start(), m.end(), groups);
    }

    static List<RuleMatch> resolveOverlaps(List<RuleMatch> candidates) {
        List<RuleMatch> byStrength = new ArrayList<>(candidates);
        // Stable sort keeps rule order among matches of the same length.
        byStrength.sort((a, b) -> Integer.compare(b.length(), a.length()));
        List<RuleMatch> kept = new ArrayList<>();
        for (RuleMatch c : byStrength) {
            boolean free = kept.stream().noneMatch(k -> k.overlaps(c.begin(), c.end()));
            if (free) {
                kept.add(c);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return kept;
    }

    private static JsonNode yaml(String name) {
        try (InputStream in = resource(name)) {
            return Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule resource " + name, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = RuleSet.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing rule resource " + ROOT + name);
        }
        return in;
    }

    /** The YAML reader, made only when the rules are read (not for {@link #englishTable} or {@link #isPost}). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }
}
