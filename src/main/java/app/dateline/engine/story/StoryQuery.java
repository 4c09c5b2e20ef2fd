package app.dateline.engine.story;

import app.dateline.engine.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which articles a story is about: words joined by {@code AND} and {@code OR} (AND binds first; words side by
 * side mean AND; brackets group; a quoted phrase is one term), matched in the article's title and text as whole
 * words, ignoring case: {@code Taliban AND (China OR Russia)}, {@code "Security Council" OR Kabul}.
 */
public final class StoryQuery implements java.io.Serializable {

    private final String text;
    private final Node root;

    private StoryQuery(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** @throws IllegalArgumentException naming what is wrong with the query */
    public static StoryQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty: give words, joined by AND and OR");
        }
        Parser p = new Parser(tokens(query));
        Node root = p.or();
        if (p.at < p.tokens.size()) {
            throw new IllegalArgumentException("the query has '" + p.tokens.get(p.at) + "' where it should end");
        }
        return new StoryQuery(query.strip(), root);
    }

    /** True when the article's title or text holds the words the query asks for. */
    public boolean matches(Article article) {
        String title = article.title() == null ? "" : article.title();
        return root.matches(title + "\n" + article.body());
    }

    public boolean matches(String text) {
        return root.matches(text);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node extends java.io.Serializable {
        boolean matches(String text);
    }

    private record Term(String word, Pattern pattern) implements Node {
        Term(String word) {
            this(word, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        @Override
        public boolean matches(String text) {
            return pattern.matcher(text).find();
        }
    }

    private record All(List<Node> parts) implements Node {
        @Override
        public boolean matches(String text) {
            return parts.stream().allMatch(n -> n.matches(text));
        }
    }

    private record Any(List<Node> parts) implements Node {
        @Override
        public boolean matches(String text) {
            return parts.stream().anyMatch(n -> n.matches(text));
        }
    }

    /** Words, quoted phrases (marked by a leading quote), brackets. */
    private static List<String> tokens(String query) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("the query has a quote that is not closed");
                }
                String phrase = query.substring(i + 1, close).strip().replaceAll("\\s+", " ");
                if (!phrase.isEmpty()) {
                    out.add("\"" + phrase);
                }
                i = close + 1;
            } else {
                int start = i;
                while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && "()\"".indexOf(query.charAt(i)) < 0) {
                    i++;
                }
                out.add(query.substring(start, i));
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        int at;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        Node or() {
            List<Node> parts = new ArrayList<>(List.of(and()));
            while (peekIs("OR")) {
                at++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Any(parts);
        }

        Node and() {
            List<Node> parts = new ArrayList<>(List.of(primary()));
            while (at < tokens.size() && !peekIs("OR") && !tokens.get(at).equals(")")) {
                if (peekIs("AND")) {
                    at++;
                }
                parts.add(primary());
            }
            return parts.size() == 1 ? parts.get(0) : new All(parts);
        }

        Node primary() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("the query ends where a word should come");
            }
            String t = tokens.get(at++);
            if (t.equals("(")) {
                Node inner = or();
                if (at >= tokens.size() || !tokens.get(at).equals(")")) {
                    throw new IllegalArgumentException("the query has a bracket that is not closed");
                }
                at++;
                return inner;
            }
            if (t.equals(")") || t.equals("AND") || t.equals("OR")) {
                throw new IllegalArgumentException("the query has '" + t + "' where a word should come");
            }
            return new Term(t.startsWith("\"") ? t.substring(1) : t);
        }

        private boolean peekIs(String op) {
            return at < tokens.size() && tokens.get(at).equals(op);
        }
    }

}
