package app.dateline.engine.event;

import app.dateline.engine.tagger.CommentSignature;
import java.util.regex.Pattern;

/**
 * Dates that stamp a text rather than tell an event: a wire story's time stamp ("HOUSTON | Thu Apr 22, 2010
 * 7:30 pm EDT HOUSTON (Reuters) -", "Saturday 25 April 2009 23.24 BST"), a blog's ("14:44 UK time, 29 April
 * 2009"), a newspaper page's ("Friday, May 21, 2010; 8:38 PM Crews looking for ...") and a reader's comment ("At
 * 12:19 26th Apr 2009, barriesingleton wrote: ...", "1938: Brian Woodahl from Indianapolis, US, writes: ...") and a page's
 * footer, print note or "Posted by" signature ({@link PageStamps}: "This article was amended on Friday 29 May 2009").
 * Scraped pages are full of them; they say when something was written. The ranking gives them no weight as evidence for a day; the merger never merges them (a stamp is the
 * article's time, not an event, so it must not chain the events of many articles together).
 */
public final class Stamps {

    /** A time zone of labels/time-zones.txt: an abbreviation in capitals, a zone of several words in any case. */
    private static final String ZONE = DateWords.ZONES.stream().sorted()
            .map(z -> z.contains(" ") ? "(?i:" + Pattern.quote(z) + ")" : Pattern.quote(z.toUpperCase(java.util.Locale.ROOT)))
            .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    /** The rest of a date the phrase did not take: "Tuesday| 28 April 2009 17.37 BST", "18 Jun| 2009". */
    private static final String DATE_REST = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}\\s+|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\s+)?";
    /**
     * A time zone right after the date (and the rest of it), with its clock time unless the date phrase holds it; a
     * BBC page's "28 September 2011 Last updated at 15:41 GMT" too.
     */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^[\\s,]*" + DATE_REST + "(?:(?:(?i:last updated)\\s+)?(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*)?" + ZONE + "\\b");
    /**
     * A page's date line: "Last updated at" and a clock time right after the date, with no zone ("8 November 2011 Last
     * updated at 06:28 Michael Jackson's doctor ..."; with a zone {@link #CLOCK_AFTER} takes it).
     */
    private static final Pattern UPDATED_AFTER = Pattern.compile("^[\\s,]*(?i:last updated)(?:\\s+at)?\\s+\\d{1,2}[:.]\\d{2}\\b");
    /**
     * A page's stamp: the clock time after a semicolon or a dash right after the date, "Friday, May 21, 2010; 8:38 PM",
     * "July 27, 2010 - 12:48 PM | by: ...".
     */
    private static final Pattern PAGE_CLOCK_AFTER = Pattern.compile("^(?:;|\\s+[-\u2013]\\s)\\s*\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\b");
    /** The same stamp's clock time, read as a phrase of its own: the date and the semicolon right before it. */
    private static final Pattern PAGE_DATE_BEFORE = Pattern.compile("\\p{L}{3,9}\\.? \\d{1,2}, \\d{4};\\s*$");
    /** "At 12:19" (and "on", and the day and month the phrase did not take) or "14:44 UK time," right before the date. */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?:\\bAt\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?\\s*(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\s+)?|\\d{1,2}[:.]\\d{2}\\s*" + ZONE + ",?\\s*)$");
    /**
     * A reader's comment on a live page, numbered by its clock time without a colon: "1938: Brian Woodahl from
     * Indianapolis, US, writes: ..." (the tagger reads it as a clock time on a live page, as a year elsewhere). Only
     * with "writes:" after it: "1989: Exxon Valdez spills oil" is a year.
     */
    private static final Pattern NUMBERED_COMMENT = Pattern.compile(
            "^(?:[01]\\d|2[0-3])[0-5]\\d:\\s+\\p{Lu}[^:.;]{0,80}?\\s+writes\\s*:");

    private Stamps() {
    }

    /** The mention is inside a comment's signature: its time, or a year in the reader's name ("beijing_2008 wrote:"). */
    private static boolean inSignature(String sentence, int begin, int end) {
        return CommentSignature.holds(sentence, begin, end);
    }

    /**
     * The stretch of {@code sentence} that tells the mention at {@code begin..end} when a reader's comment's signature
     * stands in the sentence: the words after "wrote:" (what the reader wrote) or those before the signature (the
     * end of the text before the comment), so that a label is made of them and not of "X wrote". Null when the
     * sentence has no signature or the mention is in it (then the mention is the comment's stamp).
     *
     * @return {from, to} in sentence offsets, or null
     */
    public static int[] besideSignature(String sentence, int begin, int end) {
        java.util.regex.Matcher m = CommentSignature.PATTERN.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        if (begin >= m.end()) {
            return new int[] {m.end(), sentence.length()};
        }
        if (end <= m.start()) {
            return new int[] {0, m.start()};
        }
        return null;
    }

    /**
     * The stretch of {@code sentence} that tells the mention at {@code begin..end} when another of its dates is a page's
     * time stamp with a clock time and a zone after it ("Not all of it has been entirely diplomatic Friday 14 May 2010
     * 11.31 BST BP chief executive Tony Hayward leaving a government meeting in Washington last week": a scraped
     * headline, its stamp and a caption run together): the words on the mention's side of the stamp, so that its label
     * holds neither the other side nor "11.31 BST". Null when no other date is such a stamp or the mention is one.
     *
     * @param others the sentence's other dates ({begin, end}, sentence offsets)
     * @return {from, to} in sentence offsets, or null
     */
    public static int[] besideStamp(String sentence, int begin, int end, java.util.List<int[]> others) {
        if (stampEnd(sentence, begin, end) >= 0) {
            return null;
        }
        int from = 0;
        int to = sentence.length();
        for (int[] d : others) {
            int stampEnd = stampEnd(sentence, d[0], d[1]);
            if (stampEnd < 0) {
                continue;
            }
            if (stampEnd <= begin) {
                from = Math.max(from, stampEnd);
            } else if (d[0] >= end) {
                to = Math.min(to, d[0]);
            }
        }
        if (from == 0 && to == sentence.length()) {
            return null;
        }
        // "KUALA LUMPUR, April 27 | Mon Apr 27, 2009 4:19 am BST KUALA LUMPUR (Reuters) - ...": a wire dateline's date
        // dates the story after the stamp; its own side says nothing
        int words = 0;
        java.util.regex.Matcher w = WORD.matcher(sentence.substring(from, begin) + " " + sentence.substring(end, to));
        while (w.find()) {
            words++;
        }
        return words < SIDE_WORDS ? null : new int[] {from, to};
    }

    /** The fewest words a stamp's side needs, besides the date, to tell something (a wire dateline has one or two). */
    private static final int SIDE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /**
     * Where the stamp at {@code begin..end}, a date with its year, ends with the clock time and zone after it; -1 when
     * it is no such stamp ("just after noon EDT Friday" is a time of the story).
     */
    private static int stampEnd(String s, int begin, int end) {
        if (begin < 0 || end > s.length() || begin > end || !YEAR.matcher(s.substring(begin, end)).find()) {
            return -1;
        }
        java.util.regex.Matcher m = CLOCK_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 60)));
        return m.find() && CLOCK.matcher(m.group()).find() ? end + m.end() : -1;
    }

    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    /**
     * A linked story's section heading in capitals right after its date, which is in capitals too: a page's list of
     * related stories ("30 NOVEMBER 2011, ENTERTAINMENT & ARTS The pun - ancient artform"). The date says when that
     * story was written; prose does not write a month in capitals.
     */
    private static final Pattern SECTION_AFTER = Pattern.compile("^,\\s+\\p{Lu}{2,}(?:\\s+(?:&|\\p{Lu}{2,}))*\\s+\\p{Lu}\\p{Ll}");
    /** A date phrase whose words are all in capitals ("30 NOVEMBER 2011", "WEDNESDAY, 29 APRIL"). */
    private static final Pattern SHOUTED_DATE = Pattern.compile("[\\d\\s,]*\\p{Lu}{3,}[\\p{Lu}\\d\\s,.]*");

    /** True when the date at {@code begin..end}, in capitals, heads a linked story's section name in capitals. */
    private static boolean linkedStory(String s, int begin, int end, String after) {
        return SHOUTED_DATE.matcher(s.substring(begin, end)).matches() && SECTION_AFTER.matcher(after).find();
    }
    private static final Pattern CLOCK = Pattern.compile("\\d[:.]\\d{2}");

    /** True when the mention's date stamps its text (a wire story's, a page's, a reader's comment's time). */
    public static boolean isStamp(Event e) {
        // a stamp is a written time, and the event knows whether it is one (most are not) without a pattern
        return e.noEvent() == NoEvent.WRITTEN_TIME
                && isStamp(e.sentence(), e.mention().begin() - e.sentenceBegin(), e.mention().end() - e.sentenceBegin());
    }

    /** True when the date at {@code begin..end} of {@code s} stamps its text. */
    public static boolean isStamp(String s, int begin, int end) {
        if (begin < 0 || end > s.length() || begin > end) {
            return false;
        }
        String after = s.substring(end, Math.min(s.length(), end + 60));
        return CLOCK_AFTER.matcher(after).find() || PAGE_CLOCK_AFTER.matcher(after).find() || UPDATED_AFTER.matcher(after).find()
                || CLOCK_BEFORE.matcher(s.substring(Math.max(0, begin - 40), begin)).find()
                || PAGE_DATE_BEFORE.matcher(s.substring(Math.max(0, begin - 40), begin)).find()
                || inSignature(s, begin, end) || linkedStory(s, begin, end, after)
                || PageStamps.before(s.substring(0, begin))
                || s.substring(0, begin).isBlank() && NUMBERED_COMMENT.matcher(s.substring(begin, Math.min(s.length(), begin + 100))).find();
    }
}
