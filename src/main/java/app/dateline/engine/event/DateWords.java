package app.dateline.engine.event;

import app.dateline.engine.syntax.Articles;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.QuotationMarks;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which words of a sentence belong to a date phrase, with the preposition and determiner that introduce it. */
final class DateWords {

    private static final Pattern BEFORE_DATE = Pattern.compile("earlier|later|early|late|just|since|around|about|roughly|approximately");
    private static final Pattern BEFORE_WORD = Pattern.compile("earlier|later|early|late|as|until|up|shortly|just|soon|right|immediately");
    /** Words that say a date is near, not exact ("around midnight", "at about 3pm"). */
    static final Set<String> ROUGHLY = Set.of("around", "about", "approximately", "roughly");
    /** Prepositions an approximate time may follow ("at around 6.38 pm"; not the particle of "went on around midnight"). */
    private static final Set<String> CLOCK_PREPOSITIONS = Set.of("at", "from", "by", "until");
    /** Words that open a clause or, right before a date, a phrase of time: there they are the date's ("after midnight"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("since", "after", "before", "until");
    /** The zones a clock time is given in ("BST", "local time"): words of the date phrase. */
    static final Set<String> ZONES = WordList.load("/dateline/labels/time-zones.txt");
    /** The zones and the qualifiers of how sure or how far a date is ("at the earliest", "or so"), split into words once. */
    private static final List<String[]> ZONE_WORDS = words(ZONES);
    private static final List<String[]> QUALIFIER_WORDS = words(WordList.load("/dateline/labels/date-qualifiers.txt"));
    /** Prepositions of time the tagger may read as a verb's particle ("to begin on 4 January"). */
    static final java.util.Set<String> DATE_PARTICLES = java.util.Set.of("on", "in", "at", "by", "until", "from");

    private DateWords() {
    }

    /**
     * The date's tokens, with the preposition and determiner before it and a possessive after it.
     *
     * @param begin the date's first character (sentence offsets), or -1 for none
     */
    static boolean[] mark(ParsedSentence s, int begin, int end) {
        return mark(s, begin, end, true);
    }

    /**
     * As {@link #mark(ParsedSentence, int, int)}; with {@code keepOwner} false a possessive date that determines its noun
     * goes too ("[last week's] explosion on a rig": the noun that names the date's event, told without its date).
     */
    private static boolean[] mark(ParsedSentence s, int begin, int end, boolean keepOwner) {
        List<Token> tokens = s.tokens();
        boolean[] skip = new boolean[tokens.size()];
        if (begin < 0) {
            return skip;
        }
        int[] span = span(tokens, begin, end);
        if (span == null) {
            return skip;
        }
        int first = span[0];
        int last = span[1];
        if (describesNoun(s, last)) {
            return skip; // "would remain at current levels", "Future generations will pay": the word is the noun's
        }
        if (subjectOfClause(tokens, first, last) || keepOwner && ownsTheSubject(tokens, first, last) || completesBe(tokens, first, last)) {
            // "[That day] will be remembered for ...": without its date the verb has no subject; "[This year's] crop will
            // perish": without it the noun has no determiner ("Crop will perish")
            return skip;
        }
        for (int i = first; i <= last; i++) {
            skip[i] = true;
        }
        for (int tailEnd = tailAfter(tokens, tailAfter(tokens, last, ZONE_WORDS), QUALIFIER_WORDS); last < tailEnd; ) {
            skip[++last] = true; // "around midnight [local time]", "until October [at the earliest]"
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).tag().equals("POS")) {
            skip[last + 1] = true; // "to last year's summit": the preposition belongs to the summit
            return skip;
        }
        if (prenominal(s, first, last)) {
            // "since [the] April 20 explosion": the determiner and preposition are the explosion's; but "an April 13
            // breakfast" without its date would read "an breakfast": that article goes with the date
            String article = tokens.get(first - 1).text();
            String noun = tokens.get(last + 1).text();
            skip[first - 1] = Articles.indefinite(article) && !Articles.fits(article, noun)
                    && Articles.fits(article.equalsIgnoreCase("a") ? "an" : "a", noun);
            return skip;
        }
        if (leadsNounPhrase(s, first, last)) {
            // "the wrath of [September 11] victims' families", "since [the 20 April] blowout": the preposition and the
            // article are the noun's; only the date goes
            skip[first] = !tokens.get(first).lower().equals("the");
            return skip;
        }
        int i = first - 1;
        // "at [around] 6.38 pm": the model may read an approximating "around" as a preposition of its own
        // ("a hearing [earlier/JJR] Thursday": the tagger may read the word before the date as an adjective)
        while (i >= 0 && (tokens.get(i).tag().equals("DT") || (tokens.get(i).tag().startsWith("RB") || tokens.get(i).tag().equals("RP")
                || tokens.get(i).tag().startsWith("JJ")
                || tokens.get(i).tag().equals("IN") && ROUGHLY.contains(tokens.get(i).lower()) && i > 0 && CLOCK_PREPOSITIONS.contains(tokens.get(i - 1).lower()))
                && i == first - 1 && BEFORE_DATE.matcher(tokens.get(i).lower()).matches())) {
            skip[i--] = true;
        }
        if (i == first - 1 && comparedAs(tokens, i)) {
            // "could come [as early as] Monday", "had said [as recently as] Saturday": the comparison is the date's
            // ("as" is a subordinator, so the preposition's rule below leaves it), and a label kept "could come as"
            skip[i] = true;
            skip[i - 1] = true;
            skip[i - 2] = true;
            return skip;
        }
        // "is scheduled to begin on [4 January]": the tagger may call the date's preposition a particle (RP)
        // (a day or a date: "on 4 January", "on Monday"; not "going on [now]", where "on" is the verb's)
        String opening = tokens.get(first).text();
        boolean particle = i >= 0 && tokens.get(i).tag().equals("RP") && DATE_PARTICLES.contains(tokens.get(i).lower())
                && (Character.isDigit(opening.charAt(0)) || Character.isUpperCase(opening.charAt(0)));
        // (not a verb's own particle right before the date: "the well blew out [April 20]", "was closed off [eight days ago]")
        boolean verbsParticle = i >= 0 && ClauseTrimmer.phrasalParticle(s, i);
        if (!verbsParticle && (i >= 0 && (tokens.get(i).tag().equals("IN") || tokens.get(i).tag().equals("TO") || particle)
                && !HeadlineWords.SUBORDINATORS.contains(tokens.get(i).lower()) || i >= 0 && TIME_PREPOSITIONS.contains(tokens.get(i).lower()) && !deadline(tokens, i, last))) {
            skip[i] = true;
            i = partOfDay(tokens, i, skip);
            // (but not a verb's particle: "was set up [in June]")
            if (i > 0 && BEFORE_WORD.matcher(tokens.get(i - 1).lower()).matches() && !ClauseTrimmer.phrasalParticle(s, i - 1)) {
                skip[i - 1] = true;
            }
            if (i > 1 && tokens.get(i - 1).lower().equals("back") && tokens.get(i).lower().equals("in") && tokens.get(i - 2).isNoun()
                    && !tokens.get(i - 2).lower().equals("way")) {
                // "the SARS virus [back in 2003]": after a noun "back" is the date's; after a verb its particle ("were
                // set back at the weekend", "will be back in a few weeks"), and "way back" stays whole
                skip[i - 1] = true;
            }
            if (SPAN_PREPOSITIONS.contains(tokens.get(i).lower())) {
                ofPhrase(s, last, skip);
            }
        }
        int left = first;
        while (left > 0 && skip[left - 1]) {
            left--;
        }
        int right = last + 1;
        while (right < tokens.size() && skip[right]) {
            right++;
        }
        // between a subject and its verb, or set off by commas, only: "books [due] out this year.", "a grilling
        // [scheduled] for next week." and "With the election [due] this September, record figures" keep the word, which
        // is what the noun's phrase says
        boolean setOff = left > 1 && tokens.get(left - 2).text().equals(",") && right < tokens.size() && tokens.get(right).text().equals(",");
        boolean beforeVerb = right < tokens.size() && tokens.get(right).isVerb() && left > 1 && tokens.get(left - 2).isNoun();
        if ((setOff || beforeVerb) && TIMING_WORDS.contains(tokens.get(left - 1).lower())) {
            skip[left - 1] = true; // "the results [due on Tuesday] are expected", "relief wells, [due in August], are"
        }
        return skip;
    }

    /** Words after a noun that only say when it is to be (data: labels/timing-words.txt): "the results [due] on Tuesday". */
    private static final Set<String> TIMING_WORDS = WordList.load("/dateline/labels/timing-words.txt");

    /**
     * Whether the date is the subject of the sentence's clause: it opens the sentence (or follows the conjunction that
     * does: "But [that day] will be remembered") and a tensed verb follows it ("[This month] has seen the release").
     */
    private static boolean subjectOfClause(List<Token> tokens, int first, int last) {
        boolean opens = opensClause(tokens, first);
        // not an adverb's ("Now is the time", "Six years ago came the SARS virus": the subject is elsewhere)
        if (!opens || last + 1 >= tokens.size() || tokens.get(first).tag().equals("RB") || tokens.get(last).tag().equals("RB")) {
            return false;
        }
        if (last + 2 < tokens.size() && BE.contains(tokens.get(last + 1).lower())
                && NAMING_PHRASE.matcher(tokens.get(last + 2).tag()).matches()) {
            return false; // "Tuesday was [the deadline for claims]": the noun phrase after "was" names the date's event
        }
        return HeadlineWords.FINITE.contains(tokens.get(last + 1).tag());
    }

    /**
     * Whether the date is all that a form of "be" says of its subject, right after it or its preposition, with nothing
     * after it but the clause's end or another phrase: "the lethal wave was [in the autumn]", "It has been [49 days] since
     * the oil began spilling". Without it the label ends on the verb ("Lethal wave was"). Not "are [now] designed", where
     * the participle is what "be" says.
     */
    private static boolean completesBe(List<Token> tokens, int first, int last) {
        int b = first - 1;
        if (b > 1 && BOUNDS.contains(tokens.get(b).lower()) && tokens.get(b - 1).lower().equals("at")) {
            b -= 2; // "it will be at least [Tuesday] before crews can begin"
        }
        if (b > 0 && tokens.get(b).tag().equals("IN")) {
            b--;
        }
        // not "am" (a page's "10:11 am"), nor an adverb of time, which says nothing of the subject ("are [now] in a better
        // position"); but "the time to act is [now]." ends on it, and "likely to be [mid-August] before ..." is all "be" says
        if (b < 0 || !tokens.get(b).isVerb() || !HeadlineWords.formOfBe(tokens.get(b)) || tokens.get(b).lower().equals("am")
                || tokens.get(first).tag().startsWith("RB") && !endsClause(tokens, last) && !beforeClause(tokens, last)) {
            return false;
        }
        if (b >= 2 && COMPARED.contains(tokens.get(b - 2).lower()) && (tokens.get(b - 1).isPronoun() || tokens.get(b - 1).tag().equals("EX"))) {
            return false; // "worse than it was [30 years ago]", "more doubt than there was [a week ago]": a comparison's date
        }
        if (last + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(last + 1).tag();
        return next.equals(".") || next.equals(",") || next.equals("CC") || next.equals("IN") || next.equals(":")
                || closingQuote(tokens, last + 1); // "the time to act is [now]" and its stop
    }

    /**
     * Whether the clause ends after {@code last}: the sentence's end, a stop, a colon, a closing quote, or a comma
     * before a quote's end or "and" ("it's been [nearly two months], and no end in sight"); not a comma before an aside
     * ("are [now], in certain circumstances, diagnosing" goes on).
     */
    private static boolean endsClause(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(last + 1).tag();
        if (next.equals(",")) {
            return last + 2 >= tokens.size() || closingQuote(tokens, last + 2) || tokens.get(last + 2).tag().equals("CC");
        }
        return next.equals(".") || next.equals(":") || closingQuote(tokens, last + 1);
    }

    /**
     * Whether a closing quotation mark stands at {@code i}: one the tagger reads so, or a straight one the sentence's
     * end or a stop follows (`is now".`), which the tagger may read as opening; not one before words (`was now
     * "effectively dead"`).
     */
    private static boolean closingQuote(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.tag().equals("''")) {
            return true;
        }
        return QuotationMarks.CLOSING.contains(t.text()) && (i + 1 >= tokens.size() || END_TAGS.contains(tokens.get(i + 1).tag()));
    }

    /** Whether a clause of its own follows the date: "before", "until" or "since" and a subject ("before crews can begin"). */
    private static boolean beforeClause(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && CLAUSE_AFTER_DATE.contains(tokens.get(last + 1).lower())
                && (tokens.get(last + 2).tag().equals("DT") || tokens.get(last + 2).isNoun() || tokens.get(last + 2).isPronoun());
    }

    /** The tags of what ends a clause after a quotation mark. */
    private static final Set<String> END_TAGS = Set.of(".", ",", ":");

    /** The words that open the clause a date is the time of ("it will be weeks [before] ..."). */
    private static final Set<String> CLAUSE_AFTER_DATE = Set.of("before", "until", "since");
    /** The words of "at least" and "at most" before a date. */
    private static final Set<String> BOUNDS = Set.of("least", "most");

    /** The words that open a comparison's clause ("than it was", "what it was", "as it was"). */
    private static final Set<String> COMPARED = Set.of("than", "what", "as");

    /** The forms of "be" a naming noun phrase follows ("Tuesday was the deadline"). */
    private static final Set<String> BE = Set.of("is", "was", "are", "were");
    /** The tags that open a noun phrase. */
    private static final Pattern NAMING_PHRASE = Pattern.compile("DT|PRP\\$|JJ.?|NNS?|CD|POS");

    /** Parts of the day (the rules' {@code timeofday} table: "morning", "night"). */
    private static final Set<String> DAY_PARTS = Set.copyOf(app.dateline.engine.rules.RuleSet.englishTable("timeofday").words());
    /** Units of a rate (the rules' {@code setu} table: "year", "day"). */
    private static final Set<String> RATE_UNITS = Set.copyOf(app.dateline.engine.rules.RuleSet.englishTable("setu").words());
    /** The words that open a rate's unit ("5,000 barrels [per] day", "500,000 people [a] year"). */
    private static final Set<String> RATE_OPENERS = Set.of("per", "a", "an", "each", "every");

    /**
     * Whether token {@code i} opens the rate of an amount ("collecting 5,000 barrels [per day]", "kills 500,000 people [a
     * year]"): a repetition right after a number's phrase says how much, not when, and stays with the amount.
     */
    static boolean rateAt(ParsedSentence s, int i) {
        List<Token> tokens = s.tokens();
        if (i < 1 || !rateWords(tokens, i)) {
            return false;
        }
        int before = s.chunkOf(i - 1);
        int from = before < 0 ? i - 1 : Math.min(i - 1, s.chunks().get(before).first());
        for (int k = i - 1; k >= from; k--) {
            if (tokens.get(k).tag().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rate's words open at token {@code i}, an amount before them or not: "[per day]", "[a year]". */
    static boolean rateWords(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && RATE_OPENERS.contains(tokens.get(i).lower()) && RATE_UNITS.contains(tokens.get(i + 1).lower());
    }

    /** Parts of a period the date after "of" gives ("for [the rest of] this year"; data: labels/period-parts.txt). */
    private static final Set<String> PERIOD_PARTS = WordList.load("/dateline/labels/period-parts.txt");

    /**
     * "sank [on the morning of] April 22": the part of the day (or of a period: "for [the rest of] this year") whose "of"
     * the date follows is the date's, with its "the" and preposition (a label kept "sank on the morning"). Returns the
     * phrase's first token, or {@code of} itself.
     */
    private static int partOfDay(List<Token> tokens, int of, boolean[] skip) {
        String part = of < 1 ? "" : tokens.get(of - 1).lower();
        if (of < 3 || !tokens.get(of).lower().equals("of") || !(DAY_PARTS.contains(part) || PERIOD_PARTS.contains(part))
                || !tokens.get(of - 2).lower().equals("the") || !tokens.get(of - 3).tag().equals("IN")) {
            return of;
        }
        for (int k = of - 3; k < of; k++) {
            skip[k] = true;
        }
        return of - 3;
    }

    /**
     * Whether the "as" at {@code as} closes a comparison of time before its date: "[as early as] Monday", "[as recently
     * as] the Eighties", "[as late as] 2008" (the first "as", a word of time, the second "as").
     */
    private static boolean comparedAs(List<Token> tokens, int as) {
        if (as < 2 || !tokens.get(as).lower().equals("as") || !tokens.get(as - 2).lower().equals("as")) {
            return false;
        }
        return TIME_COMPARISONS.contains(tokens.get(as - 1).lower());
    }

    /** Words of a comparison of time ("as early as"); "conditions as bad as last winter" compare no time. */
    private static final Set<String> TIME_COMPARISONS = Set.of("early", "recently", "late", "soon", "long", "far", "quickly",
            "much", "little", "many", "few"); // "in as little as seven days"

    /** Whether the date at {@code first} opens the sentence's main clause (see {@link #afterOpeningPhrase}). */
    private static boolean opensClause(List<Token> tokens, int first) {
        return first == 0 || first == 1 && tokens.get(0).tag().equals("CC") || afterOpeningPhrase(tokens, first);
    }

    /**
     * Whether the date, with its possessive, is the only determiner of a common noun: "[Last year's] loss was the first in
     * a decade", "But [this year's] crop will perish", "were not invited to [last year's] summit". Without it the noun
     * has none, and the label read "Crop will perish", "were not invited to summit" (the article's words give no other).
     */
    private static boolean ownsTheSubject(List<Token> tokens, int first, int last) {
        // "the 1890's early 1900's": after a year's digits the mark makes a plural, not a possessive; "the past year's
        // been tough" is "has"
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).tag().equals("POS") || tokens.get(last).tag().equals("CD")
                || !POSSESSED.contains(tokens.get(last + 2).tag()) || tokens.get(last + 2).lower().equals("been")) {
            return false;
        }
        // but "last year's multilateral attempts [to marshal ...]": a noun of aim with its infinitive is a long subject
        // that the label shortens, and the date would take the words of the aim's (the label was cut at "a more")
        int after = last + 2;
        while (after < tokens.size() && POSSESSED.contains(tokens.get(after).tag())) {
            after++;
        }
        return !(after + 1 < tokens.size() && tokens.get(after).tag().equals("TO") && tokens.get(after + 1).tag().equals("VB"));
    }

    /** What may follow a possessive date as the first word of its noun's phrase: a common noun or its modifier. */
    private static final Set<String> POSSESSED = Set.of("NN", "NNS", "JJ", "JJS", "VBN", "VBG");

    /**
     * Whether the date at {@code first} opens the main clause after a phrase set off before it: "For this country's
     * censors, [this week] has been a busy time", "With nine investigations underway, [nearly every day] has brought"
     * (the sentence opens with a preposition or a participle, and no verb with a tense and no relative word stands
     * before the comma). Not after a comma that closes a subject's aside ("Mr Hayward, 53, [yesterday] said": the
     * sentence opens with its subject), nor after ", and" ("He has ordered checks, and [next month] plans to order
     * safeguards": the subject is shared).
     */
    static boolean afterOpeningPhrase(List<Token> tokens, int first) {
        int p = first - 1;
        if (p >= 0 && tokens.get(p).tag().equals("RB")) {
            p--; // "nearly every day"
        }
        if (p < 2 || !tokens.get(p).text().equals(",")) {
            return false;
        }
        String opening = tokens.get(0).tag();
        if (!(opening.equals("IN") || opening.equals("VBG") || opening.equals("VBN"))) {
            return false;
        }
        for (int i = 0; i < p; i++) {
            String tag = tokens.get(i).tag();
            if (HeadlineWords.FINITE.contains(tag) || tag.startsWith("W")) {
                return false; // "In Mexico, where officials in the capital, Mexico City, [today] ordered": a clause's subject
            }
        }
        return true;
    }

    /** The first and last token the characters {@code begin..end} overlap, or null for none. */
    private static int[] span(List<Token> tokens, int begin, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; begin >= 0 && i < tokens.size(); i++) {
            if (tokens.get(i).end() > begin && tokens.get(i).begin() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * Whether "until" and its date give a deadline to an infinitive after them ("victims have until Friday to file"):
     * without "until" the label would read an obligation ("victims have to file").
     */
    private static boolean deadline(List<Token> tokens, int preposition, int last) {
        return tokens.get(preposition).lower().equals("until") && last + 1 < tokens.size() && tokens.get(last + 1).tag().equals("TO");
    }

    private static List<String[]> words(Set<String> entries) {
        return entries.stream().sorted().map(e -> e.split(" ")).toList();
    }

    /**
     * The last token of an entry of {@code entries} right after token {@code last} ("10 p.m. [ET]", "midnight [local
     * time]", "October [at the earliest]"), or {@code last} when none follows. An entry of one word counts only in
     * capitals (a zone's abbreviation: "et" may be a word of another language).
     */
    private static int tailAfter(List<Token> tokens, int last, List<String[]> entries) {
        for (String[] words : entries) {
            boolean match = last + words.length < tokens.size();
            for (int w = 0; w < words.length && match; w++) {
                Token t = tokens.get(last + 1 + w);
                match = words.length == 1 ? t.text().equals(words[w].toUpperCase(Locale.ROOT)) : t.lower().equals(words[w]);
            }
            if (match) {
                return last + words.length; // one entry at most matches at a place
            }
        }
        return last;
    }

    /**
     * The first token of the date at {@code begin..end} (sentence offsets) when it qualifies the noun after it inside one
     * noun phrase (see {@link #prenominal}: "his planned [July 2009] comeback concerts"), else -1.
     */
    static int qualifiedNounDate(ParsedSentence s, int begin, int end) {
        int[] span = span(s.tokens(), begin, end);
        return span != null && prenominal(s, span[0], span[1]) ? span[0] : -1;
    }

    /** Tags of a word that opens a noun phrase before a date that qualifies the phrase's noun ("the", "his", "planned"). */
    private static final java.util.Set<String> NOUN_PHRASE_OPENERS = java.util.Set.of("DT", "PRP$", "POS", "JJ", "VBN");

    /**
     * Whether the date qualifies the noun after it inside one noun phrase ("the April 20 explosion", "his planned July
     * 2009 comeback concerts"): the phrase opens before the date and goes on after it, so the words around the date are
     * the noun's. Not "On Tuesday officials said", where the tagger may run the date into the next noun but the
     * phrase opens with the date's preposition.
     */
    private static boolean prenominal(ParsedSentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        // a name after the date too, after "the": "from the [1989] Exxon Valdez tanker disaster" (but "on Monday Obama")
        if (first < 1 || last + 1 >= tokens.size() || !tokens.get(last + 1).isNoun()
                || tokens.get(last + 1).isProperNoun() && !tokens.get(first - 1).lower().equals("the")) {
            return false;
        }
        int chunk = s.chunkOf(first);
        return chunk >= 0 && s.chunkOf(first - 1) == chunk && s.chunkOf(last + 1) == chunk
                && NOUN_PHRASE_OPENERS.contains(tokens.get(first - 1).tag());
    }

    /** Prepositions whose object a date may qualify as its first word ("since April 20 blowout"; not "in", "at"). */
    private static final Set<String> QUALIFIED_AFTER = Set.of("of", "since", "on", "for", "after", "before");

    /**
     * Whether the date opens a noun phrase whose common noun follows it, in a phrase that is no clause's subject (no
     * verb group right after it: "In [2009] swine flu spread" keeps the date's "In" with the date): a date that opens
     * with "the" ("since [the 20 April] blowout"), or a date that ends on a name or a number after a preposition
     * such a date qualifies the object of ("of [September 11] victims' families", "since [April 20] blowout"; not a
     * measure, "at [29 weeks] gestation", nor the tagger's noun of a clause after the date, "died in [1906] suffering").
     */
    private static boolean leadsNounPhrase(ParsedSentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        int chunk = s.chunkOf(first);
        if (first < 1 || last + 1 >= tokens.size() || !tokens.get(last + 1).isNoun() || tokens.get(last + 1).isProperNoun()
                || chunk < 0 || s.chunkOf(last + 1) != chunk || s.chunks().get(chunk).first() != first
                || chunk + 1 < s.chunks().size() && s.chunks().get(chunk + 1).isVerbGroup()) {
            return false;
        }
        if (tokens.get(first).lower().equals("the")) {
            return true;
        }
        String end = tokens.get(last).tag();
        String preposition = tokens.get(first - 1).lower();
        // after a verb the phrase may end its clause and the "noun" be the next clause's verb ("blew up on [20 April]
        // leaves BP vulnerable"); after a common noun or "since" it qualifies a noun ("hearings on [April 20] oil rig blast")
        boolean nounsPhrase = preposition.equals("since") || first >= 2 && tokens.get(first - 2).isCommonNoun();
        return (end.equals("CD") || end.equals("NNP")) && !tokens.get(last + 1).lower().endsWith("ing")
                && QUALIFIED_AFTER.contains(preposition) && nounsPhrase;
    }

    /**
     * Whether the date phrase ends on an adjective that describes the common noun right after it in one noun phrase
     * ("current levels", "Future generations", "the current crisis"; the tagger's "at present" of "at present levels"):
     * a word of that phrase, not a date of the event, so it stays in the label with its preposition.
     */
    private static boolean describesNoun(ParsedSentence s, int last) {
        List<Token> tokens = s.tokens();
        return last + 1 < tokens.size() && tokens.get(last).tag().equals("JJ") && tokens.get(last + 1).isNoun()
                && !tokens.get(last + 1).isProperNoun() && s.chunkOf(last) >= 0 && s.chunkOf(last) == s.chunkOf(last + 1);
    }

    /** Determiners of a phrase that says which stretch ("of the repair", "of its campaign"; not "of each other"). */
    private static final java.util.Set<String> WHICH = java.util.Set.of("the", "its", "their", "his", "her", "this", "that");
    /** Prepositions of a stretch of time whose "of" phrase says which stretch ("in the first ten minutes of the repair"). */
    private static final java.util.Set<String> SPAN_PREPOSITIONS = java.util.Set.of("in", "during", "within", "over", "for",
            "throughout", "after", "before");

    /**
     * "in the first 90 minutes [of the procedure]": an "of" and a noun phrase with its determiner right after a stretch
     * of time say which stretch; they go with the date (a label kept "dropped quickly of the procedure"). Not after a
     * date with no preposition, which may be an amount ("lost a quarter of its value").
     */
    private static void ofPhrase(ParsedSentence s, int last, boolean[] skip) {
        List<Token> tokens = s.tokens();
        // "after 18 months [of negotiations]": a plural unit's phrase needs no determiner to say which stretch
        boolean which = last + 2 < tokens.size() && (WHICH.contains(tokens.get(last + 2).lower())
                || tokens.get(last).tag().equals("NNS") && !tokens.get(last + 2).tag().equals("DT"));
        if (which && tokens.get(last).isNoun() && tokens.get(last + 1).lower().equals("of")
                && HeadlineWords.nounPhraseAt(s, last + 2)) {
            skip[last + 1] = true;
            int c = s.chunkOf(last + 2);
            for (int k = last + 2; c >= 0 && k <= s.chunks().get(c).last(); k++) {
                skip[k] = true;
            }
        }
    }

    /** The sentence's date and its other dates ({begin, end} pairs), all marked. */
    static boolean[] mark(ParsedSentence s, int begin, int end, List<int[]> others) {
        return mark(s, begin, end, others, true);
    }

    /** As {@link #mark(ParsedSentence, int, int, List)}, with a possessive date marked though it determines its noun. */
    static boolean[] markOwners(ParsedSentence s, int begin, int end, List<int[]> others) {
        return mark(s, begin, end, others, false);
    }

    private static boolean[] mark(ParsedSentence s, int begin, int end, List<int[]> others, boolean keepOwner) {
        boolean[] skip = mark(s, begin, end, keepOwner);
        for (int[] d : others) {
            if (joinedSubject(s.tokens(), begin, end, d)) {
                // "[July] and [August] will be the peak season": the two dates are the clause's subject, as one would be
                for (int i = 0; i < skip.length; i++) {
                    skip[i] = false;
                }
                return skip;
            }
            boolean[] other = mark(s, d[0], d[1], keepOwner);
            for (int i = 0; i < skip.length; i++) {
                skip[i] |= other[i];
            }
        }
        return skip;
    }

    /** Whether the date at {@code begin..end} and the one of {@code other} are joined by "and" or "or" as a subject. */
    private static boolean joinedSubject(List<Token> tokens, int begin, int end, int[] other) {
        int[] one = begin < 0 ? null : span(tokens, begin, end);
        int[] two = span(tokens, other[0], other[1]);
        if (one == null || two == null) {
            return false;
        }
        int[] first = one[0] < two[0] ? one : two;
        int[] second = first == one ? two : one;
        if (second[0] != first[1] + 2) {
            return false; // one date after the other with one word between (and a date at the sentence's end has none)
        }
        String link = tokens.get(first[1] + 1).lower();
        return second[0] == first[1] + 2 && (link.equals("and") || link.equals("or"))
                && subjectOfClause(tokens, first[0], second[1]);
    }
}
