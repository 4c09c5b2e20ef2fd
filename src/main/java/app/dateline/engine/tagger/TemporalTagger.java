package app.dateline.engine.tagger;

import app.dateline.engine.article.Article;
import app.dateline.engine.rules.RuleMatch;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.rules.WordTable;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises the temporal expressions of an article, sentence by sentence: the rule table first,
 * then Natty for what the rules left (only where a sentence still holds a date-like word), then the
 * resolver against the article date and the sentence's tense. Thread-safe apart from Natty, which each
 * tagger owns: use one tagger per thread.
 */
public final class TemporalTagger {

    private static final Pattern TIMED = Pattern.compile(".*T\\d\\d:\\d\\d$");
    private static final Pattern DAY_VALUE = Pattern.compile(
            "UNDEF-(?:(?:last|next|this)-)?weekday-[1-7]|UNDEF-year-\\d\\d-\\d\\d|\\d{4}-\\d\\d-\\d\\d");

    /**
     * Words and shapes worth asking Natty about when no rule matched them: month and weekday names with their
     * capital (lower-case "may" and "sun" are never dates to Natty's layer), holidays, clock times.
     */
    private static final Pattern NATTY_TRIGGER = Pattern.compile(
            "\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                    + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\\b"
                    + "|(?i:\\b(?:today|tonight|tomorrow|yesterday|christmas|easter|thanksgiving|halloween|noon|midnight)\\b)"
                    + "|\\d[:/]\\d|\\d\\s*[ap]\\.?m\\b");

    /** Durations in hours or minutes come out of the unit table as P2TH; TimeML writes PT2H. */
    private static final Pattern TIME_UNIT = Pattern.compile("^P([\\dX.]+)T([HMS])$");

    /** "a year ago", "a year earlier": a comparison with the date under discussion a year before. */
    private static final Pattern YEAR_COMPARISON = Pattern.compile("UNDEF-(?:ago|REF)-year-MINUS-1");

    /** "that year", "25 June that year": the year of the date named last, even a date told in passing. */
    private static final Pattern THAT_YEAR = Pattern.compile("UNDEF-REF-year(?:\\+.*)?");

    /** What Natty's layer gives a clock time read without a day ("at 10 p.m."). */
    private static final String CLOCK_ONLY = "UNDEF-REF-day+";
    /** Where a live page's entry time ("1905: Welcome to our live coverage") comes from. */
    private static final String LIVE_ENTRY = "live-page entry";
    /** What follows a live blog entry's clock time: a zone perhaps, then a colon. */
    private static final Pattern BLOG_ENTRY = Pattern.compile("\\s*(?:[A-Z]{1,4}\\s*)?:\\s");
    /** A day of the week with no "last", "next" or "this", perhaps with a time of day. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("UNDEF-weekday-([1-7])(?:\\+.*)?");
    /** The words between the two ends of a range: "to", "through", "until", a dash. */
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:to|through|thru|until|till|and|-|–|—)\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * What may stand between a clock time and its day: "9 a.m. EST Tuesday", "5 p.m., Nov. 6", the same moment in another
     * zone in brackets, then "on" ("at 1425 local time (1925 GMT) on Thursday").
     */
    private static final Pattern GAP = Pattern.compile("[\\s,]*(?:\\([^()]{1,25}\\)[\\s,]*)?(?:(?i:on|[A-Z]{2,4})[\\s,]+)?");

    /**
     * What may stand between a day and a clock time in a post for the two to be one time: "this Sat, 7pm", "6pm tmr".
     * "tomorrow at 9am" stays two, as TimeML marks them; the clock time is on the day named before it all the same.
     */
    private static final Pattern POST_JOIN = Pattern.compile("[\\s,]*");
    /** A day a clock time joins in a post. */
    private static final Pattern POST_DAY = Pattern.compile(
            "(UNDEF-(?:(?:last|next|this)-)?weekday-[1-7]|UNDEF-this-day(?:-(?:PLUS|MINUS)-\\d+)?|UNDEF-year-\\d\\d-\\d\\d|\\d{4}-\\d\\d-\\d\\d)"
                    + "(?:\\+T(?:MO|AF|EV|NI))?");

    /** A whole number and a half of years, days, hours or minutes: "2 1/2 years" is P2.5Y from the rules. */
    private static final Pattern HALF_UNIT = Pattern.compile("^P(T?)(\\d+)\\.5([YDH]|(?<=T\\d{1,9}\\.5)M)$");

    /** Decades and centuries: TimeML counts them in years. */
    private static final Pattern BIG_UNIT = Pattern.compile("^P(\\d+|X)(DE|CE)$");

    /** The tables whose words may stand in a date found by Natty. */
    private static final List<String> NATTY_VOCABULARY =
            List.of("nattyword", "month", "weekday", "timeofday", "relunit", "number", "part", "season");

    /** After this many sentences too slow for Natty, an article is read by the rules only. */
    static final int MAX_NATTY_TIMEOUTS = 3;

    private final RuleSet rules;
    private final Resolver resolver = new Resolver();
    private final TenseDetector tenses;
    private final WordTable spanEnds;
    private final NattyWatchdog natty;

    public TemporalTagger() {
        this(RuleSet.english(), true);
    }

    public TemporalTagger(RuleSet rules, boolean useNatty) {
        this(rules, useNatty, NattyWatchdog.DEFAULT_LIMIT);
    }

    /** @param nattyLimit the longest Natty may take on one sentence */
    public TemporalTagger(RuleSet rules, boolean useNatty, Duration nattyLimit) {
        this(rules, useNatty ? () -> new NattyParser(word -> NATTY_VOCABULARY.stream()
                .anyMatch(t -> rules.table(t).value(word) != null))::parse : null, nattyLimit);
    }

    TemporalTagger(RuleSet rules, Supplier<NattyWatchdog.Call> natty, Duration nattyLimit) {
        this.rules = rules;
        this.tenses = new TenseDetector(rules.table("tense"));
        this.spanEnds = rules.table("spanend");
        this.natty = natty == null ? null : new NattyWatchdog(natty, nattyLimit);
    }

    public List<Mention> tag(Article article, SegmentedText text) {
        return tag(article, text, TaggingWarnings.NONE);
    }

    /**
     * Tags every sentence of {@code text}. Nothing in one sentence stops the rest: a sentence Natty takes too
     * long on is read by the rules only, a value that cannot be normalised is skipped, and each such case is
     * told to {@code warnings} in one line for the user. An interrupted thread stops between sentences with a
     * {@link CancellationException}.
     */
    public List<Mention> tag(Article article, SegmentedText text, TaggingWarnings warnings) {
        return tag(article, text, warnings, ArticleScan.of(text.text()));
    }

    /**
     * As {@link #tag(Article, SegmentedText, TaggingWarnings)}, saying whether the text is a social post (read
     * with the rules and conventions for posts) rather than leaving it to the text's length.
     */
    public List<Mention> tag(Article article, SegmentedText text, TaggingWarnings warnings, boolean post) {
        return tag(article, text, warnings, ArticleScan.of(text.text(), post));
    }

    /**
     * As {@link #tag(Article, SegmentedText, TaggingWarnings)}, with what was read off the article's whole text
     * once ({@code scan}, made from {@code text.text()}) rather than read again here: a long article's blocks of
     * sentences share one scan.
     */
    public List<Mention> tag(Article article, SegmentedText text, TaggingWarnings warnings, ArticleScan scan) {
        boolean post = scan.post();
        LocalDate dct = article.published();
        List<Sentence> sentences = text.sentences();
        // First every sentence's expressions, then the article's mode (news or narrative), then the values.
        List<List<Found>> founds = new ArrayList<>(sentences.size());
        List<String> values = new ArrayList<>();
        NavigableMap<Integer, String> liveEntries = scan.liveEntries();
        int nattyTimeouts = 0;
        for (Sentence s : sentences) {
            checkCancelled();
            String sentence = text.text(s);
            List<Found> found = null;
            try {
                found = new ArrayList<>();
                for (RuleMatch m : rules.matchWithBlocks(sentence, post)) {
                    found.add(new Found(m.begin(), m.end(), m.rule().type(), m.value(), m.mod(), m.rule().name()));
                }
                if (natty != null && nattyTimeouts < MAX_NATTY_TIMEOUTS && addNatty(sentence, dct, found)) {
                    nattyTimeouts++;
                    warnings.tooSlow(where(s) + " took the date parser Natty over " + natty.limit().toMillis()
                            + " ms; only the rules read it" + (nattyTimeouts == MAX_NATTY_TIMEOUTS
                            ? " (after " + MAX_NATTY_TIMEOUTS + " such sentences Natty is off for the rest of this article)" : ""));
                }
                if (!liveEntries.isEmpty()) {
                    readLiveEntries(s, sentence, liveEntries, found);
                }
                found.removeIf(f -> f.type == null); // blocked text: kept until here to keep Natty off it too
                found.sort((a, b) -> Integer.compare(a.begin, b.begin));
                if (post) {
                    joinDayAndClock(sentence, found);
                } else {
                    joinClockAndDayAfter(sentence, found);
                }
                found.forEach(f -> values.add(f.value));
            } catch (CancellationException cancelled) {
                throw cancelled;
            } catch (RuntimeException | StackOverflowError bug) {
                found = null;
                warnings.warn(where(s) + " could not be tagged (an error in Dateline); it is skipped");
            }
            founds.add(found);
        }
        StoryMode mode = StoryMode.decide(dct, values);
        List<Mention> mentions = new ArrayList<>();
        Timex previous = null;
        Timex named = null; // the last date of a year or finer mentioned, whether or not it moved the story
        boolean previousRelative = false; // whether previous was read against another date ("last year")
        int previousParagraph = -1;
        int previousSentence = -2; // the sentence previous was named in
        int paragraph = -1; // the paragraph of the last expression, and whether it opened as background
        boolean background = false;
        Timex quarter = null; // the last quarter named, and the sentence it was named in
        int quarterSentence = -2;
        LocalDate written = dct; // the day the text at hand was written: a reader's comment's own, after its signature
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Found> found = founds.get(i);
            if (found == null) {
                continue;
            }
            String sentence = text.text(s);
            String tenseText = withoutDates(sentence, found);
            try {
                for (Found match : found) {
                    Found f = match;
                    // "up from $4 a year earlier" right after a quarter compares with that quarter, even when the
                    // quarter's closing day ("ended Sept. 30") was named in between
                    boolean compares = YEAR_COMPARISON.matcher(f.value).matches() && s.index() - quarterSentence <= 1;
                    Timex anchor = compares ? quarter : previous;
                    if (f.value.startsWith(CLOCK_ONLY) && (previous == null || !previous.granularity().isPoint() || LIVE_ENTRY.equals(f.origin)
                            || !mode.narrative() && (s.index() - previousSentence > 1 || blogEntry(text, s, sentence, f)))) {
                        // "at 10 p.m." with no day or time of a day named before, in news with none named in this sentence or the one
                        // before ("By 10am the shares had recovered" sentences after "the rig exploded on April 20"), or a live
                        // blog's entry ("3.17 pm: So it has come to this") or a live page's ("1905: Welcome to ..."): the article's day
                        anchor = null;
                    }
                    if (named != null && THAT_YEAR.matcher(f.value).matches()) {
                        anchor = named; // "moved pre-1881 (on the census of that year)": the year just named
                    }
                    Timex sameDay = dayOfTheWeekNamedBefore(f.value, mentions, s, sentence, f.begin);
                    if (sameDay != null) {
                        // "May 5 - 6 (Tues-Wed 9:00am)": a bare day of the week that a day just named falls on is that day
                        anchor = sameDay;
                        f = new Found(f.begin, f.end, f.type, "UNDEF-REF-" + f.value.substring("UNDEF-".length()), f.mod, f.origin);
                    }
                    if (s.paragraph() != paragraph) {
                        paragraph = s.paragraph();
                        int into = s.begin() + f.begin - text.paragraphOf(s).begin();
                        background = into <= StoryMode.OPENING && StoryMode.opensElsewhere(f.value, dct);
                    }
                    Timex story = mode.storyTime(f.value, dct, previous, background && previousParagraph == paragraph);
                    if (story != null && mode.narrative() && dct != null && previousParagraph != paragraph
                            && StoryMode.writersDay(sentence.substring(f.begin, f.end), f.value)) {
                        // "An AP poll last month found ...", a paragraph after the 1969 one: the writer's last month
                        story = null;
                    }
                    Mention mention = mention(f, s, sentence, tenseText, written, anchor, anchor == previous && previousRelative, story, post,
                            warnings);
                    if (mention == null) {
                        continue;
                    }
                    if (LaterCount.later(f.value) && mention.timex().isAnchoredPoint() && LaterCount.misread(f.value, mention.timex(),
                            mention.anchor().kind(), written, tenses.tense(tenseText, f.begin, f.end))) {
                        mention = countedFromEventYear(f, s, sentence, tenseText, written, found, post, warnings);
                    }
                    if (written != null && !written.equals(dct) && mention.anchor().kind() == AnchorKind.ARTICLE_DATE) {
                        mention = fromTheComment(mention);
                    }
                    mentions.add(mention);
                    LocalDate signed = commentDay(mention, sentence, f);
                    if (signed != null) {
                        written = signed; // "At 10:36 1st May 2009, Pendle_Witch wrote: Last night, ...": 30 April
                    }
                    Timex t = BcDates.reference(mention.timex()); // a date before Christ moves the story too
                    if (t.isAnchoredPoint() && t.granularity().compareTo(Granularity.YEAR) <= 0) {
                        named = t;
                    }
                    // in narrative, the writer's own day ("today") does not move the story
                    boolean writersDay = mode.narrative() && mention.anchor().kind() == AnchorKind.ARTICLE_DATE;
                    if (t.isAnchoredPoint() && t.granularity().compareTo(Granularity.YEAR) <= 0 && !looksBack(mention, t, previous)
                            && !writersDay && !(mode.narrative() && (StoryMode.aside(mention, t, previous, f.begin)
                            || StoryMode.guessedNextYear(mention, t, previous)
                            || StoryMode.spanEnd(sentence, f.begin, spanEnds)))) {
                        previous = t;
                        previousRelative = mention.anchor().kind() == AnchorKind.ARTICLE_DATE
                                || mention.anchor().kind() == AnchorKind.PREVIOUS_DATE;
                        previousParagraph = s.paragraph();
                        previousSentence = s.index();
                        if (t.granularity() == Granularity.QUARTER) {
                            quarter = t;
                            quarterSentence = s.index();
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError bug) {
                warnings.warn(where(s) + " could not be tagged (an error in Dateline); it is skipped");
            }
        }
        return mentions;
    }

    /**
     * "Three decades later, the 1979 Ixtoc disaster remains ...": a count later that had no date of the text to count
     * from, read from the year the sentence dates an event by after it ({@link LaterCount}); else its unit unknown.
     */
    private Mention countedFromEventYear(Found f, Sentence s, String sentence, String tenseText, LocalDate dct,
                                         List<Found> found, boolean post, TaggingWarnings warnings) {
        for (Found g : found) {
            Timex year = g.begin >= f.end ? LaterCount.eventYear(sentence, g.begin, g.value, dct) : null;
            if (year == null) {
                continue;
            }
            Mention counted = mention(f, s, sentence, tenseText, dct, year, false, null, post, warnings);
            if (counted != null && !LaterCount.misread(f.value, counted.timex(), counted.anchor().kind(), dct,
                    tenses.tense(tenseText, f.begin, f.end))) {
                Anchor a = counted.anchor();
                return new Mention(counted.begin(), counted.end(), counted.text(), counted.timex(), new Anchor(a.kind(), a.reference(),
                        a.explanation().replace("the date mentioned before", "the year the sentence dates the event by")),
                        counted.sentence(), counted.paragraph(), counted.origin());
            }
            break;
        }
        TimexMod mod = f.mod == null ? null : TimexMod.valueOf(f.mod);
        ResolvedValue r = resolver.uncounted(f.value);
        return new Mention(s.begin() + f.begin, s.begin() + f.end, sentence.substring(f.begin, f.end),
                Timex.of(f.type, r.value(), mod), r.anchor(), s.index(), s.paragraph(), f.origin);
    }

    /**
     * A live page's entry times in the sentence ("1905: Welcome to our live coverage") are clock times on the article's
     * day, whatever the rules read there (the year 1905): they replace what overlaps them.
     */
    private static void readLiveEntries(Sentence s, String sentence, NavigableMap<Integer, String> liveEntries, List<Found> found) {
        int last = s.begin() + sentence.length() - 4; // the last offset an entry's four digits may start at
        if (last < s.begin()) {
            return;
        }
        for (Map.Entry<Integer, String> entry : liveEntries.subMap(s.begin(), true, last, true).entrySet()) {
            int begin = entry.getKey() - s.begin();
            found.removeIf(f -> f.begin < begin + 4 && begin < f.end);
            found.add(new Found(begin, begin + 4, TimexType.TIME, CLOCK_ONLY + entry.getValue(), null, LIVE_ENTRY));
        }
    }

    /**
     * The day a reader's comment was written, when the mention is the date of its signature ("At 12:19 26th Apr 2009,
     * X wrote:", {@link CommentSignature}) and names a day; else null.
     */
    private static LocalDate commentDay(Mention mention, String sentence, Found f) {
        Timex t = mention.timex();
        if (mention.anchor().kind() != AnchorKind.EXPLICIT || !t.granularity().isPoint() || t.from() == null
                || !CommentSignature.holds(sentence, f.begin, f.end)) {
            return null;
        }
        return t.from();
    }

    /** A mention read against a reader's comment's day: its anchor says so, not "the article date". */
    private static Mention fromTheComment(Mention m) {
        Anchor a = m.anchor();
        Anchor comment = new Anchor(a.kind(), a.reference(), a.explanation().replace("the article date", "the date of the reader's comment"));
        return new Mention(m.begin(), m.end(), m.text(), m.timex(), comment, m.sentence(), m.paragraph(), m.origin());
    }

    /** A live blog's entry: a clock time that opens its paragraph, followed by a colon ("12.20 pm: The senators..."). */
    private static boolean blogEntry(SegmentedText text, Sentence s, String sentence, Found f) {
        return s.begin() + f.begin - text.paragraphOf(s).begin() <= 1
                && BLOG_ENTRY.matcher(sentence).region(f.end, sentence.length()).lookingAt();
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("tagging was cancelled");
        }
    }

    private static String where(Sentence s) {
        return "the sentence at characters " + s.begin() + "-" + s.end();
    }

    /** Adds Natty's candidates to {@code found}; true when Natty took too long and found nothing. */
    private boolean addNatty(String sentence, LocalDate dct, List<Found> found) {
        Matcher trigger = NATTY_TRIGGER.matcher(sentence);
        List<int[]> uncovered = new ArrayList<>();
        while (trigger.find()) {
            int at = trigger.start();
            if (found.stream().noneMatch(f -> at >= f.begin && at < f.end)) {
                uncovered.add(new int[] {trigger.start(), trigger.end()});
            }
        }
        for (NattyPieces.Piece piece : NattyPieces.around(sentence, uncovered)) {
            NattyWatchdog.Result parsed = natty.parse(sentence.substring(piece.begin(), piece.end()), dct);
            if (parsed.timedOut()) {
                return true;
            }
            List<NattyCandidate> shifted = new ArrayList<>();
            for (NattyCandidate c : parsed.candidates()) {
                shifted.add(new NattyCandidate(c.begin() + piece.begin(), c.end() + piece.begin(), c.value(), c.tree()));
            }
            addCandidates(sentence, shifted, found);
        }
        return false;
    }

    private static void addCandidates(String sentence, List<NattyCandidate> candidates, List<Found> found) {
        for (NattyCandidate c : candidates) {
            boolean timed = TIMED.matcher(c.value()).matches();
            // A clock time Natty reads around a date the rules found ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6")
            // replaces that date: the rules know no clock times.
            boolean widens = timed && found.stream().filter(f -> f.begin < c.end() && c.begin() < f.end)
                    .allMatch(f -> f.type != null && f.type.isPoint() && f.begin >= c.begin() && f.end <= c.end()
                            && f.end - f.begin < c.end() - c.begin());
            if (widens) {
                found.removeIf(f -> f.begin < c.end() && c.begin() < f.end);
            }
            boolean overlaps = found.stream().anyMatch(f -> f.begin < c.end() && c.begin() < f.end);
            if (overlaps) {
                continue;
            }
            Found day = c.value().startsWith(CLOCK_ONLY) ? dayRightAfter(sentence, c.end(), found) : null;
            if (day != null) {
                // "9 a.m. Tuesday", "9 a.m. EST Tuesday": the clock time on the day the rules found
                found.remove(day);
                found.add(clockOnDay(c.begin(), c.value(), day, " + natty clock time"));
            } else {
                TimexType type = c.value().contains("T") && !c.value().startsWith("UNDEF-this") ? TimexType.TIME : TimexType.DATE;
                found.add(new Found(c.begin(), c.end(), type, c.value(), null, "natty " + c.tree()));
            }
        }
    }

    /**
     * In news, a clock time the rules found and the day right after it are one time, as Natty's "9 a.m. Tuesday" is
     * ({@link #addCandidates}): "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday" was read as
     * 14:25 on the article's day, or on the day named in the sentence before.
     */
    private static void joinClockAndDayAfter(String sentence, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found clock = found.get(i);
            Found day = clock.value.startsWith(CLOCK_ONLY) && !LIVE_ENTRY.equals(clock.origin)
                    ? dayRightAfter(sentence, clock.end, found) : null;
            if (day != null) {
                found.remove(day); // after the clock time: its place in the list stays
                found.set(i, clockOnDay(clock.begin, clock.value, day, " + clock time"));
            }
        }
    }

    /** A clock time ({@code CLOCK_ONLY} value) from {@code begin} on the day found right after it, as one time. */
    private static Found clockOnDay(int begin, String clockValue, Found day, String how) {
        String time = clockValue.substring(CLOCK_ONLY.length());
        return new Found(begin, day.end, TimexType.TIME, day.value + (day.value.startsWith("UNDEF") ? "+" : "") + time, null,
                day.origin + how);
    }

    /** In posts, a day and a clock time next to each other are one time: "this Sat, 7pm", "6pm tmr". */
    private static void joinDayAndClock(String sentence, List<Found> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            boolean aClock = a.value.startsWith(CLOCK_ONLY);
            boolean bClock = b.value.startsWith(CLOCK_ONLY);
            if (aClock == bClock || !POST_JOIN.matcher(sentence.substring(a.end, b.begin)).matches()) {
                continue;
            }
            Found clock = aClock ? a : b;
            Found day = aClock ? b : a;
            Matcher dayValue = POST_DAY.matcher(day.value);
            if (!dayValue.matches() || day.type != TimexType.DATE && !day.value.contains("+")) {
                continue;
            }
            // "7pm tonight": the clock time on that day says more than the part of the day
            String dayOnly = dayValue.group(1);
            String time = clock.value.substring(CLOCK_ONLY.length());
            found.set(i, new Found(a.begin, b.end, TimexType.TIME, dayOnly + (dayOnly.startsWith("UNDEF") ? "+" : "") + time,
                    null, day.origin + " + clock time"));
            found.remove(i + 1);
        }
    }

    /**
     * The day named before in sentence {@code s} that falls on the bare day of the week {@code value} names
     * ({@code UNDEF-weekday-2}, with or without a time of day), the nearest first; or null. A day of the week
     * that ends a range begun by that day ("from Sept. 14 to Thursday") is another day.
     */
    private static Timex dayOfTheWeekNamedBefore(String value, List<Mention> mentions, Sentence s, String sentence, int begin) {
        Matcher m = BARE_WEEKDAY.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).sentence() == s.index(); i--) {
            Mention before = mentions.get(i);
            Timex t = before.timex();
            int gapFrom = Math.max(0, Math.min(begin, before.end() - s.begin()));
            if (t.from() != null && t.from().equals(t.to()) && t.from().getDayOfWeek().getValue() == day
                    && (t.granularity() == Granularity.DAY || t.granularity() == Granularity.TIME)
                    && !RANGE_GAP.matcher(sentence.substring(gapFrom, begin)).matches()) {
                return t;
            }
        }
        return null;
    }

    /**
     * The sentence with the words of the dates found in it blanked out, for the tense detector: a date is no
     * verb of another ("friday night or sat?": "sat" is Saturday, not the past of "sit").
     */
    static String withoutDates(String sentence, List<Found> found) {
        char[] chars = sentence.toCharArray();
        for (Found f : found) {
            for (int c = f.begin; c < f.end; c++) {
                chars[c] = Character.isLetter(chars[c]) ? ' ' : chars[c];
            }
        }
        return new String(chars);
    }

    /** A date found by the rules that starts right after a clock time, past a time zone, a comma or a bracket ({@link #GAP}). */
    private static Found dayRightAfter(String sentence, int end, List<Found> found) {
        for (Found f : found) {
            if (f.begin >= end && f.type == TimexType.DATE && !f.value.contains("+") && !f.value.contains("T")
                    && DAY_VALUE.matcher(f.value).matches()
                    && GAP.matcher(sentence.substring(end, f.begin)).matches()) {
                return f;
            }
        }
        return null;
    }

    private Mention mention(Found f, Sentence s, String sentence, String tenseText, LocalDate dct, Timex previous,
                            boolean previousRelative, Timex story, boolean post, TaggingWarnings warnings) {
        String text = sentence.substring(f.begin, f.end);
        TimexMod mod = f.mod == null ? null : TimexMod.valueOf(f.mod);
        Timex timex;
        Anchor anchor;
        if (f.type.isPoint()) {
            Tense tense = tenses.tense(tenseText, f.begin, f.end);
            ResolvedValue r;
            try {
                r = resolver.resolve(post ? PostConventions.value(f.value, tense) : f.value, dct, previous, tense, story,
                        previousRelative);
            } catch (IllegalArgumentException badForm) {
                return null; // a rule whose value template left a part empty: drop the match, keep the article
            }
            timex = Timex.of(f.type, r.value(), mod);
            anchor = r.anchor();
            if (timex.from() == null && timex.granularity() != Granularity.NONE) {
                // a calendar form naming a day that does not exist ("February 30, 2021")
                warnings.warn("'" + text.replaceAll("\\s+", " ") + "' at characters " + (s.begin() + f.begin) + "-" + (s.begin() + f.end)
                        + " is not a date on the calendar; it is left out");
                return null;
            }
        } else {
            timex = Timex.of(f.type, durationValue(f.value), mod);
            anchor = Anchor.notAPoint();
        }
        return new Mention(s.begin() + f.begin, s.begin() + f.end, text, timex, anchor, s.index(), s.paragraph(), f.origin);
    }

    /**
     * A comparison with the past ("up from $4 a year earlier") does not move the story to that date: a date
     * resolved from the one before and earlier than it leaves the date under discussion as it was.
     */
    private static boolean looksBack(Mention mention, Timex t, Timex previous) {
        return previous != null && mention.anchor().kind() == AnchorKind.PREVIOUS_DATE
                && t.from().isBefore(previous.from());
    }

    /**
     * TimeML duration values: P2TH is PT2H, P2DE is P20Y, P3CE is P300Y, and a half is written in the next
     * smaller unit: P2.5Y is P2Y6M, PT5.5H is PT5H30M, P1.5D is P1DT12H, PT1.5M is PT1M30S.
     */
    static String durationValue(String value) {
        Matcher big = BIG_UNIT.matcher(value);
        if (big.matches()) {
            int factor = big.group(2).equals("DE") ? 10 : 100;
            return big.group(1).equals("X") ? "PXY" : "P" + Integer.parseInt(big.group(1)) * factor + "Y";
        }
        String v = TIME_UNIT.matcher(value).replaceFirst("PT$1$2");
        Matcher half = HALF_UNIT.matcher(v);
        if (half.matches()) {
            String whole = half.group(2).equals("0") ? "" : half.group(2) + half.group(3);
            return switch (half.group(3)) {
                case "Y" -> "P" + whole + "6M";
                case "D" -> "P" + whole + "T12H";
                case "M" -> "PT" + whole + "30S";
                default -> "PT" + whole + "30M";
            };
        }
        return v;
    }

    private record Found(int begin, int end, TimexType type, String value, String mod, String origin) {
    }
}
