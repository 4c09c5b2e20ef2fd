package app.dateline.engine.timex;

/** TimeML TIMEX3 mod values. START/MID/END are early/mid/late and narrow the span. */
public enum TimexMod {
    START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE;

    /** "early", "mid", "late" and their variants, or null. */
    public static TimexMod ofPart(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith("early") || w.startsWith("beginning") || w.startsWith("start")) {
            return START;
        }
        if (w.startsWith("mid") || w.startsWith("middle")) {
            return MID;
        }
        if (w.startsWith("late") || w.startsWith("end")) {
            return END;
        }
        return null;
    }
}
