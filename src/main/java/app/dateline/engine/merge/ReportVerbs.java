package app.dateline.engine.merge;

import app.dateline.engine.event.Trigger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that date a report rather than a happening ({@code resources/dateline/merge/report-verbs.txt}): a mention
 * whose trigger is one of them ("said on Tuesday", "confirmed 91 cases on Tuesday") is dated by the day something was
 * said, and a report's day is exact. Two such days that disagree are two reports, not one happening told with two
 * dates: the H1N1 archive's "Besser said on Tuesday: I expect that we will see deaths" joined "the first death of a
 * child, confirmed on Wednesday", as one event with "sources disagree".
 */
final class ReportVerbs {

    private static final Set<String> STEMS = load();

    private ReportVerbs() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines("report-verbs.txt")) {
            out.add(Lexicon.stem(line.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    /** True when the trigger (null: none) is a verb of saying or reporting: its date is the report's. */
    static boolean dates(Trigger trigger) {
        return trigger != null && STEMS.contains(Lexicon.stem(trigger.lemma().toLowerCase(Locale.ROOT)));
    }
}
