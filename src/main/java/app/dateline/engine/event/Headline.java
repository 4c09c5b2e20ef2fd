package app.dateline.engine.event;

import app.dateline.engine.syntax.ParsedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A headline and the stretches of the article its words come from ({@link LabelSource}, body offsets, in order
 * and without overlap).
 */
record Headline(String text, List<LabelSource> sources) {

    Headline {
        List<LabelSource> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(LabelSource::begin));
        List<LabelSource> merged = new ArrayList<>(sorted.size());
        for (LabelSource x : sorted) {
            LabelSource last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && x.begin() <= last.end()) {
                merged.set(merged.size() - 1, new LabelSource(last.begin(), Math.max(last.end(), x.end())));
            } else {
                merged.add(x);
            }
        }
        sources = List.copyOf(merged);
    }

    /** Tokens {@code first..last} of {@code s} as they stand, one source. */
    static Headline span(ParsedSentence s, int first, int last) {
        return new Headline(s.span(first, last), List.of(new LabelSource(s.offset() + s.tokens().get(first).begin(),
                s.offset() + s.tokens().get(last).end())));
    }

    Headline capitalised() {
        return new Headline(HeadlineText.capitalise(text), sources);
    }

    Headline decapitalised() {
        return new Headline(HeadlineText.decapitalise(text), sources);
    }

    /** This headline, {@code separator}, then {@code next}: the sources of both, in the article's order. */
    Headline then(String separator, Headline next) {
        List<LabelSource> all = new ArrayList<>(sources);
        all.addAll(next.sources);
        return new Headline(text + separator + next.text, all);
    }

    int length() {
        return text.length();
    }
}
