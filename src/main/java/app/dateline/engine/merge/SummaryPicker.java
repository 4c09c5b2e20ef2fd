package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one source sentence that tells an event best: of the sources' sentences, the one nearest the group's
 * centroid (it says what the others say), preferring a sentence that names the happening (an event word),
 * dates it most precisely ("late January" over "January") and is of a readable length (8 to 45 words). When the parser found the source's event word in a later sentence of
 * the paragraph ("March 2022 proved to be a turning point. ... the Taliban extended the ban"), that sentence is
 * the one that tells it.
 */
final class SummaryPicker {

    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Words a label reads badly when it opens with them (labels/weak-openings.txt, labels/reader-pronouns.txt). */
    private static final Set<String> WEAK_OPENINGS = WordList.loadAll("/dateline/labels/weak-openings.txt", "/dateline/labels/reader-pronouns.txt");
    /** Verbs that wait for their complement, by lemma (labels/complement-verbs.txt): no label opens or ends on one. */
    private static final Set<String> WAITING_VERBS = WordList.load("/dateline/labels/complement-verbs.txt");
    private static final Set<String> REPORTING_VERBS = WordList.load("/dateline/syntax/reporting-verbs.txt");
    /** Pronouns a label does not end on: what they stand for is outside it (labels/pointing-endings.txt). */
    private static final Set<String> POINTING_ENDINGS = WordList.load("/dateline/labels/pointing-endings.txt");
    private static final Set<String> SEQUENCE_VERBS = WordList.load("/dateline/labels/sequence-verbs.txt");
    /** What a weak label costs its source: less than the event word's bonus and the precision's together. */
    private static final double WEAK_LABEL = 0.25;
    /** The end of a sentence inside a paragraph: a full stop, question or exclamation mark, maybe a closing quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(\\[]?\\p{Lu}|\\d)");

    private SummaryPicker() {
    }

    /** The member whose sentence is the summary of a group: {@code members} index into the profiles. */
    static int pick(List<Integer> members, MentionProfiles p, TermVector centroid) {
        long narrowest = Long.MAX_VALUE;
        for (int i : members) {
            if (p.dates[i].isPlottable()) {
                narrowest = Math.min(narrowest, p.dates[i].days());
            }
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        Event bestEvent = null;
        for (int i : members) {
            Event e = p.events.get(i);
            double score = p.vectors[i].cosine(centroid);
            if (!p.triggers.get(i).isEmpty() || e.trigger() != null) {
                score += 0.2;
            }
            if (p.dates[i].isPlottable() && p.dates[i].days() == narrowest) {
                score += 0.15; // the source that dates it most precisely usually tells it most closely
            }
            int words = words(e.sentence());
            if (words < 8 || words > 45) {
                score -= 0.2;
            }
            if (weakLabel(e)) {
                score -= WEAK_LABEL; // "It was ripped by an explosion": another source names the rig
            }
            if (fragment(e.sentence())) {
                score -= WEAK_LABEL; // ", (r), ripped BP chief executive Tony Hayward": the rest of a sentence cut short
            }
            if (best < 0 || score > bestScore + 1e-9
                    || Math.abs(score - bestScore) <= 1e-9 && Merger.SOURCE_ORDER.compare(e, bestEvent) < 0) {
                best = i;
                bestScore = score;
                bestEvent = e;
            }
        }
        return best;
    }

    /**
     * The member whose headline labels a group: the summary's ({@code summary}), unless another member's
     * headline is the very phrase its date qualifies ("Since the movement's return to power in August 2021,
     * the world has struggled ...": the headline "The Taliban's return to power" ends where "in August 2021"
     * begins), a name of the happening the date is about rather than a clause around it, dated as precisely.
     */
    static int labelSource(List<Integer> members, MentionProfiles p, int summary) {
        if (namesItsDate(p.events.get(summary))) {
            return summary;
        }
        int best = summary;
        for (int i : members) {
            Event e = p.events.get(i);
            if (namesItsDate(e) && !weakLabel(e) && asPrecise(p, i, summary) && (best == summary
                    || Merger.SOURCE_ORDER.compare(p.events.get(i), p.events.get(best)) < 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether member {@code i} dates the event as precisely as the summary's member: a month's "visited Mexico City
     * in April" does not label what the summary tells of one night ("President Barack Obama last night used that
     * term"), the sentence the detail pane shows.
     */
    private static boolean asPrecise(MentionProfiles p, int i, int summary) {
        return !p.dates[i].isPlottable() || !p.dates[summary].isPlottable() || p.dates[i].days() <= p.dates[summary].days();
    }

    /**
     * Words that set a clause against another happening ("before" is a place too: "testified before a panel"): a label
     * holding one tells that clause, not the name of the date's happening.
     */
    private static final Set<String> TIME_LINKS = Set.of("since", "after", "following", "until");

    /**
     * The words a date phrase opens with that tie it to the phrase before ("return to power in August 2021"), in lower
     * case: a capital "On" opens a sentence of its own, as when a caption runs into the text ("Dr Murray denies any
     * wrongdoing On 8 February, 2010, Dr Murray appeared in court"). Not "since": what has gone on since a day is a
     * state, not the name of what happened that day ("the oil that has been gushing since April 20").
     */
    private static final Pattern DATE_LINK = Pattern.compile("\\s*(?:\\b(?:in|on|of|at|from|during)\\s+)?(?:\\bthe\\s+)?$");
    /**
     * A date that is a possessive qualifies the name after it ("host of next month's tribute concert"), not before; a
     * date before a dash or a colon heads the next entry of a chronology ("... leaking into welbore 20 April - Gas and
     * oil leak through ...").
     */
    private static final Pattern QUALIFIES_WHAT_FOLLOWS = Pattern.compile("^(?:['\u2019]s?(?=\\s|$)|\\s*[-\u2013\u2014:](?:\\s|$))");

    /** Whether the event's headline (three words or more) ends right before its date phrase in its sentence. */
    static boolean namesItsDate(Event e) {
        String label = e.label();
        int at = e.mention().begin() - e.sentenceBegin();
        if (label == null || at <= 0 || at > e.sentence().length() || words(label) < 3) {
            return false;
        }
        String before = e.sentence().substring(0, at);
        int end = e.mention().end() - e.sentenceBegin();
        if (end <= e.sentence().length() && QUALIFIES_WHAT_FOLLOWS.matcher(e.sentence().substring(end)).find()) {
            return false;
        }
        Matcher link = DATE_LINK.matcher(before);
        if (!link.find()) {
            return false;
        }
        String[] head = before.substring(0, link.start()).strip().split("\\s+");
        String[] words = label.strip().split("\\s+");
        for (String w : words) {
            if (TIME_LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                // "Demand has surged since his death [on Thursday]": the date names the death, which the label
                // only tells the surge against; no name of the happening
                return false;
            }
        }
        // the label's last two words, as the sentence spells them, right before the date
        return head.length >= 2 && head[head.length - 1].equals(words[words.length - 1])
                && head[head.length - 2].equals(words[words.length - 2]);
    }

    /**
     * Whether a label reads badly on the timeline: it opens with a word of {@code weak-openings.txt} or
     * {@code reader-pronouns.txt}, with a verb that waits for its complement ({@code complement-verbs.txt}: "Are
     * being counted as") or with its own event word ("Agreed under intense pressure"): its subject is elsewhere; it
     * ends on such a verb ("said the well was"); it ends on a pronoun or its event word's object is one ("Relief wells
     * being drilled reach it", "The volcano of oil obscured it from view": {@code pointing-endings.txt}); it opens with a shouted
     * word ("FAILED Turning their focus"); it ends on its reporting verb ("The LA Times says"); or it has fewer than
     * three words ("Hayward said"). Or it reports a saying without what was said ("Thad Allen told a White House
     * briefing"), in the speaker's voice ("We won't call it swine flu") or with a quotation left open
     * ({@link QuotedSpeech}). Or it may hold the tail of a byline its sentence opens with ({@link Byline}).
     */
    static boolean weakLabel(Event e) {
        return weakLabel(e.label(), e.trigger()) || QuotedSpeech.weak(e) || Byline.holdsLabel(e);
    }

    /**
     * Whether a label reads badly from its words alone: see {@link #weakLabel(Event)}, which also reads the sentence
     * for a saying that leaves out what was said ({@link QuotedSpeech}).
     */
    static boolean weakLabel(String label, Trigger trigger) {
        if (label == null || label.isBlank()) {
            return true;
        }
        Matcher m = WORD.matcher(label);
        if (!m.find() || words(label) < 3) {
            return true;
        }
        String first = m.group();
        String last = first;
        while (m.find()) {
            last = m.group();
        }
        boolean shouted = first.length() >= 5 && first.chars().allMatch(Character::isUpperCase);
        // "The president says": the saying without what was said
        boolean saysNothing = trigger != null && last.equalsIgnoreCase(trigger.text()) && REPORTING_VERBS.contains(trigger.lemma());
        boolean pointsOut = POINTING_ENDINGS.contains(last.toLowerCase(Locale.ROOT)) || pronounObject(label, trigger);
        return WEAK_OPENINGS.contains(first.toLowerCase(Locale.ROOT)) || WAITING_VERBS.contains(Lemmatizer.verb(first))
                || WAITING_VERBS.contains(Lemmatizer.verb(last)) || pointsOut || shouted || saysNothing
                || trigger != null && (first.equalsIgnoreCase(trigger.text()) || SEQUENCE_VERBS.contains(trigger.lemma()));
    }

    /**
     * Whether the word after the label's event word is a pronoun of {@code pointing-endings.txt}: the event's object is
     * outside the label ("obscured it from view"). Not after a reporting verb, where the pronoun opens what was said
     * ("BP said it had cut a ruptured pipe").
     */
    private static boolean pronounObject(String label, Trigger trigger) {
        if (trigger == null || REPORTING_VERBS.contains(trigger.lemma())) {
            return false;
        }
        String[] words = label.strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            String next = words[i + 1].toLowerCase(Locale.ROOT);
            // "her" before another word is a possessive ("pressed her baby's face"): the object is named
            boolean possessive = next.equals("her") && i + 2 < words.length;
            if (words[i].equals(trigger.text()) && POINTING_ENDINGS.contains(next) && !possessive) {
                return true;
            }
        }
        return false;
    }

    /** The source's sentence, or the later sentence of its paragraph that holds its event word. */
    static String sentenceTelling(Event e) {
        Trigger t = e.trigger();
        int sentenceEnd = e.sentenceBegin() + e.sentence().length();
        String paragraph = e.excerpt();
        if (t == null || t.begin() >= e.sentenceBegin() && t.begin() < sentenceEnd || paragraph == null) {
            return e.sentence().strip();
        }
        int at = t.begin() - e.excerptBegin();
        if (at < 0 || at >= paragraph.length()) {
            return e.sentence().strip();
        }
        int from = 0;
        int to = paragraph.length();
        Matcher m = SENTENCE_END.matcher(paragraph);
        while (m.find()) {
            if (m.end() <= at) {
                from = m.end();
            } else {
                to = m.start() + 1;
                while (to < m.end() && !Character.isWhitespace(paragraph.charAt(to))) {
                    to++;
                }
                break;
            }
        }
        return paragraph.substring(from, to).strip();
    }

    /**
     * Whether a sentence is the tail of one the page cut (a scraped line break, a caption): it opens with a mark that
     * continues a sentence (",", ";", ":", a closing bracket) or with a small letter.
     */
    static boolean fragment(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || Character.isLowerCase(c);
    }

    private static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
