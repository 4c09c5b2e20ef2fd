package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date of a group of sources. When every source's span shares at least one day, they agree: the event
 * takes the most precise value (the narrowest span; "2001-09-11" over "2001") and the days they all share.
 * Otherwise they disagree: the event covers the earliest to the latest day any source gives, and the
 * disagreement lists each date with its sources.
 */
final class DateCombiner {

    record Combined(EventDate date, Disagreement disagreement) {
    }

    private DateCombiner() {
    }

    static Combined combine(List<Event> group) {
        // "at 1930 CDT on 1 June (0030 GMT 2 June)": the bracket tells the moment again, in another zone; the date told
        // first speaks for both
        List<Event> told = group.stream().filter(e -> !restates(e, group)).toList();
        List<Event> sources = told.isEmpty() ? group : told;
        // a count back ("eighteen months ago") that reaches the date the other sources give agrees with them: the
        // writer counted roughly, and says nothing against the day ({@link MentionProfiles#reach})
        Combined all = combineClaims(sources);
        List<Event> read = sources.stream().filter(e -> !countedBack(e)).toList();
        if (all.disagreement() != null && !read.isEmpty() && read.size() < sources.size()) {
            Combined others = combineClaims(read);
            boolean reached = others.date().isPlottable() && sources.stream().filter(DateCombiner::countedBack)
                    .allMatch(e -> overlaps(MentionProfiles.reach(e), others.date()));
            if (reached) {
                return others;
            }
        }
        return all;
    }

    /** Whether {@code e} is a date alone in brackets right after the date of another of the sources, in one sentence. */
    private static boolean restates(Event e, List<Event> sources) {
        int begin = e.mention().begin() - e.sentenceBegin();
        int end = e.mention().end() - e.sentenceBegin();
        return begin >= 0 && end <= e.sentence().length() && MentionProfiles.aloneInBrackets(e.sentence(), begin, end)
                && sources.stream().anyMatch(o -> MentionProfiles.restatedInBrackets(o, e));
    }

    /** Whether a source's date is a rough count back, which the merger reads with a unit's give. */
    private static boolean countedBack(Event e) {
        return !MentionProfiles.reach(e).equals(EventDate.of(e.timex()));
    }

    private static boolean overlaps(EventDate a, EventDate b) {
        return !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
    }

    private static Combined combineClaims(List<Event> sources) {
        List<DateClaim> claims = claims(sources);
        if (claims.size() == 1) {
            return new Combined(claims.get(0).date(), null);
        }
        LocalDate from = null;
        LocalDate to = null;
        for (DateClaim c : claims) {
            if (!c.date().isPlottable()) {
                // Not on the calendar (a user merged a duration in): the first plottable claim speaks.
                continue;
            }
            from = from == null || c.date().from().isAfter(from) ? c.date().from() : from;
            to = to == null || c.date().to().isBefore(to) ? c.date().to() : to;
        }
        List<DateClaim> plotted = claims.stream().filter(c -> c.date().isPlottable()).toList();
        if (plotted.isEmpty()) {
            return new Combined(claims.get(0).date(), null);
        }
        if (!from.isAfter(to)) {
            DateClaim narrowest = plotted.stream()
                    .min(Comparator.comparingLong((DateClaim c) -> c.date().days())
                            .thenComparing(c -> -c.sources().size()))
                    .orElseThrow();
            EventDate d = narrowest.date();
            return new Combined(new EventDate(d.type(), d.value(), d.mod(), from, to, d.granularity()), null);
        }
        // A claim that holds a finer one ("the summer of 2021" beside "July 2021" and "August 2021") does not
        // widen the range: the range runs between the finest claims that disagree.
        List<DateClaim> finest = plotted.stream().filter(c -> plotted.stream().noneMatch(o -> o != c && holds(c, o))).toList();
        DateClaim earliest = finest.stream().min(Comparator.comparing((DateClaim c) -> c.date().from())
                .thenComparing(c -> c.date().to())).orElseThrow();
        DateClaim latest = finest.stream().max(Comparator.comparing((DateClaim c) -> c.date().to())
                .thenComparing(c -> c.date().from())).orElseThrow();
        EventDate range = earliest.date().equals(latest.date()) ? earliest.date() // one claim spans all the others
                : EventDate.range(earliest.date(), latest.date());
        return new Combined(range, new Disagreement(plotted));
    }

    /** True when {@code outer} covers every day of {@code inner} and more. */
    private static boolean holds(DateClaim outer, DateClaim inner) {
        EventDate o = outer.date();
        EventDate i = inner.date();
        return !o.from().isAfter(i.from()) && !o.to().isBefore(i.to()) && o.days() > i.days();
    }

    /** The distinct dates of the sources, earliest first, each with the sources that give it. */
    static List<DateClaim> claims(List<Event> sources) {
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        Map<String, EventDate> dates = new LinkedHashMap<>();
        for (Event e : sources) {
            EventDate d = EventDate.of(e.timex());
            String key = d.value() + "|" + d.mod();
            byDate.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            dates.putIfAbsent(key, d);
        }
        List<DateClaim> claims = new ArrayList<>();
        byDate.forEach((key, events) -> claims.add(new DateClaim(dates.get(key), events)));
        claims.sort(Comparator.comparing((DateClaim c) -> c.date().from(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.date().to(), Comparator.nullsLast(Comparator.naturalOrder())));
        return claims;
    }
}
