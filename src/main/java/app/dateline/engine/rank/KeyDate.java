package app.dateline.engine.rank;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a story's key dates: the day, the sentences that tell it (verbatim from the articles) and the ids
 * of the events dated that day.
 */
public record KeyDate(LocalDate date, double score, List<String> sentences, List<String> events) {

    public KeyDate {
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
    }
}
