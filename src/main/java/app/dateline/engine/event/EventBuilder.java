package app.dateline.engine.event;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.compress.CompressionInput;
import app.dateline.engine.event.compress.DeletionCompressor;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.tagger.Mention;
import app.dateline.engine.text.Paragraph;
import app.dateline.engine.text.SegmentedText;
import app.dateline.engine.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Turns an article's mentions into events, each with its label ({@link HeadlineMaker}), trigger
 * ({@link TriggerFinder}), sentence and excerpt. Only the sentences that hold a date, time, duration or set are
 * parsed (tags and phrases), and their neighbours when a headline needs them; durations and sets get no trigger
 * and the headline of their sentence's main event ({@link LabelMaker}'s label when it has none).
 */
public final class EventBuilder {

    private final LabelMaker labelMaker = new LabelMaker();
    private final SentenceParser parser = new SentenceParser();
    private final TriggerFinder triggers = new TriggerFinder();
    private final HeadlineMaker headlines = new HeadlineMaker();
    /** Shorter headlines ("He said") say too little: the sentence without its date says more. */
    private static final int MIN_LABEL = 10;

    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions) {
        return build(article, text, mentions, null);
    }

    /**
     * The label and trigger of each mention, as {@link #build} makes them: for making them apart, e.g. in
     * parallel. An interrupted thread stops with a {@link CancellationException}.
     */
    public List<EventText> texts(SegmentedText text, List<Mention> mentions) {
        return texts(text, mentions, () -> false);
    }

    /** As {@link #texts(SegmentedText, List)}, stopping with a {@link CancellationException} once {@code stopped} is true. */
    public List<EventText> texts(SegmentedText text, List<Mention> mentions, BooleanSupplier stopped) {
        Map<Integer, ParsedSentence> parsed = new HashMap<>();
        List<EventText> texts = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (Thread.currentThread().isInterrupted() || stopped.getAsBoolean()) {
                throw new CancellationException("labelling was cancelled");
            }
            Sentence s = text.sentences().get(m.sentence());
            ParsedSentence p = parsed(text, s.index(), parsed);
            List<int[]> others = otherDates(mentions, m, s);
            // a reader's comment's signature ("At 12:19 26th Apr 2009, X wrote:") is no part of what the comment tells
            int[] part = Stamps.besideSignature(p.text(), m.begin() - s.begin(), m.end() - s.begin());
            if (part == null) {
                // nor is a page's time stamp and what runs into it from the other side ("... diplomatic Friday 14 May
                // 2010 11.31 BST BP chief executive Tony Hayward leaving a meeting last week")
                part = Stamps.besideStamp(p.text(), m.begin() - s.begin(), m.end() - s.begin(), others);
            }
            if (part != null) {
                p = parser.parse(p.text().substring(part[0], part[1]), s.begin() + part[0]);
                others = shifted(others, part);
            }
            int from = part == null ? 0 : part[0];
            int begin = m.begin() - s.begin() - from;
            int end = m.end() - s.begin() - from;
            ParsedSentence told = p;
            if (!m.timex().type().isPoint()) {
                // Durations and sets are not events on the timeline: no trigger; their label is the headline of
                // the sentence's main event ("for another 20 years" in "the Taliban surged across Afghanistan").
                Headline label = headlines.headline(told, begin, end, -1, others, context(text, s, parsed));
                texts.add(eventText(label, null, s, () -> labelMaker.label(told.text(), begin, end)));
                continue;
            }
            int t = triggers.index(told, begin, end);
            Trigger trigger = t < 0 ? null : triggers.trigger(told, t);
            Headline label = headlines.headline(told, begin, end, t, others, context(text, s, parsed));
            texts.add(eventText(label, trigger, s, () -> labelMaker.label(told.text(), begin, end)));
        }
        return texts;
    }

    /**
     * The headline with its sources, or, when there is none or it says too little, {@link LabelMaker}'s label,
     * whose source is the whole sentence (it is the sentence less its date, cut).
     */
    private static EventText eventText(Headline headline, Trigger trigger, Sentence s, Supplier<String> fallback) {
        if (headline == null || headline.length() < MIN_LABEL) {
            return new EventText(fallback.get(), trigger, List.of(new LabelSource(s.begin(), s.end())));
        }
        return new EventText(headline.text(), trigger, headline.sources());
    }

    /** The dates inside {@code part} ({from, to}, sentence offsets), in offsets of that part. */
    private static List<int[]> shifted(List<int[]> dates, int[] part) {
        List<int[]> in = new ArrayList<>();
        for (int[] d : dates) {
            if (d[0] >= part[0] && d[1] <= part[1]) {
                in.add(new int[] {d[0] - part[0], d[1] - part[0]});
            }
        }
        return in;
    }

    /** The other dates and times of the mention's sentence (sentence offsets): a label leaves them out too. */
    private static List<int[]> otherDates(List<Mention> mentions, Mention m, Sentence s) {
        List<int[]> others = new ArrayList<>();
        for (Mention o : mentions) {
            if (o != m && o.sentence() == m.sentence() && o.timex().type().isPoint()) {
                others.add(new int[] {o.begin() - s.begin(), o.end() - s.begin()});
            }
        }
        return others;
    }

    /**
     * A label for a sentence of its own: of its date's event, or of its main event when it has none (the rules'
     * headline).
     *
     * @param dateBegin the date (sentence offsets), or -1
     * @param others    the sentence's other dates, left out of the label
     */
    public String label(ParsedSentence p, int dateBegin, int dateEnd, List<int[]> others) {
        return label(p, dateBegin, dateEnd, others, null);
    }

    /**
     * As {@link #label(ParsedSentence, int, int, List)}; a sentence with no date gets the words {@code compressor}
     * keeps of it (null: the rules' headline).
     */
    public String label(ParsedSentence p, int dateBegin, int dateEnd, List<int[]> others, DeletionCompressor compressor) {
        int t = dateBegin >= 0 ? triggers.index(p, dateBegin, dateEnd) : -1;
        Headline rules = headlines.headline(p, dateBegin, dateEnd, t, others, HeadlineMaker.Context.NONE);
        if (dateBegin < 0 && compressor != null) {
            boolean[] keep = compressor.keep(compressionInput(p, dateBegin, dateEnd, others, rules));
            Headline compressed = HeadlineText.headline(p, keep, null, null).capitalised();
            if (compressed.length() >= MIN_LABEL) {
                return compressed.text();
            }
        }
        String label = rules == null ? null : rules.text();
        if (label == null || label.length() < MIN_LABEL) {
            label = dateBegin >= 0 ? labelMaker.label(p.text(), dateBegin, dateEnd) : labelMaker.label(p.text(), 0, 0);
        }
        return label;
    }

    /** The kept tokens of a sentence as a label reads them (capitalised). */
    static String spell(ParsedSentence p, boolean[] keep) {
        return HeadlineText.headline(p, keep, null, null).capitalised().text();
    }

    /** What the deletion model sees of a sentence: its parse, the rules' headline's words and its dates' words. */
    public CompressionInput compressionInput(ParsedSentence p, int dateBegin, int dateEnd, List<int[]> others) {
        int t = dateBegin >= 0 ? triggers.index(p, dateBegin, dateEnd) : -1;
        return compressionInput(p, dateBegin, dateEnd, others,
                headlines.headline(p, dateBegin, dateEnd, t, others, HeadlineMaker.Context.NONE));
    }

    private static CompressionInput compressionInput(ParsedSentence p, int dateBegin, int dateEnd, List<int[]> others,
                                                     Headline rules) {
        boolean[] rule = new boolean[p.tokens().size()];
        if (rules != null) {
            for (LabelSource source : rules.sources()) {
                for (int i = 0; i < rule.length; i++) {
                    Token token = p.tokens().get(i);
                    rule[i] |= token.begin() + p.offset() >= source.begin() && token.end() + p.offset() <= source.end();
                }
            }
        }
        return new CompressionInput(p, rule, DateWords.mark(p, dateBegin, dateEnd, others));
    }

    private ParsedSentence parsed(SegmentedText text, int index, Map<Integer, ParsedSentence> parsed) {
        return parsed.computeIfAbsent(index, k -> {
            Sentence s = text.sentences().get(k);
            return parser.parse(text.text(s), s.begin());
        });
    }

    /** The sentences before (any paragraph) and after (this paragraph) {@code s}, parsed when asked for. */
    private HeadlineMaker.Context context(SegmentedText text, Sentence s, Map<Integer, ParsedSentence> parsed) {
        return new HeadlineMaker.Context() {
            @Override
            public ParsedSentence before(int k) {
                int i = s.index() - k;
                return i >= 0 && i < text.sentences().size() && text.sentences().get(i).index() == i ? parsed(text, i, parsed) : null;
            }

            @Override
            public ParsedSentence after(int k) {
                int i = s.index() + k;
                return i < text.sentences().size() && text.sentences().get(i).paragraph() == s.paragraph()
                        && text.sentences().get(i).index() == i ? parsed(text, i, parsed) : null;
            }
        };
    }

    /**
     * @param texts the label and trigger of each mention, made before (kept in the cache), or null to make them here
     */
    public List<Event> build(Article article, SegmentedText text, List<Mention> mentions, List<EventText> texts) {
        if (texts != null && texts.size() != mentions.size()) {
            throw new IllegalArgumentException("one label per mention: " + texts.size() + " for " + mentions.size());
        }
        List<EventText> made = texts != null ? texts : texts(text, mentions);
        List<Event> events = new ArrayList<>(mentions.size());
        // Events of one sentence or paragraph share its text rather than each holding a copy.
        Map<Integer, String> sentences = new HashMap<>();
        Map<Integer, String> paragraphs = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentence s = text.sentences().get(m.sentence());
            Paragraph p = text.paragraphs().get(m.paragraph());
            String sentence = sentences.computeIfAbsent(s.index(), k -> text.text(s));
            EventText et = made.get(i);
            events.add(new Event(article.source() + "#" + m.begin() + "-" + m.end(), article, m, et.label(), sentence,
                    paragraphs.computeIfAbsent(p.index(), k -> text.text(p)), s.begin(), p.begin(), et.trigger(),
                    et.labelSources()));
        }
        return events;
    }
}
