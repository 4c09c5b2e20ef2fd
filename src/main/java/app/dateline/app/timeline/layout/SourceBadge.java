package app.dateline.app.timeline.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The badge at the end of a merged event's label: "×4" for the number of articles telling it, "⚠" when
 * they give different dates. A label cut to fit keeps its badge whole.
 */
public final class SourceBadge {

    public static final String DISAGREE = "⚠";
    private static final Pattern BADGE = Pattern.compile("(?:  ×\\d+)?(?: " + DISAGREE + ")?$");

    private SourceBadge() {
    }

    /** The label with its badge; a single source that agrees with itself has none. */
    public static String label(String label, int sources, boolean disagree) {
        return label + (sources > 1 ? "  ×" + sources : "") + (disagree ? " " + DISAGREE : "");
    }

    /** Where the badge of a label starts (its length when it has none). */
    public static int start(String label) {
        Matcher m = BADGE.matcher(label);
        return m.find() ? m.start() : label.length();
    }
}
