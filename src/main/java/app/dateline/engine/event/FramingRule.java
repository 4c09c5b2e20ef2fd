package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.STOPS;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import java.util.List;
import java.util.Set;

/**
 * A sentence that only frames its date ("March 2022 proved to be a turning point for the U.S. approach")
 * takes its event from the paragraph's next sentences: the first told in the simple past ("Akhundzada
 * overruled officials in Kabul and extended the ban indefinitely").
 */
final class FramingRule {

    private static final Set<String> FRAMING = Set.of("be", "prove", "mark", "see", "bring", "become", "witness");

    /** Makes the headline of a sentence of its own around verb {@code verb} (-1: its main verb). */
    interface Headlines {
        Headline of(ParsedSentence s, int verb);
    }

    private final EventVerb verbs;

    FramingRule(EventVerb verbs) {
        this.verbs = verbs;
    }

    /**
     * A framing verb ("proved", "marked", "saw") after the date, whose subject is none or the date itself ("[March
     * 2022] proved to be a turning point"): the date names no event here.
     */
    boolean frames(ParsedSentence s, int dateBegin, Chunk group, int[] subject) {
        return dateBegin >= 0 && s.tokenAt(dateBegin) < group.first()
                && (subject == null || subject[0] == s.tokenAt(dateBegin))
                && FRAMING.contains(verbs.lemma(s.tokens().get(group.head())));
    }

    /** The event of the paragraph's next sentences: the first told in the simple past, or null. */
    Headline following(HeadlineMaker.Context context, Headlines headlines) {
        for (int k = 1; k <= 3; k++) {
            ParsedSentence next = context.after(k);
            if (next == null) {
                return null;
            }
            boolean[] none = new boolean[next.tokens().size()];
            int verb = verbs.main(next, -1, none);
            if (verb < 0) {
                continue;
            }
            Chunk group = next.chunks().get(next.chunkOf(verb));
            Token first = next.tokens().get(group.first());
            if (!first.tag().equals("VBD") || verbs.lemma(first).equals("have")) {
                continue;
            }
            int shared = sharedVerb(next, group, verb);
            Headline label = headlines.of(next, shared == verb ? -1 : shared);
            // the verb after "and" may have found the subject it shares already ("... overruled officials and extended")
            boolean own = shared != verb && SubjectFinder.find(next, next.chunks().get(next.chunkOf(shared)).first(), none) != null;
            if (label != null && shared != verb && !own) {
                int[] subject = SubjectFinder.find(next, group.first(), none);
                if (subject != null) {
                    label = Headline.span(next, subject[0], subject[1]).then(" ", label.decapitalised()).capitalised();
                }
            }
            if (label != null && k > 1) {
                Headline topic = topic(context.after(k - 1));
                Headline brief = brief(next, group, shared == verb ? verb : shared);
                if (topic != null && brief != null) {
                    // "the ban": what it is a ban of, the paragraph said just before.
                    label = topic.capitalised().then(": ", brief);
                }
            }
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /**
     * "Akhundzada extended the ban": the subject's last name, the verb and an object that is a bare definite
     * noun ("the ban", with no phrase of its own saying what it is of); null when the object says more.
     */
    private static Headline brief(ParsedSentence next, Chunk group, int verb) {
        boolean[] none = new boolean[next.tokens().size()];
        int[] subject = SubjectFinder.find(next, group.first(), none);
        Chunk verbs = next.chunks().get(next.chunkOf(verb));
        int o = next.chunkOf(verbs.last() + 1);
        if (subject == null || o < 0) {
            return null;
        }
        Chunk object = next.chunks().get(o);
        List<Token> tokens = next.tokens();
        boolean bare = object.isNounPhrase() && object.last() == object.first() + 1
                && tokens.get(object.first()).lower().equals("the") && tokens.get(object.last()).isNoun()
                && !tokens.get(object.last()).isProperNoun();
        String after = object.last() + 1 < tokens.size() ? tokens.get(object.last() + 1).tag() : ".";
        if (!bare || after.equals("IN") || after.equals("TO") || after.equals("POS")) {
            return null;
        }
        Headline name = tokens.get(subject[1]).isProperNoun() ? Headline.span(next, subject[1], subject[1])
                : Headline.span(next, subject[0], subject[1]);
        return name.capitalised().then(" ", Headline.span(next, verbs.first(), object.last()));
    }

    /**
     * What a sentence of background is about: the subject of its last finite clause, past an insert between
     * dashes ("Afghan secondary schools for girls—which the Taliban had shuttered—would be reopened"), when it is
     * a noun phrase of a few words; null otherwise.
     */
    private static Headline topic(ParsedSentence s) {
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        boolean[] insert = new boolean[tokens.size()];
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (DASHES.contains(tokens.get(i).text())) {
                if (open >= 0) {
                    for (int j = open; j <= i; j++) {
                        insert[j] = true;
                    }
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        for (int c = s.chunks().size() - 1; c >= 0; c--) {
            Chunk group = s.chunks().get(c);
            if (!group.isVerbGroup() || insert[group.first()] || !EventVerb.finiteGroup(s, group)) {
                continue;
            }
            int[] subject = SubjectFinder.find(s, group.first(), insert);
            int end = group.first() - 1;
            while (end >= 0 && insert[end]) {
                end--; // the subject with its phrases, up to the verb: "schools for girls"
            }
            if (subject == null || end < subject[1] || !tokens.get(end).isNoun() || end - subject[0] > 6
                    || tokens.get(subject[0]).tag().equals("DT")) {
                return null;
            }
            return Headline.span(s, subject[0], end);
        }
        return null;
    }

    private static final Set<String> DASHES = Set.of("\u2014", "--");

    /** "overruled officials in Kabul and extended the ban": the last of the past-tense verbs the subject shares. */
    private static int sharedVerb(ParsedSentence next, Chunk group, int verb) {
        int shared = verb;
        for (int i = group.last() + 1; i + 1 < next.tokens().size(); i++) {
            Token t = next.tokens().get(i);
            if (STOPS.contains(t.text()) || t.tag().startsWith("W")) {
                break;
            }
            if (t.tag().equals("CC") && next.chunks().get(next.chunkOf(i + 1)).isVerbGroup()
                    && next.tokens().get(i + 1).tag().equals("VBD")) {
                shared = next.chunks().get(next.chunkOf(i + 1)).head();
            }
        }
        return shared;
    }
}
