package app.dateline.engine.rules;

import java.util.Map;

/** A rule's match in a sentence: {@code [begin, end)} relative to the sentence, and its normalised groups. */
public record RuleMatch(Rule rule, int begin, int end, Map<String, String> groups) {

    public int length() {
        return end - begin;
    }

    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }

    /** The rule's value template with the groups filled in. */
    public String value() {
        return fill(rule.value());
    }

    /** The rule's mod template with the groups filled in, or null. */
    public String mod() {
        String mod = fill(rule.mod());
        return mod == null || mod.isBlank() ? null : mod;
    }

    private String fill(String template) {
        if (template == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > 0) {
                String value = groups.get(template.substring(i + 1, close));
                out.append(value == null ? "" : value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
