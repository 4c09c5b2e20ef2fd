package app.dateline.engine.rules;

import java.util.Locale;
import java.util.Map;

/** Years written in words, as broadcast transcripts have them: "nineteen ninety-six", "two thousand and one". */
final class SpelledNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private SpelledNumbers() {
    }

    /** The year as four digits, or null when the words do not make one. */
    static String year(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace("the year", " ").split("[\\s-]+");
        int i = 0;
        while (i < words.length && words[i].isEmpty()) {
            i++;
        }
        if (i + 1 < words.length && words[i].equals("two") && words[i + 1].equals("thousand")) {
            int rest = 0;
            for (int j = i + 2; j < words.length; j++) {
                rest += WORDS.getOrDefault(words[j], 0);
            }
            return String.format(Locale.ROOT, "%04d", 2000 + rest);
        }
        if (i >= words.length || !WORDS.containsKey(words[i])) {
            return null;
        }
        int century = WORDS.get(words[i]);
        if (century < 10 || century > 20) {
            return null; // "seven ninety" is a price, not a year
        }
        int rest = 0;
        for (int j = i + 1; j < words.length; j++) {
            if (words[j].equals("hundred")) {
                continue;
            }
            Integer n = WORDS.get(words[j]);
            if (n == null) {
                return null;
            }
            rest += n;
        }
        return rest > 99 ? null : String.format(Locale.ROOT, "%04d", century * 100 + rest);
    }
}
