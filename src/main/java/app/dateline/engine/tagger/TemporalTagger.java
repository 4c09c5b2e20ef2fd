package app.dateline.engine.tagger;

import app.dateline.engine.article.Article;
import app.dateline.engine.rules.RuleMatch;
import app.dateline.engine.rules.RuleSet;
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

    /** Words and shapes worth asking Natty about when no rule matched them. */
    private static final Pattern NATTY_TRIGGER = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow"
                    + "|yesterday|christmas|easter|thanksgiving|halloween|noon|midnight)|\\d[:/]\\d|\\d\\s*[ap]\\.?m\\b");

    /** Durations in hours or minutes come out of the unit table as P2TH; TimeML writes PT2H. */
    private static final Pattern TIME_UNIT = Pattern.compile("^P([\\dX.]+)T([HMS])$");

    /** The tables whose words may stand in a date found by Natty. */
    private static final List<String> NATTY_VOCABULARY =
            List.of("nattyword", "month", "weekday", "timeofday", "relunit", "number", "part", "season");

    /** After this many sentences too slow for Natty, an article is read by the rules only. */
    static final int MAX_NATTY_TIMEOUTS = 3;

    private final RuleSet rules;
    private final Resolver resolver = new Resolver();
    private final TenseDetector tenses;
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
        List<Mention> mentions = new ArrayList<>();
        LocalDate dct = article.published();
        LocalDate previous = null;
        int nattyTimeouts = 0;
        for (Sentence s : text.sentences()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("tagging was cancelled");
            }
            String sentence = text.text(s);
            try {
                List<Found> found = new ArrayList<>();
                for (RuleMatch m : rules.match(sentence)) {
                    found.add(new Found(m.begin(), m.end(), m.rule().type(), m.value(), m.mod(), m.rule().name()));
                }
                if (natty != null && nattyTimeouts < MAX_NATTY_TIMEOUTS && addNatty(sentence, dct, found)) {
                    nattyTimeouts++;
                    warnings.tooSlow(where(s) + " took the date parser Natty over " + natty.limit().toMillis()
                            + " ms; only the rules read it" + (nattyTimeouts == MAX_NATTY_TIMEOUTS
                            ? " (after " + MAX_NATTY_TIMEOUTS + " such sentences Natty is off for the rest of this article)" : ""));
                }
                found.sort((a, b) -> Integer.compare(a.begin, b.begin));
                for (Found f : found) {
                    Mention mention = mention(f, s, sentence, dct, previous, warnings);
                    if (mention == null) {
                        continue;
                    }
                    mentions.add(mention);
                    Timex t = mention.timex();
                    if (t.isAnchoredPoint() && t.granularity().compareTo(Granularity.MONTH) <= 0) {
                        previous = t.from();
                    }
                }
            } catch (CancellationException cancelled) {
                throw cancelled;
            } catch (RuntimeException | StackOverflowError bug) {
                warnings.warn(where(s) + " could not be tagged (an error in Dateline); it is skipped");
            }
        }
        return mentions;
    }

    private static String where(Sentence s) {
        return "the sentence at characters " + s.begin() + "-" + s.end();
    }

    /** Adds Natty's candidates to {@code found}; true when Natty took too long and found nothing. */
    private boolean addNatty(String sentence, LocalDate dct, List<Found> found) {
        Matcher trigger = NATTY_TRIGGER.matcher(sentence);
        boolean uncovered = false;
        while (trigger.find() && !uncovered) {
            int at = trigger.start();
            uncovered = found.stream().noneMatch(f -> at >= f.begin && at < f.end);
        }
        if (!uncovered) {
            return false;
        }
        NattyWatchdog.Result parsed = natty.parse(sentence, dct);
        for (NattyCandidate c : parsed.candidates()) {
            boolean overlaps = found.stream().anyMatch(f -> f.begin < c.end() && c.begin() < f.end);
            if (!overlaps) {
                TimexType type = c.value().contains("T") && !c.value().startsWith("UNDEF-this") ? TimexType.TIME : TimexType.DATE;
                found.add(new Found(c.begin(), c.end(), type, c.value(), null, "natty " + c.tree()));
            }
        }
        return parsed.timedOut();
    }

    private Mention mention(Found f, Sentence s, String sentence, LocalDate dct, LocalDate previous, TaggingWarnings warnings) {
        String text = sentence.substring(f.begin, f.end);
        TimexMod mod = f.mod == null ? null : TimexMod.valueOf(f.mod);
        Timex timex;
        Anchor anchor;
        if (f.type.isPoint()) {
            Tense tense = tenses.tense(sentence, f.begin, f.end);
            ResolvedValue r = resolver.resolve(f.value, dct, previous, tense);
            timex = Timex.of(f.type, r.value(), mod);
            anchor = r.anchor();
            if (timex.from() == null && timex.granularity() != Granularity.NONE) {
                // a calendar form naming a day that does not exist ("February 30, 2021")
                warnings.warn("'" + text + "' at characters " + (s.begin() + f.begin) + "-" + (s.begin() + f.end)
                        + " is not a date on the calendar; it is left out");
                return null;
            }
        } else {
            timex = Timex.of(f.type, TIME_UNIT.matcher(f.value).replaceFirst("PT$1$2"), mod);
            anchor = Anchor.notAPoint();
        }
        return new Mention(s.begin() + f.begin, s.begin() + f.end, text, timex, anchor, s.index(), s.paragraph(), f.origin);
    }

    private record Found(int begin, int end, TimexType type, String value, String mod, String origin) {
    }
}
