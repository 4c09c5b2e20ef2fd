package app.dateline.engine.rules;

import app.dateline.engine.timex.TimexType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of the rule table: a pattern of English and how to normalise what it matches.
 *
 * @param groups the named groups of the pattern, normalised after a match
 * @param type   the TIMEX3 type, or null for a blocking rule whose matches are not temporal expressions
 *               ("$3.5 billion") and keep other rules off that text
 * @param value  the value template: {@code {group}} placeholders are replaced by the normalised groups;
 *               the result is a TIMEX3 value or an underspecified one ({@code UNDEF-...}) for the resolver
 * @param mod    the mod template, or null
 * @param postsOnly whether the rule reads only social posts (short texts, see {@code RuleSet#POST_CHARS}):
 *               words such as a bare "day" or "night" that posts use for a date and news does not
 */
public record Rule(String name, String file, Pattern pattern, List<String> groups, TimexType type, String value,
                   String mod, List<RuleExample> examples, boolean postsOnly) {

    public Rule(String name, String file, Pattern pattern, List<String> groups, TimexType type, String value,
                String mod, List<RuleExample> examples) {
        this(name, file, pattern, groups, type, value, mod, examples, false);
    }

    public boolean blocks() {
        return type == null;
    }
}
