package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.STOPS;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
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
        String of(ParsedSentence s, int verb);
    }

    private final EventVerb verbs;

    FramingRule(EventVerb verbs) {
        this.verbs = verbs;
    }

    /** A subjectless framing verb ("proved", "marked", "saw") after the date: the date names no event here. */
    boolean frames(ParsedSentence s, int dateBegin, Chunk group, int[] subject) {
        return subject == null && dateBegin >= 0 && s.tokenAt(dateBegin) < group.first()
                && FRAMING.contains(verbs.lemma(s.tokens().get(group.head())));
    }

    /** The event of the paragraph's next sentences: the first told in the simple past, or null. */
    String following(HeadlineMaker.Context context, Headlines headlines) {
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
            String label = headlines.of(next, shared == verb ? -1 : shared);
            if (label != null && shared != verb) {
                int[] subject = SubjectFinder.find(next, group.first(), none);
                if (subject != null) {
                    label = HeadlineText.capitalise(next.span(subject[0], subject[1]) + " " + HeadlineText.decapitalise(label));
                }
            }
            if (label != null) {
                return label;
            }
        }
        return null;
    }

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
