package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.LabelSource;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels of a saying that do not tell what was said: the speaker and the verb with what was said cut off ("Thad
 * Allen told a White House briefing" of "... told a White House briefing Monday that a cap on the damaged oil well
 * is now keeping up to 462,000 gallons"), the said words in the speaker's own voice ("We won't call it swine
 * flu"), or a quotation opened and not closed ("said: \"With regret"). Such a label names no happening on the
 * timeline; another source of its event usually does.
 */
final class QuotedSpeech {

    private static final Set<String> REPORTING_VERBS = WordList.load("/dateline/syntax/reporting-verbs.txt");
    /** I, me, we, us...: the speaker's own voice (labels/speaker-pronouns.txt). */
    private static final Set<String> SPEAKER_PRONOUNS = WordList.load("/dateline/labels/speaker-pronouns.txt");
    /** What a saying's object or occasion may be at most, in words, after its verb ("told news agency AFP"). */
    private static final int AUDIENCE_WORDS = 6;
    /** How far the date may stand after the label's last word and still be passed ("told ABC on Thursday: ..."). */
    private static final int DATE_REACH = 12;
    /** What opens the said words after the saying: "that", "what", a colon, a quotation mark. */
    private static final Pattern SAID_OPENS = Pattern.compile("^[\\s\"'\u201d\u2019,]*(?:(?:that|what)\\b|:|[\"\u201c\u2018])");
    /** A quotation closed by a comma or mark before the saying: "'Our job is ...,' Ken Salazar said on CNN". */
    private static final Pattern QUOTE_BEFORE = Pattern.compile("[,?!]\\s*[\"\u201d'\u2019]");
    /** A word; an apostrophe splits it, so that "we're" holds "we". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private QuotedSpeech() {
    }

    /** Whether the event's label reads as a saying without what was said, in a speaker's voice or quoting unclosed. */
    static boolean weak(Event e) {
        return saysNothing(e) || speakersVoice(e.label()) || openQuote(e.label());
    }

    /**
     * Whether the label is a saying (its trigger a reporting verb of the label, or any trigger the label ends on) whose
     * said words the label left out: they follow it in the sentence after "that", "what", a colon or a quotation mark,
     * past the date ("told news agency AFP on Thursday: \"Now that we are collecting ...\""), or they stand before a
     * reporting verb as a quotation ("\"...,\" Interior Secretary Ken Salazar said on CNN").
     */
    static boolean saysNothing(Event e) {
        Trigger t = e.trigger();
        List<LabelSource> spans = e.labelSources();
        String sentence = e.sentence();
        if (t == null || spans.isEmpty() || sentence == null) {
            return false;
        }
        int labelBegin = spans.get(0).begin() - e.sentenceBegin();
        int labelEnd = spans.get(spans.size() - 1).end() - e.sentenceBegin();
        int verbEnd = t.end() - e.sentenceBegin();
        if (labelBegin < 0 || labelEnd > sentence.length() || verbEnd <= labelBegin || verbEnd > labelEnd
                || spans.stream().noneMatch(s -> s.begin() <= t.begin() && t.end() <= s.end())) {
            return false;
        }
        // a reporting verb with its audience at most; any trigger that ends the label ("The company conceded [Thursday]
        // what some scientists have been saying")
        boolean saying = REPORTING_VERBS.contains(t.lemma()) && words(sentence.substring(verbEnd, labelEnd)) <= AUDIENCE_WORDS;
        if (!saying && verbEnd != labelEnd) {
            return false;
        }
        int from = labelEnd;
        int date = e.mention().begin() - e.sentenceBegin();
        if (date >= labelEnd && date - labelEnd <= DATE_REACH) {
            from = Math.min(sentence.length(), e.mention().end() - e.sentenceBegin()); // "... AFP on Thursday: \"Now"
        }
        return SAID_OPENS.matcher(sentence.substring(from)).find()
                || saying && QUOTE_BEFORE.matcher(sentence.substring(0, labelBegin)).find();
    }

    /** Whether the label holds a pronoun of the speaker's own voice ("We won't call it", "posed to me"). */
    static boolean speakersVoice(String label) {
        if (label == null) {
            return false;
        }
        var m = WORD.matcher(label);
        while (m.find()) {
            String w = m.group();
            boolean shouted = w.length() > 1 && w.chars().allMatch(Character::isUpperCase); // "US", a country
            if (!shouted && SPEAKER_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the label opens a quotation it does not close ("A statement said: \"With regret"). */
    static boolean openQuote(String label) {
        if (label == null) {
            return false;
        }
        long straight = label.chars().filter(c -> c == '"').count();
        long opening = label.chars().filter(c -> c == '\u201c').count();
        long closing = label.chars().filter(c -> c == '\u201d').count();
        return straight % 2 == 1 || opening != closing;
    }

    private static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
