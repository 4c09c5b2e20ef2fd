package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What the merger knows about each mention: its word vector, its date, its event words (triggers), the names of
 * its paragraph and the rarer names of its sentence (participants), and how it stands to any other mention (date
 * relation, same article or sentence, how alike the two articles are).
 */
final class MentionProfiles {

    /** Marks that end a clause: a word in a clause that holds another date describes that date, not this one. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\\[\\]\u2014\u2013]|\\s-\\s");
    /**
     * Names (capitalised words of the paragraphs: who, where, to whom) two groups must share to be one event: one
     * alone, a place or the story's main actor, is in too many paragraphs to tell one happening, unless the
     * event words agree too.
     */
    static final int SHARED_NAMES = 2;

    /** Two names in common, or one and the same kind of happening. */
    static boolean enoughNames(Set<String> namesA, Set<String> namesB, Set<String> triggersA, Set<String> triggersB) {
        int shared = shared(namesA, namesB);
        return shared >= SHARED_NAMES || shared >= 1 && intersects(triggersA, triggersB);
    }
    /** A name held by at most this share of the corpus's sentences says who took part, not which story it is. */
    private static final double RARE_NAME_SHARE = 0.05;
    /**
     * An event word (a concept of the table) held by more than this share of the corpus's sentences is the story's
     * subject, not one happening: "spill" ({@code #leak}) is in a fifth of the BP story's sentences, so every
     * sentence of a busy day agreed on it, and one shared name ("BP") with it made any two of them one event. Such a
     * concept still counts as a word; as an event word it agrees only within one article (a writer who names the
     * story's kind of happening twice, at dates that hold each other, names one happening: the same-article rule).
     */
    static final double STORY_CONCEPT_SHARE = 0.10;
    /**
     * The fewest sentences that make a concept the story's: in a folder of a few sentences every concept is in a
     * large share of them (two articles telling one death are two sentences of two, all with "died").
     */
    static final int STORY_CONCEPT_SENTENCES = 10;

    final List<Event> events;
    final TermVector[] vectors;
    final EventDate[] dates;
    /** The days each mention's date may mean when it is compared with another ({@link #reach}). */
    final EventDate[] reaches;
    /**
     * Whether the merger may merge the mention automatically ({@link Merger#candidate}): an anchored point precise
     * enough to name one event, and no stamp.
     */
    final boolean[] candidate;
    /** Each mention's sentence up to the end of its date phrase, or null ({@link #toldThrough}); read once, compared often. */
    final String[] told;
    /** Each mention's label when it opens on "the", as retellings are compared, or null ({@link #headline}). */
    final String[] headlines;
    final LocalDate[] published;
    /** Index of the mention's article, and of its sentence in the article. */
    final int[] article;
    final int[] sentence;
    final List<Set<String>> names;
    /** The event words near the date: concepts of the concept table, and the parser's trigger when there is one. */
    final List<Set<String>> triggers;
    /**
     * The event words that tell one happening from another across articles: {@link #triggers} without the story's
     * concepts ({@link #STORY_CONCEPT_SHARE}).
     */
    final List<Set<String>> eventWords;
    /**
     * The story's concepts: those more than {@link #STORY_CONCEPT_SHARE} of the corpus's sentences hold, and at least
     * {@link #STORY_CONCEPT_SENTENCES}.
     */
    final Set<String> storyConcepts;
    /**
     * The kind of happening the parser's trigger names (the word the date is about), when the concept table knows it
     * ("died" is {@code #death}, "raided" {@code #raid}); empty without a trigger or for one the table does not know
     * (the parser's triggers of other words are too often a verb beside the event: "completed", "took part").
     */
    final List<Set<String>> triggerWords;
    /** Whether the mention's trigger is a verb of saying or reporting ({@link ReportVerbs}): its date is a report's. */
    final boolean[] reports;
    /** Names of the sentence that few sentences of the corpus hold. */
    final List<Set<String>> participants;
    /** The countries the sentence names ({@link Countries}). */
    final List<Set<String>> countries;
    /** The names, event words and participants as sorted word ids. */
    private final int[][] nameIds;
    private final int[][] triggerIds;
    private final int[][] eventWordIds;
    private final int[][] participantIds;
    /** The words of the vector that are neither capitalised in the sentence (names, titles) nor concepts, as ids. */
    private final int[][] contentIds;
    private final MergeSettings settings;
    private final Tokenizer tokenizer;
    private final TfIdf tfidf;
    private final List<String> articleSources = new ArrayList<>();
    private final SparseVector[] articleVectors;
    /** The mentions' vectors in the form pairs are compared in. */
    private final SparseVector[] sparse;
    private final Map<Long, Double> articleSimilarity = new ConcurrentHashMap<>();

    MentionProfiles(List<Event> events, Collection<String> idfDocuments, MergeSettings settings, Tokenizer tokenizer) {
        this(events, idfDocuments, null, settings, tokenizer);
    }

    /** With weights learnt elsewhere (a distributed job counts them over a whole archive). */
    MentionProfiles(List<Event> events, TfIdf tfidf, MergeSettings settings, Tokenizer tokenizer) {
        this(events, List.<Event>of(), tfidf, settings, tokenizer);
    }

    /**
     * With weights learnt elsewhere, for a part of a corpus: {@code context} are the other mentions of these
     * mentions' sentences (the date phrases a mention's words leave out), so that each vector is the one the whole
     * corpus gives it.
     */
    MentionProfiles(List<Event> events, List<Event> context, TfIdf tfidf, MergeSettings settings, Tokenizer tokenizer) {
        this(events, context, List.<String>of(), tfidf, settings, tokenizer, null);
    }

    /**
     * The same, with each article's words given ({@code articleTerms}: what {@code tfidf.vector(article.body())} gives),
     * so that a job that meets one article in many parts weighs its text once.
     */
    MentionProfiles(List<Event> events, List<Event> context, TfIdf tfidf, MergeSettings settings, Tokenizer tokenizer,
                    java.util.function.Function<app.dateline.engine.article.Article, TermVector> articleTerms) {
        this(events, context, List.<String>of(), tfidf, settings, tokenizer, articleTerms);
    }

    private MentionProfiles(List<Event> events, Collection<String> idfDocuments, TfIdf givenWeights, MergeSettings settings,
                            Tokenizer tokenizer) {
        this(events, List.<Event>of(), idfDocuments, givenWeights, settings, tokenizer, null);
    }

    private MentionProfiles(List<Event> events, List<Event> context, Collection<String> idfDocuments, TfIdf givenWeights,
                            MergeSettings settings, Tokenizer tokenizer,
                            java.util.function.Function<app.dateline.engine.article.Article, TermVector> givenTerms) {
        this.events = List.copyOf(events);
        this.settings = settings;
        this.tokenizer = tokenizer;
        // The articles' term counts, from their sentences as the weights are learnt (when the documents say
        // which article each sentence is from); else from the articles' bodies below.
        Map<String, Map<String, Double>> articleCounts = new HashMap<>();
        java.util.function.ObjIntConsumer<List<String>> perSentence = null;
        if (givenWeights == null && idfDocuments instanceof CorpusSentences cs) {
            perSentence = (terms, d) -> {
                Map<String, Double> counts = articleCounts.computeIfAbsent(cs.source(d), k -> new HashMap<>());
                for (String t : terms) {
                    counts.merge(t, 1.0, Double::sum);
                }
            };
        }
        this.tfidf = givenWeights != null ? givenWeights
                : new TfIdf(tokenizer, idfDocuments.isEmpty() ? events.stream().map(Event::sentence).toList() : idfDocuments,
                        perSentence);
        int n = events.size();
        vectors = new TermVector[n];
        dates = new EventDate[n];
        reaches = new EventDate[n];
        candidate = new boolean[n];
        told = new String[n];
        headlines = new String[n];
        reports = new boolean[n];
        published = new LocalDate[n];
        article = new int[n];
        sentence = new int[n];
        Map<String, Integer> articleIndex = new HashMap<>();
        Map<String, Event> firstOfArticle = new HashMap<>();
        Map<String, List<int[]>> datesBySentence = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Event e = this.events.get(i);
            String source = e.article().source();
            Integer a = articleIndex.get(source);
            if (a == null) {
                a = articleSources.size();
                articleIndex.put(source, a);
                articleSources.add(source);
                firstOfArticle.put(source, e);
            }
            article[i] = a;
            sentence[i] = e.mention().sentence();
            published[i] = e.article().published();
            dates[i] = EventDate.of(e.timex());
            reaches[i] = reach(e);
            reports[i] = ReportVerbs.dates(e.trigger());
            if (e.timex().type().isPoint()) {
                datesBySentence.computeIfAbsent(sentenceKey(e), k -> new ArrayList<>())
                        .add(new int[] {e.mention().begin() - e.sentenceBegin(), e.mention().end() - e.sentenceBegin()});
            }
        }
        Set<String> ids = new HashSet<>();
        this.events.forEach(e -> ids.add(e.id()));
        for (Event e : context) {
            if (e.timex().type().isPoint() && ids.add(e.id())) {
                datesBySentence.computeIfAbsent(sentenceKey(e), k -> new ArrayList<>())
                        .add(new int[] {e.mention().begin() - e.sentenceBegin(), e.mention().end() - e.sentenceBegin()});
            }
        }
        double rareIdf = Math.log(1.0 / RARE_NAME_SHARE) + 1.0;
        Map<String, Set<String>> paragraphNames = new ConcurrentHashMap<>();
        Map<String, Set<String>> articleNames = new ConcurrentHashMap<>();
        Set<String>[] nameSets = newSets(n);
        Set<String>[] triggerSets = newSets(n);
        Set<String>[] triggerWordSets = newSets(n);
        Set<String>[] participantSets = newSets(n);
        Set<String>[] countrySets = newSets(n);
        Set<String>[] contentSets = newSets(n);
        Countries gazetteer = Countries.english();
        IntStream.range(0, n).parallel().forEach(i -> {
            Event e = this.events.get(i);
            Set<String> concepts = new TreeSet<>();
            vectors[i] = vectorOf(e, datesBySentence.getOrDefault(sentenceKey(e), List.of()), concepts);
            Trigger t = e.trigger();
            Set<String> triggerTerms = t == null ? Set.of() : triggerTerms(t.lemma());
            concepts.addAll(triggerTerms);
            Set<String> kinds = new TreeSet<>();
            for (String term : triggerTerms) {
                if (!term.startsWith("=")) {
                    kinds.add(term); // a concept of the table: a known kind of happening
                }
            }
            triggerWordSets[i] = Set.copyOf(kinds);
            triggerSets[i] = Set.copyOf(concepts);
            candidate[i] = Merger.candidate(e);
            told[i] = toldThrough(e);
            headlines[i] = headline(e);
            Set<String> known = articleNames.computeIfAbsent(e.article().source(), k -> Set.copyOf(tokenizer.articleNames(e.article().body())));
            nameSets[i] = paragraphNames.computeIfAbsent(e.article().source() + "#" + e.excerptBegin(),
                    k -> Set.copyOf(tokenizer.names(WireHeader.blank(e.excerpt()), known)));
            Set<String> rare = new TreeSet<>();
            String told = WireHeader.blank(e.sentence());
            Set<String> sentenceNames = tokenizer.names(told);
            for (String name : sentenceNames) {
                if (tfidf.idf(name) >= rareIdf) {
                    rare.add(name);
                }
            }
            participantSets[i] = Set.copyOf(rare);
            // the whole sentence: a wire header's headline names the story's country ("India confirms first case")
            countrySets[i] = Set.copyOf(gazetteer.in(e.sentence()));
            Set<String> content = new TreeSet<>();
            Set<String> capitalised = tokenizer.capitalised(told);
            for (String term : vectors[i].weights().keySet()) {
                if (!term.startsWith("#") && !capitalised.contains(term)) {
                    content.add(term);
                }
            }
            contentSets[i] = content;
        });
        names = List.of(nameSets);
        triggers = List.of(triggerSets);
        Set<String> story = new TreeSet<>();
        for (Set<String> set : triggerSets) {
            for (String term : set) {
                if (term.startsWith("#") && tfidf.share(term) > STORY_CONCEPT_SHARE
                        && tfidf.frequency(term) >= STORY_CONCEPT_SENTENCES) {
                    story.add(term);
                }
            }
        }
        storyConcepts = Set.copyOf(story);
        Set<String>[] eventWordSets = newSets(n);
        for (int i = 0; i < n; i++) {
            Set<String> own = new TreeSet<>(triggerSets[i]);
            own.removeAll(storyConcepts);
            eventWordSets[i] = own.size() == triggerSets[i].size() ? triggerSets[i] : Set.copyOf(own);
        }
        eventWords = List.of(eventWordSets);
        triggerWords = List.of(triggerWordSets);
        participants = List.of(participantSets);
        countries = List.of(countrySets);
        // the same sets as sorted ids, for comparing millions of pairs without hashing strings
        Map<String, Integer> wordIds = new HashMap<>();
        Map<Set<String>, int[]> made = new java.util.IdentityHashMap<>();
        nameIds = new int[n][];
        triggerIds = new int[n][];
        eventWordIds = new int[n][];
        participantIds = new int[n][];
        contentIds = new int[n][];
        for (int i = 0; i < n; i++) {
            contentIds[i] = ids(contentSets[i], wordIds);
            nameIds[i] = made.computeIfAbsent(nameSets[i], set -> ids(set, wordIds));
            triggerIds[i] = ids(triggerSets[i], wordIds);
            eventWordIds[i] = eventWordSets[i] == triggerSets[i] ? triggerIds[i] : ids(eventWordSets[i], wordIds);
            participantIds[i] = ids(participantSets[i], wordIds);
        }
        TermVector[] articleTerms = new TermVector[articleSources.size()];
        IntStream.range(0, articleSources.size()).parallel().forEach(a -> {
            Map<String, Double> counts = articleCounts.get(articleSources.get(a));
            app.dateline.engine.article.Article article = firstOfArticle.get(articleSources.get(a)).article();
            articleTerms[a] = counts != null ? tfidf.vector(counts)
                    : givenTerms != null ? givenTerms.apply(article) : tfidf.vector(article.body());
        });
        Map<String, Integer> termIds = alphabetical(vectors, articleTerms);
        sparse = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            sparse[i] = SparseVector.of(vectors[i], termIds);
        }
        articleVectors = new SparseVector[articleSources.size()];
        for (int a = 0; a < articleTerms.length; a++) {
            articleVectors[a] = SparseVector.of(articleTerms[a], termIds);
        }
    }

    /**
     * Every term of the vectors numbered in alphabetical order. A cosine sums its products (and a norm its squares)
     * in the order of the ids, so with ids in the terms' own order every sum is the same to the last bit whichever
     * other mentions are merged with these: numbered as they come, the ids (and a pair at its threshold) would
     * depend on the mentions before, and a distributed job that merges the linked groups of an archive apart would
     * not merge as the archive merged whole.
     */
    private static Map<String, Integer> alphabetical(TermVector[] mentions, TermVector[] articles) {
        TreeSet<String> terms = new TreeSet<>();
        for (TermVector[] vs : List.of(mentions, articles)) {
            for (TermVector v : vs) {
                terms.addAll(v.weights().keySet());
            }
        }
        Map<String, Integer> ids = new HashMap<>(terms.size() * 2);
        for (String t : terms) {
            ids.put(t, ids.size());
        }
        return ids;
    }

    /** A set of words as their ids, in increasing order (ids given in the words' order, so by run). */
    private static int[] ids(Set<String> words, Map<String, Integer> wordIds) {
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        int[] out = new int[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            out[k] = wordIds.computeIfAbsent(sorted[k], w -> wordIds.size());
        }
        Arrays.sort(out);
        return out;
    }

    /** How many ids two sorted arrays share. */
    static int shared(int[] a, int[] b) {
        int c = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                c++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }

    /**
     * {@link #enoughNames(Set, Set, Set, Set)} for two mentions; or the same sentence, word for word, in two articles
     * (a wire story both ran: "A new cap was used on Thursday to stop the flow for the first time since 20 April" names
     * no one, and its paragraph is that sentence alone), or one sentence (its names are the same; whether its two dates
     * may be one is {@link #sameArticleVeto}'s).
     */
    boolean enoughNames(int i, int j) {
        int shared = shared(nameIds[i], nameIds[j]);
        return shared >= SHARED_NAMES || shared >= 1 && sameTrigger(i, j) || retold(i, j) || sameSentence(i, j)
                || headlines[i] != null && headlines[j] != null && retoldHeadline(headlines[i], headlines[j])
                && oneDay(dates[i]) != null && oneDay(dates[i]).equals(oneDay(dates[j])) && !sameArticle(i, j);
    }

    /** Verbs that name no happening of their own, as triggers ("The company is worth"). */
    private static final Set<String> EMPTY_TRIGGERS = Set.of("be", "have");

    /** Words of a label ending in this are manner or time adverbs a retelling adds or leaves out ("finally", "permanently"). */
    private static final String ADVERB_ENDING = "ly";

    /**
     * Whether one label (as {@link #headline} writes it) is the other or opens it: "the rig sank" and "the rig sank in
     * 5,000 ft"; not "the company earned $461 million" and "the company earned $20.6 million" (two companies).
     */
    static boolean retoldHeadline(String a, String b) {
        return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
    }

    /** The day of a date of one day (or a time of it), or null. */
    static java.time.LocalDate oneDay(EventDate d) {
        return d.from() != null && d.from().equals(d.to()) ? d.from() : null;
    }

    /**
     * The label of mention {@code e} in lower case without adverbs in -ly, when it opens on "the" and holds at least two
     * words before its trigger: "the well was capped" for "The well was finally capped" and "The well was capped" (two
     * BBC articles, 15 July). Two articles of one day whose labels agree, or one of which opens the other ({@link
     * #retoldHeadline}), tell one happening of that thing, though their paragraphs name no one to share (the names
     * test); a label that opens on a name is left to the names, one on "a" or "an" may be another thing of its kind ("A
     * man died"). Null for a verb of saying or "be" and "have" as trigger ("The company said ..."), and otherwise.
     */
    static String headline(Event e) {
        Trigger t = e.trigger();
        if (e.label() == null || t == null || ReportVerbs.dates(t) || EMPTY_TRIGGERS.contains(t.lemma())) {
            return null; // "the company said ...", "the company is ...": the same words for many things
        }
        String[] words = e.label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String trigger = t.text().toLowerCase(java.util.Locale.ROOT);
        if (words.length < 3 || !words[0].equals("the")) {
            return null;
        }
        int at = -1;
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            if (!words[k].endsWith(ADVERB_ENDING)) {
                b.append(b.length() == 0 ? "" : " ").append(words[k]);
            }
            if (at < 0 && words[k].equals(trigger)) {
                at = k;
            }
        }
        return at >= 2 ? b.toString() : null;
    }

    /**
     * Whether mentions {@code i} and {@code j} are in two articles and their sentences are the same text, or the same
     * text up to the end of the date phrase, which tells the event ({@link #toldThrough}).
     */
    private boolean retold(int i, int j) {
        if (sameArticle(i, j)) {
            return false;
        }
        return events.get(i).sentence().equals(events.get(j).sentence()) || told[i] != null && told[i].equals(told[j]);
    }

    /** The fewest words before the date phrase for the words up to it to tell one event when two articles share them. */
    static final int TOLD_WORDS = 5;

    /**
     * The sentence of mention {@code e} up to the end of its date phrase, when at least {@link #TOLD_WORDS} words stand
     * before the phrase: two articles that run "The well was finally capped on 15 July" and go on differently ("...
     * and fully sealed last month", "... in September") retell one event, as word-for-word copies do; null when fewer
     * words stand before it ("The company said on Monday" tells nothing of its own).
     */
    static String toldThrough(Event e) {
        int begin = e.mention().begin() - e.sentenceBegin();
        int end = e.mention().end() - e.sentenceBegin();
        String sentence = e.sentence();
        if (begin < 0 || end > sentence.length()) {
            return null;
        }
        String before = sentence.substring(0, begin).strip();
        return before.isEmpty() || before.split("\\s+").length < TOLD_WORDS ? null : sentence.substring(0, end);
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets(int n) {
        return new Set[n];
    }

    /** A parser's trigger lemma as the merger's terms: its concept when the concept table has it, else its stem. */
    private Set<String> triggerTerms(String lemma) {
        Set<String> out = new TreeSet<>();
        for (Tokenizer.Term term : tokenizer.positioned(lemma).terms()) {
            out.add(term.isConcept() ? term.text() : "=" + term.text());
        }
        return out;
    }

    int size() {
        return events.size();
    }

    int articles() {
        return articleSources.size();
    }

    double similarity(int i, int j) {
        return sparse[i].cosine(sparse[j]);
    }

    /** The words' similarity plus what agreeing event words and shared participants add. */
    double evidence(int i, int j) {
        double b = 0; // added up as bonus() does, so the sums are the same to the last bit
        if (sameTrigger(i, j)) {
            b += settings.triggerBonus();
        }
        if (sameParticipants(i, j)) {
            b += settings.participantBonus();
        }
        return similarity(i, j) + b;
    }

    /** What agreeing event words and at least two shared participants add to two (groups of) mentions' similarity. */
    double bonus(Set<String> triggersA, Set<String> triggersB, Set<String> participantsA, Set<String> participantsB) {
        double b = 0;
        if (intersects(triggersA, triggersB)) {
            b += settings.triggerBonus();
        }
        if (shared(participantsA, participantsB) >= 2) {
            b += settings.participantBonus();
        }
        return b;
    }

    /**
     * True when two mentions tell different kinds of happening and nothing but names ties them: both have event
     * words, none agree, and their sentences share no word that is not capitalised (a name, a title) ("President Barack Obama last night
     * used that term" and "President Barack Obama visited Mexico City in April": the same man, two happenings).
     */
    boolean differentHappenings(int i, int j) {
        return triggerIds[i].length > 0 && triggerIds[j].length > 0 && !sameTrigger(i, j)
                && shared(contentIds[i], contentIds[j]) == 0;
    }

    /**
     * True when two mentions' dates say too little to make them one happening by their words, and the words the dates
     * are about (the parser's triggers) name different kinds of happening ({@link #triggerWords}): both dates a month or longer (a month holds many
     * happenings of a story), or dates that disagree ({@link DateRelation#NEAR}: "sources disagree" is a claim that
     * needs the same happening). "Dr Murray's offices were raided last month" (July) and "his death in June 2009"
     * share the man, the singer and his death (in the raid's sentence too), but the raid is not the death.
     */
    boolean differentTriggers(int i, int j, DateRelation r) {
        return vague(dates[i], dates[j], r) && differentTriggers(triggerWords.get(i), triggerWords.get(j));
    }

    /**
     * True when two mentions' dates disagree ({@link DateRelation#NEAR}) and one of them is the day of a report ("said on
     * Tuesday", {@link ReportVerbs}): a report's day is exact, so the two are a report and another happening (or two
     * reports), not one happening whose sources disagree.
     */
    boolean reportsApart(int i, int j, DateRelation r) {
        return r == DateRelation.NEAR && (reports[i] || reports[j]);
    }

    /** True when both dates are a month or longer, or they disagree: the words alone cannot make them one happening. */
    static boolean vague(EventDate a, EventDate b, DateRelation r) {
        return r == DateRelation.NEAR || Blocking.coarse(a) && Blocking.coarse(b);
    }

    /** True when both have triggers and none agrees. */
    static boolean differentTriggers(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !intersects(a, b);
    }

    /**
     * True when two articles' sentences both name countries and none is the same ({@link Countries#differ}): Turkey's
     * first case and India's. One writer names the countries around one happening in several ways (the ceremony in
     * Beijing "corresponded with moves by Azerbaijan", "came at the same moment that Pakistan..."): not within one
     * article.
     */
    boolean differentCountries(int i, int j) {
        return !sameArticle(i, j) && Countries.differ(countries.get(i), countries.get(j));
    }

    /**
     * True when two mentions' event words agree: any of them within one article, one that is not the story's subject
     * ({@link #eventWords}) across two.
     */
    boolean sameTrigger(int i, int j) {
        return sameArticle(i, j) ? shared(triggerIds[i], triggerIds[j]) > 0 : shared(eventWordIds[i], eventWordIds[j]) > 0;
    }

    boolean sameParticipants(int i, int j) {
        return shared(participantIds[i], participantIds[j]) >= 2;
    }

    static boolean intersects(Set<String> a, Set<String> b) {
        return shared(a, b) > 0;
    }

    static <T> int shared(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int c = 0;
        for (T s : small) {
            if (large.contains(s)) {
                c++;
            }
        }
        return c;
    }

    DateRelation relation(int i, int j) {
        return DateRelation.of(reaches[i], published[i], reaches[j], published[j]);
    }

    /** The rule that reads a count of units back from the article's date ("eighteen months ago", "six weeks ago"). */
    static final String UNITS_AGO = "units-ago";

    /** A count of more days back than this is rough: "the crisis 58 days ago" may be 57 days ago. */
    private static final int ROUGH_DAY_COUNT = 7;

    /**
     * The days a source's date may mean for the merger: its own, or for a count of weeks or months back one unit
     * more on either side, and for a count of more than a week of days back one day. A writer counts back roughly:
     * "the death of pop singer Michael Jackson eighteen months ago", written on 13 January 2011, is July 2009 by the
     * count and 25 June 2009 by the story; "nearly six weeks ago" is the week before the rig's explosion; "the
     * Deepwater Horizon crisis 58 days ago", written on 16 June 2010, is 19 April by the count and 20 April by the
     * story. "Two days ago" is exact. Only the relation to other dates widens; the date shown stays the one read.
     */
    static EventDate reach(Event e) {
        return reach(EventDate.of(e.timex()), e.mention().origin(), e.article().published());
    }

    static EventDate reach(EventDate date, String origin, LocalDate published) {
        if (!UNITS_AGO.equals(origin) || date.from() == null) {
            return date;
        }
        if (date.granularity() == Granularity.DAY && published != null
                && date.from().plusDays(ROUGH_DAY_COUNT).isBefore(published)) {
            return new EventDate(date.type(), date.value(), date.mod(), date.from().minusDays(1), date.to().plusDays(1), date.granularity());
        }
        if (date.granularity() != Granularity.WEEK && date.granularity() != Granularity.MONTH) {
            return date;
        }
        boolean weeks = date.granularity() == Granularity.WEEK;
        LocalDate from = weeks ? date.from().minusWeeks(1) : date.from().minusMonths(1);
        LocalDate to = weeks ? date.to().plusWeeks(1) : date.to().plusMonths(1).withDayOfMonth(date.to().plusMonths(1).lengthOfMonth());
        return new EventDate(date.type(), date.value(), date.mod(), from, to, date.granularity());
    }

    boolean sameArticle(int i, int j) {
        return article[i] == article[j];
    }

    boolean sameSentence(int i, int j) {
        return sameArticle(i, j) && sentence[i] == sentence[j];
    }

    /**
     * Why two mentions can never be one event, whatever their words, or null when they may be: dates too far
     * apart, one sentence, one writer giving two different dates, or articles about different stories. One
     * article may name one happening twice with one date inside the other ("late January", "January"), and
     * with a date inside a year ("a May 2023 conference", "last year's summit") when the event words agree.
     */
    String veto(int i, int j) {
        DateRelation r = relation(i, j);
        if (r == DateRelation.FAR) {
            return "dates cannot be one event";
        }
        String same = sameArticleVeto(i, j, r);
        if (same != null) {
            return same;
        }
        if (differentCountries(i, j)) {
            return "the sentences name different countries";
        }
        if (differentHappenings(i, j)) {
            return "different event words and no word but names in common";
        }
        if (differentTriggers(i, j, r)) {
            return "dates of a month or longer, or that disagree, and different triggers";
        }
        if (reportsApart(i, j, r)) {
            return "dates that disagree, one of them a report's";
        }
        if (!sameArticle(i, j) && storySimilarity(article[i], article[j]) < settings.story()) {
            return "articles about different stories";
        }
        return null;
    }

    /** The same-article part of {@link #veto}: null for two articles. */
    String sameArticleVeto(int i, int j, DateRelation r) {
        if (!sameArticle(i, j)) {
            return null;
        }
        if (sentence[i] == sentence[j]) {
            return oneTrigger(i, j, r) ? null : "one sentence";
        }
        if (r.compareTo(DateRelation.INSIDE_COARSE) > 0 || r == DateRelation.INSIDE_COARSE && !sameTrigger(i, j)) {
            return "one article giving two different dates";
        }
        return null;
    }

    /**
     * Whether two dates of one sentence are one date told in two phrases side by side, of the same word, on the same day
     * or one inside the other: "landed in Shanghai on Tuesday at about 1300 local time", "By 11.30 pm that night we had
     * had 88 calls", "this afternoon (Friday)". Two dates of one sentence are otherwise two things ("closed on Monday
     * and reopened on Friday"), and a live blog's stamp is no part of the date it is followed by ("9.41 pm: This morning").
     */
    private boolean oneTrigger(int i, int j, DateRelation r) {
        Trigger a = events.get(i).trigger();
        Trigger b = events.get(j).trigger();
        if (a == null || b == null || a.begin() != b.begin()
                || !(r == DateRelation.SAME || r == DateRelation.INSIDE || r == DateRelation.NEAR)) {
            return false;
        }
        Event first = events.get(i).mention().begin() < events.get(j).mention().begin() ? events.get(i) : events.get(j);
        Event second = first == events.get(i) ? events.get(j) : events.get(i);
        int from = first.mention().end() - first.sentenceBegin();
        int to = second.mention().begin() - first.sentenceBegin();
        if (from < 0 || from > to || to > first.sentence().length()
                || !SIDE_BY_SIDE.matcher(first.sentence().substring(from, to)).matches()) {
            return false;
        }
        // a clock time told again in another zone, alone in its brackets, may fall on the next day: "at 1930 CDT on 1 June
        // (0030 GMT 2 June)"
        return r != DateRelation.NEAR || first.timex().type() == TimexType.TIME && second.timex().type() == TimexType.TIME
                && restatedInBrackets(first, second);
    }

    /**
     * Whether {@code second} is a date alone in its brackets right after the date {@code first} of the same sentence
     * ("1930 CDT on 1 June (0030 GMT 2 June)"): the same date told again, in another zone or words.
     */
    static boolean restatedInBrackets(Event first, Event second) {
        String s = first.sentence();
        int from = first.mention().end() - first.sentenceBegin();
        int begin = second.mention().begin() - first.sentenceBegin();
        int end = second.mention().end() - first.sentenceBegin();
        if (first == second || !first.article().source().equals(second.article().source())
                || first.sentenceBegin() != second.sentenceBegin() || from < 0 || from > begin || end > s.length()
                || !aloneInBrackets(s, begin, end)) {
            return false;
        }
        int open = 0; // the gap holds the opening bracket and spaces only
        for (int i = from; i < begin; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return open == 1;
    }

    /** What may stand between the two phrases of one date: a space, a comma, a bracket, "at about", "on". */
    private static final Pattern SIDE_BY_SIDE =
            Pattern.compile("[\\s,(]*(?:(?:at|on|in|of|about|around|approximately)\\s+)*[\\s(]*");

    /** The similarity two mentions must reach, given how their dates stand and whether one article holds both. */
    double threshold(int i, int j, DateRelation r) {
        double t = settings.threshold(r);
        if (!sameArticle(i, j) || sameTrigger(i, j) || sameParticipants(i, j)) {
            return t;
        }
        return Math.max(t, settings.sameArticle());
    }

    /** How alike two articles are as wholes (TF-IDF cosine), computed once per pair of articles. */
    double storySimilarity(int a, int b) {
        if (a == b) {
            return 1;
        }
        // a * articles + b, not a << 32 | b: a Long's hash folds the halves together (a ^ b), which piles the
        // pairs of one difference into one bin
        long key = (long) Math.min(a, b) * articleVectors.length + Math.max(a, b);
        Double s = articleSimilarity.get(key);
        if (s == null) {
            s = articleVectors[a].cosine(articleVectors[b]);
            articleSimilarity.put(key, s);
        }
        return s;
    }

    /** The mention's article and sentence: the mentions whose date phrases its words leave out share it. */
    static String sentenceKey(Event e) {
        return e.article().source() + "#" + e.mention().sentence();
    }

    /**
     * The vector of a mention: the words of its sentence without the date phrase, each counted by its distance
     * to the date phrase ({@link MergeSettings#proximityWeight(int)}; a word said twice counts once, at its
     * nearest), concepts more than words, all weighted by TF-IDF. Words in a clause that holds another date of
     * the sentence and not this one are left out: in "Blinken met his counterpart from Pakistan, whose ally was
     * deposed in 2001, on Thursday", "deposed" belongs to 2001.
     *
     * @param dates    the sentence-relative spans of every date and time in the sentence, this one included
     * @param concepts receives the concepts among the words kept: the event words of this date
     */
    private TermVector vectorOf(Event e, List<int[]> dates, Set<String> concepts) {
        String s = e.sentence();
        int b = Math.max(0, Math.min(s.length(), e.mention().begin() - e.sentenceBegin()));
        int en = Math.max(b, Math.min(s.length(), e.mention().end() - e.sentenceBegin()));
        char[] blanked = WireHeader.blank(s).toCharArray(); // a wire story's byline and dateline tell no event
        Arrays.fill(blanked, b, en, ' ');
        for (int[] d : dates) {
            Arrays.fill(blanked, Math.max(0, Math.min(s.length(), d[0])), Math.min(s.length(), Math.max(d[0], d[1])), ' ');
        }
        List<Integer> clauseEnds = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(s);
        while (m.find()) {
            clauseEnds.add(m.start());
        }
        int mine = clause(clauseEnds, b);
        Set<Integer> otherClauses = new HashSet<>();
        for (int[] d : dates) {
            if (d[0] != b || d[1] != en) {
                otherClauses.add(clause(clauseEnds, d[0]));
            }
        }
        otherClauses.remove(mine);
        if (aloneInBrackets(s, b, en)) {
            otherClauses.remove(mine - 1); // "at 1930 CDT on 1 June (0030 GMT 2 June)": the moment again, of that clause
        }
        Tokenizer.Positioned words = tokenizer.positioned(new String(blanked));
        int position = words.wordsBefore(b); // words before the date phrase
        Map<String, Double> counts = new HashMap<>();
        for (Tokenizer.Term t : words.terms()) {
            if (otherClauses.contains(clause(clauseEnds, t.offset()))) {
                continue;
            }
            int distance = t.offset() < b ? position - t.word() : t.word() - position + 1;
            double w = settings.proximityWeight(distance) * (t.isConcept() ? settings.conceptWeight() : 1);
            counts.merge(t.text(), w, Math::max);
            if (t.isConcept()) {
                concepts.add(t.text());
            }
        }
        return tfidf.vector(counts).normalised();
    }

    /**
     * Whether the date phrase from {@code b} to {@code en} is all its brackets hold ("(0030 GMT 2 June)", "(Friday)"): it
     * tells again, in another zone or words, the date of the clause before, and has no words of its own.
     */
    static boolean aloneInBrackets(String sentence, int b, int en) {
        int open = b - 1;
        while (open >= 0 && Character.isWhitespace(sentence.charAt(open))) {
            open--;
        }
        int close = en;
        while (close < sentence.length() && Character.isWhitespace(sentence.charAt(close))) {
            close++;
        }
        return open >= 0 && sentence.charAt(open) == '(' && close < sentence.length() && sentence.charAt(close) == ')';
    }

    private static int clause(List<Integer> ends, int offset) {
        int c = 0;
        while (c < ends.size() && ends.get(c) < offset) {
            c++;
        }
        return c;
    }
}
