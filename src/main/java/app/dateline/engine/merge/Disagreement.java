package app.dateline.engine.merge;

import java.util.List;

/**
 * Sources of one event that give it dates with no day in common ("July 2021" against "August 2021"): each
 * claim with the sources that make it, earliest first.
 */
public record Disagreement(List<DateClaim> claims) implements java.io.Serializable {

    public Disagreement {
        claims = List.copyOf(claims);
    }

    /** "July 2021 (The Epoch Times) against 2021-08 (Newsweek, Foreign Affairs)": for tooltips and exports. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (DateClaim c : claims) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(c.date().value()).append(c.date().mod() == null ? "" : " " + c.date().mod().name())
                    .append(": ")
                    .append(String.join(", ", c.sources().stream().map(e -> e.article().sourceName()).distinct().toList()));
        }
        return sb.toString();
    }
}
