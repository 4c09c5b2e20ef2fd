package app.dateline.app.detail;

import java.util.List;

/** The detail pane's words for sources that disagree on an event's date. */
final class DisagreementWords {

    private DisagreementWords() {
    }

    /** Names at most this many sources for one date; the rest are counted (every source is listed below it). */
    static final int NAMED = 3;

    /**
     * The words for sources that disagree: each date with the sources that give it, three names at most ("a, b and 4
     * others say ..."), so that nine articles named by their files do not push the event's buttons out of sight.
     */
    static String of(List<List<String>> who, List<String> says) {
        StringBuilder b = new StringBuilder("Sources disagree: ");
        for (int i = 0; i < says.size(); i++) {
            List<String> names = who.get(i);
            String named = names.size() <= NAMED ? String.join(", ", names)
                    : String.join(", ", names.subList(0, NAMED - 1)) + " and " + (names.size() - NAMED + 1) + " others";
            b.append(i == 0 ? "" : "; ").append(named).append(names.size() == 1 ? " says " : " say ").append(says.get(i));
        }
        return b.toString();
    }
}
