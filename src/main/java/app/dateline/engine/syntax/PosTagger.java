package app.dateline.engine.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;

/**
 * Penn Treebank part-of-speech tags from OpenNLP's maximum-entropy English tagger and its stock model
 * ({@code en-pos-maxent.bin}, trained on news), decoded greedily ({@link GreedyDecoder}). The model is loaded once;
 * a decoder is not thread-safe, so each thread gets its own.
 */
public final class PosTagger {

    static final String MODEL_RESOURCE = "/en-pos-maxent.bin";
    private static volatile POSModel model;
    private static final ThreadLocal<GreedyDecoder> TAGGERS = ThreadLocal.withInitial(() -> new GreedyDecoder(model()));

    static POSModel model() {
        POSModel m = model;
        if (m == null) {
            synchronized (PosTagger.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the English part-of-speech model " + MODEL_RESOURCE
                                    + " is missing from the class path");
                        }
                        m = new POSModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the English part-of-speech model", e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    /** The tokens again, each with its tag. */
    public List<Token> tag(List<Token> words) {
        String[] text = new String[words.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = normalise(words.get(i).text());
        }
        String[] tags = TAGGERS.get().tag(text);
        int verb; // the clause's verb after a participle, when the loop finds one
        for (int i = 1; i < tags.length; i++) {
            if (nounAfterDeterminer(text, tags, i) || nounOfCompound(text, tags, i) || nounReadAsModal(text, tags, i)) {
                tags[i] = "NN";
            } else if (nameReadAsPreposition(text, tags, i)) {
                tags[i] = "NNP";
            } else if (verbAfterInsert(text, tags, i)) {
                tags[i] = "VBZ";
            } else if (thatOpensClause(text, tags, i)) {
                tags[i] = "IN";
            } else if (lostPossessive(text, tags, i)) {
                tags[i] = "POS";
            } else if (verbReadAsPreposition(text, tags, i)) {
                tags[i] = tags[i - 1].startsWith("NN") || tags[i - 1].equals("PRP") ? "VBD" : "VBN";
            } else if (hyphenatedParticiple(words, tags, i)) {
                tags[i] = "JJ";
            } else if ((verb = clausesVerb(text, tags, i)) >= 0) {
                tags[i] = "VBN"; // "a cap placed/VBN on the well is helping"
                if (tags[verb].equals("VBN")) {
                    tags[verb] = "VBD"; // "the device placed/VBD on the well collected/VBN 15,800 barrels"
                }
            } else if (progressiveReadAsAdjective(text, tags, i)) {
                tags[i] = "VBG";
            }
        }
        List<Token> tagged = new ArrayList<>(text.length);
        for (int i = 0; i < text.length; i++) {
            Token w = words.get(i);
            boolean name = (tags[i].startsWith("W") || tags[i].equals("PRP")) && acronym(words, i) || particleName(w.text())
                    || title(words, tags, i);
            tagged.add(new Token(w.text(), w.begin(), w.end(), name ? "NNP" : tags[i]));
        }
        return tagged;
    }

    /** The tag dictionary of the model: the tags it allows each word it has seen ("well": RB, NN, JJ, UH). */
    static TagDictionary tagDictionary() {
        return Dictionary.TAGS;
    }

    /** Loaded with the model on first use. */
    private static final class Dictionary {
        static final TagDictionary TAGS = model().getFactory().getTagDictionary();
    }

    /** A number's compound word: "30-year", "3-year-old". */
    private static final java.util.regex.Pattern NUMBER_COMPOUND = java.util.regex.Pattern.compile("\\d[\\d.,]*(?:[-\u2010\u2011]\\p{L}+)+");

    /** The tags a determiner or possessive ends with before its noun. */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("DT", "PRP$", "POS");
    /** The tags that can follow a noun phrase's last word but not an adverb inside one. */
    private static final java.util.Set<String> AFTER_NOUN = java.util.Set.of("IN", "TO", ",", ".", ":", "VBD", "VBZ", "VBP", "MD", "CC");

    /**
     * An adverb between a determiner and what closes a noun phrase is that phrase's noun, when the model's tag
     * dictionary knows the word as one: "the crippled well in the Gulf", "BP's well was capped", "to plug the leaking
     * well on Thursday" (the model, which reads "well" as an adverb, cut the subject "Key ships stationed over the well
     * in the Gulf" after "Gulf"). So is an adjective between a determiner and a finite verb ("The slick drifted"), and a
     * number's compound with no noun after it ("a 3-year-old who had returned", "the benchmark 30-year rose"), and the
     * adjective after such a compound that ends its phrase ("a 14-year low of 304p").
     */
    static boolean nounAfterDeterminer(String[] words, String[] tags, int i) {
        if (tags[i].equals("JJ") && NUMBER_COMPOUND.matcher(words[i]).matches()
                && (DETERMINERS.contains(tags[i - 1]) || tags[i - 1].startsWith("JJ") || tags[i - 1].startsWith("NN"))
                && (i + 1 == tags.length || !(tags[i + 1].startsWith("NN") || tags[i + 1].startsWith("JJ") || tags[i + 1].equals("CD")))) {
            // "The Treasury's benchmark 30-year rose", "a 3-year-old who had returned": a number's compound with no
            // noun after it names the thing itself
            return true;
        }
        // "The slick drifted towards the coast"; so after a determiner's number ("The 1918 pandemic killed")
        boolean afterDeterminer = i > 0 && DETERMINERS.contains(tags[i - 1])
                || i > 1 && tags[i - 1].equals("CD") && DETERMINERS.contains(tags[i - 2]);
        if (tags[i].equals("JJ") && afterDeterminer && i + 1 < tags.length && FINITE.contains(tags[i + 1])) {
            return knownNoun(words[i]) || unknown(words[i]); // "pandemic" is no word of the model's dictionary
        }
        if (tags[i].equals("JJ") && i > 1 && NUMBER_COMPOUND.matcher(words[i - 1]).matches() && DETERMINERS.contains(tags[i - 2])
                && (i + 1 == tags.length || AFTER_NOUN.contains(tags[i + 1]))) {
            return knownNoun(words[i]); // "crashed to a 14-year low of 304p": the noun the compound describes
        }
        if (tags[i].equals("JJ") && subjectsLastWord(tags, i)) {
            return knownNoun(words[i]); // "The oil major on Friday said", "The Anglo-Dutch major said"
        }
        if (tags[i].equals("JJ") && subjectsOnlyWord(tags, i)) {
            // "The new patient from the north-east, who had returned": a word the dictionary does not hold, alone after
            // its determiner before the comma that sets off what qualifies the subject
            return knownNoun(words[i]) || unknown(words[i]);
        }
        if (tags[i].equals("VB") && prepositionsObjectBefore(tags, i)) {
            return knownNoun(words[i]); // "were at work on the Gulf spill/VB last week"
        }
        if (!tags[i].equals("RB") || i + 1 < tags.length && !AFTER_NOUN.contains(tags[i + 1])) {
            return false;
        }
        int d = i - 1;
        boolean verbNext = i + 1 < tags.length && FINITE.contains(tags[i + 1]);
        if (d > 0 && (tags[d].startsWith("JJ") || tags[d].equals("VBN") || tags[d].equals("VBG") || tags[d].equals("NN") && verbNext)) {
            d--; // "the crippled well", "the leaking well", "the relief well will" (not "did the job well.")
        }
        return DETERMINERS.contains(tags[d]) && knownNoun(words[i]);
    }

    /**
     * Whether the adjective at {@code i} ends a noun phrase opened by a determiner, after a noun or adjective of its own,
     * before the sentence's first verb with a tense: right before it, or before a preposition or a comma ("The oil major
     * [on Friday] said", "Her debut solo single, Dirty Rotten Soul, was released"). An adjective there has no noun to
     * describe; after a verb it may describe the object ("found the room empty on Monday"), so a verb before leaves it.
     */
    private static boolean subjectsLastWord(String[] tags, int i) {
        int d = determinerBefore(tags, i);
        if (d < 0 || i + 1 >= tags.length
                || !(FINITE.contains(tags[i + 1]) || tags[i + 1].equals("IN") || tags[i + 1].equals(","))) {
            return false;
        }
        for (int k = 0; k < d; k++) {
            if (FINITE.contains(tags[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the adjective at {@code i} stands alone after a determiner and before a comma, before the sentence's first
     * verb with a tense: the subject's phrase has no other word to be its noun.
     */
    private static boolean subjectsOnlyWord(String[] tags, int i) {
        if (i < 1 || i + 1 >= tags.length || !DETERMINERS.contains(tags[i - 1]) || !tags[i + 1].equals(",")) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            if (FINITE.contains(tags[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised word read as a preposition between a name and a verb with a tense, which the model's dictionary
     * does not hold: the name's last word ("Chief Executive Wayne Pisano/IN told Reuters").
     */
    static boolean nameReadAsPreposition(String[] words, String[] tags, int i) {
        return tags[i].equals("IN") && i > 0 && i + 1 < tags.length && tags[i - 1].equals("NNP") && FINITE.contains(tags[i + 1])
                && Character.isUpperCase(words[i].charAt(0)) && unknown(words[i]);
    }

    /**
     * Whether the base form at {@code i} follows a preposition's noun phrase ("on the Gulf spill"): no verb stands there
     * bare, as one may after a verb's object ("let the market decide"), so it is that phrase's last noun.
     */
    private static boolean prepositionsObjectBefore(String[] tags, int i) {
        int d = determinerBefore(tags, i);
        return d > 0 && tags[d - 1].equals("IN");
    }

    /**
     * The determiner that opens the noun phrase the word at {@code i} ends, past one to three nouns, names or adjectives
     * of its own ("[The] oil major", "[the] Gulf spill"); -1 when none stands before it or no such word does.
     */
    private static int determinerBefore(String[] tags, int i) {
        int d = i - 1;
        while (d > 0 && i - d <= 3 && (tags[d].equals("NN") || tags[d].equals("NNP") || tags[d].equals("JJ"))) {
            d--;
        }
        return d < i - 1 && d >= 0 && DETERMINERS.contains(tags[d]) ? d : -1;
    }

    /**
     * A word read as a modal right before a verb with its tense, which no modal stands before, and which the model's
     * tag dictionary does not know as a modal: the last noun of its phrase. "a Mexican man who flew via the Chinese
     * mainland was infected" (read "mainland was", and the label kept "A Mexican man mainland was infected").
     */
    static boolean nounReadAsModal(String[] words, String[] tags, int i) {
        if (!tags[i].equals("MD") || i + 1 >= tags.length || !FINITE.contains(tags[i + 1])
                || !(tags[i - 1].startsWith("NN") || tags[i - 1].startsWith("JJ") || DETERMINERS.contains(tags[i - 1]))) {
            return false;
        }
        String[] known = tagDictionary().getTags(words[i].toLowerCase(java.util.Locale.ROOT));
        return known == null || !java.util.Arrays.asList(known).contains("MD");
    }

    /**
     * Tags after which a compound's last noun may stand: a noun, a participle, a finite verb or a comma ("the Macondo
     * well, which blew out"); not the sentence's end ("did the job well.").
     */
    private static final java.util.Set<String> AFTER_COMPOUND = java.util.Set.of("NN", "NNS", "VBN", "VBD", "VBZ", "MD", ",");
    /** Words the model reads as adverbs that end a compound noun (data: compound-end-nouns.txt). */
    private static final java.util.Set<String> COMPOUND_ENDS = WordList.load("/dateline/syntax/compound-end-nouns.txt");

    /**
     * An adverb of {@code compound-end-nouns.txt} right after a singular noun and before a noun, a verb or a comma is the
     * compound's last noun: "a relief well bored into", "suspending relief well activities", "The Macondo well blew out"
     * (the model read "well" as an adverb and left "a relief" as the subject), "the Macondo well that blew out" (before a
     * relative pronoun). Not after a plural ("shares well below"), before a preposition ("did the job well in") nor at
     * the end ("did the job well.").
     */
    static boolean nounOfCompound(String[] words, String[] tags, int i) {
        if (!tags[i].equals("RB") || i == 0 || !(tags[i - 1].equals("NN") || tags[i - 1].equals("NNP"))
                || !COMPOUND_ENDS.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "drilling a relief well on Monday.": after a noun that opens such compounds, wherever it stands
        return COMPOUND_FIRSTS.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT)) || i + 1 < tags.length
                && (AFTER_COMPOUND.contains(tags[i + 1]) || RELATIVE_WORDS.contains(words[i + 1].toLowerCase(java.util.Locale.ROOT)));
    }

    /** Nouns after which a word of compound-end-nouns.txt is the compound's noun (data: compound-first-nouns.txt). */
    private static final java.util.Set<String> COMPOUND_FIRSTS = WordList.load("/dateline/syntax/compound-first-nouns.txt");

    /** The relative pronouns a compound's last noun may stand before ("the Macondo well that blew out"). */
    private static final java.util.Set<String> RELATIVE_WORDS = java.util.Set.of("that", "which");

    /** A form of "be" that a verb's "-ing" form after it makes progressive. */
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "be", "been", "'s", "'re");
    /** Tags that open a verb's object: a determiner, an adjective, a noun, a number, a possessive. */
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("DT", "JJ", "NN", "NNS", "NNP", "CD", "PRP$");

    /**
     * An "-ing" word read as an adjective right after a form of "be" and before an object, when the model's tag
     * dictionary does not know it as an adjective only: the verb of a progressive. "it is realigning/JJ multiple
     * production and engineering organizations" (the label dropped "realigning multiple" as modifiers: "it is
     * production"); "is interesting news" stays, "interesting" is an adjective only.
     */
    static boolean progressiveReadAsAdjective(String[] words, String[] tags, int i) {
        if (!tags[i].equals("JJ") || !words[i].endsWith("ing") || !BE.contains(words[i - 1].toLowerCase(java.util.Locale.ROOT))
                || i + 1 >= tags.length || !OBJECT_OPENERS.contains(tags[i + 1])) {
            return false;
        }
        String[] known = tagDictionary().getTags(words[i].toLowerCase(java.util.Locale.ROOT));
        return known == null || java.util.Arrays.asList(known).contains("VBG");
    }

    /** Whether the word (lower case) is one the model reads as an adverb that ends a compound noun ("well"). */
    public static boolean endsCompound(String word) {
        return COMPOUND_ENDS.contains(word);
    }

    /** Whether the model's tag dictionary does not hold the word. */
    private static boolean unknown(String word) {
        return tagDictionary().getTags(word.toLowerCase(java.util.Locale.ROOT)) == null;
    }

    /** Whether the model's tag dictionary knows the word as a singular noun. */
    private static boolean knownNoun(String word) {
        String[] known = tagDictionary().getTags(word.toLowerCase(java.util.Locale.ROOT));
        return known != null && java.util.Arrays.asList(known).contains("NN");
    }

    /** The tags of a finite verb. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * A plural noun right after a participle's insert between commas, which closes a subject that has no verb yet, is
     * that subject's verb, when the model's tag dictionary knows the word as one: "The Deepwater Horizon rig, valued at
     * more than $560 million, sinks and ..." (the model read "sinks" as a noun and the label took "valued" for the
     * verb). The insert opens with a participle ("valued", "carrying"), so it holds no subject of its own.
     */
    static boolean verbAfterInsert(String[] words, String[] tags, int i) {
        if (!tags[i].equals("NNS") || i < 4 || !tags[i - 1].equals(",") || i + 1 < tags.length && tags[i + 1].startsWith("NN")) {
            return false;
        }
        int open = i - 2;
        while (open > 0 && !tags[open].equals(",")) {
            if (FINITE.contains(tags[open])) {
                return false;
            }
            open--;
        }
        if (open < 1 || open + 1 >= i - 1 || !tags[open + 1].equals("VBN") && !tags[open + 1].equals("VBG")
                || !tags[open - 1].startsWith("NN")) {
            return false;
        }
        for (int k = 0; k < open; k++) {
            if (FINITE.contains(tags[k])) {
                return false;
            }
        }
        return thirdPerson(words[i].toLowerCase(java.util.Locale.ROOT));
    }

    /** Tags inside a noun phrase after a preposition ("to emergency services", "from his home"). */
    private static final java.util.Set<String> PHRASE_TAGS = java.util.Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD",
            "NN", "NNS", "NNP", "NNPS", "POS");

    /**
     * A past tense right after the noun of a subject that has no verb yet, followed only by prepositions' phrases and then
     * a finite verb, is a participle that qualifies the noun, when the model's tag dictionary knows the word as one: "A
     * recording of the call made to emergency services from his home was released" (the model read "made" as the past
     * tense, and the label took "emergency services" for the subject of "was released").
     */
    /**
     * Whether the noun phrase ending at {@code last} opens a relative clause: a relative word before it ("the report that
     * the panel"), or another noun phrase right before its determiner ("the report the panel").
     */
    private static boolean subjectOfRelativeClause(String[] words, String[] tags, int last) {
        int start = last;
        while (start > 0 && (tags[start - 1].startsWith("NN") || tags[start - 1].startsWith("JJ") || tags[start - 1].equals("CD"))) {
            start--;
        }
        boolean determiner = start > 0 && (tags[start - 1].equals("DT") || tags[start - 1].equals("PRP$"));
        if (determiner) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        String before = tags[start - 1];
        return before.equals("WDT") || before.startsWith("WP") || words[start - 1].equalsIgnoreCase("that")
                || determiner && (before.startsWith("NN") || before.equals("PRP"));
    }

    /** Tags a past form may open an object after ("collected [15,800] barrels", "took [the] cap"). */
    private static final java.util.Set<String> OBJECT_START = java.util.Set.of("DT", "CD", "PRP$", "$");

    /**
     * Whether a participle right after a noun phrase, with no auxiliary, is the past tense of the clause's verb: the model
     * read "the device placed on the well collected/VBN 15,800 barrels" the wrong way round. It has an object right after
     * it (a determiner, a number of something, a possessive) and may be a past tense by the model's dictionary (a regular one ends in
     * "-ed"); a participle before an object is rare ("the man given the award").
     */
    private static boolean pastReadAsParticiple(String[] words, String[] tags, int k) {
        if (!tags[k].equals("VBN") || k + 1 >= tags.length || !OBJECT_START.contains(tags[k + 1])) {
            return false;
        }
        if (tags[k + 1].equals("CD") && !(k + 2 < tags.length && (tags[k + 2].startsWith("NN") || tags[k + 2].equals("CD")))) {
            return false; // "his death aged 50 in June": a number alone is no amount of anything
        }
        String[] known = tagDictionary().getTags(words[k].toLowerCase(java.util.Locale.ROOT));
        return known == null ? words[k].endsWith("ed") : MissingVerb.mayBe(words[k], known, "VBD");
    }

    /**
     * The verb with a tense after a past form that is a participle qualifying the noun before it ("a cap placed on the
     * well is helping": "is"), else -1.
     */
    static int clausesVerb(String[] words, String[] tags, int i) {
        if (!tags[i].equals("VBD") || !tags[i - 1].startsWith("NN") || i + 2 >= tags.length
                || !(tags[i + 1].equals("IN") || tags[i + 1].equals("TO"))) {
            return -1;
        }
        for (int k = i - 1; k >= 0; k--) {
            if (tags[k].startsWith("VB") && REPORTING.contains(Lemmatizer.verb(words[k].toLowerCase(java.util.Locale.ROOT)))) {
                break; // "Allen has said a cap placed on the well is helping": the clause said opens after its verb
            }
            if (FINITE.contains(tags[k]) || tags[k].equals(",") || tags[k].equals(":")) {
                return -1; // a verb before: the subject has one; a comma: another clause may open
            }
        }
        if (REPORTING.contains(Lemmatizer.verb(words[i].toLowerCase(java.util.Locale.ROOT)))) {
            return -1; // "Ortiz said on Monday the flu would cost": what was said has its own subject
        }
        if (subjectOfRelativeClause(words, tags, i - 1)) {
            return -1; // "The report [that] the panel released on Monday blamed BP": the panel's own past tense
        }
        int k = i + 1;
        while (k < tags.length && (tags[k].equals("IN") || tags[k].equals("TO"))) {
            String preposition = words[k].toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_OPENERS.contains(preposition) || preposition.equals("that")) {
                return -1; // "burned for 36 hours before it sank", "concluded on Monday that it would": a clause
            }
            int phrase = k + 1;
            boolean noun = false;
            // one noun phrase: a determiner or number after its noun, or a name after a number, opens another ("on Monday
            // the flu", "in 2009 Katherine said")
            // (a compound's last noun the model reads as an adverb is the phrase's: "on the blown-out well/RB last week")
            while (phrase < tags.length && (PHRASE_TAGS.contains(tags[phrase]) || noun && tags[phrase].equals("RB")
                    && COMPOUND_ENDS.contains(words[phrase].toLowerCase(java.util.Locale.ROOT)))
                    && !(noun && PHRASE_OPENERS.contains(tags[phrase]))
                    && !(tags[phrase].startsWith("NNP") && tags[phrase - 1].equals("CD"))) {
                noun |= tags[phrase].startsWith("NN");
                phrase++;
            }
            if (phrase == k + 1 || !(tags[phrase - 1].startsWith("NN") || tags[phrase - 1].equals("CD")
                    || tags[phrase - 1].equals("RB"))) {
                return -1; // no phrase, or one that does not end on its noun ("from the American [controlled]")
            }
            k = phrase;
        }
        String[] known = tagDictionary().getTags(words[i].toLowerCase(java.util.Locale.ROOT));
        boolean verb = k < tags.length && (FINITE.contains(tags[k]) || pastReadAsParticiple(words, tags, k));
        return verb && known != null && java.util.Arrays.asList(known).contains("VBN") ? k : -1;
    }

    /** Tags that open a noun phrase: after a noun, another phrase. */
    private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of("DT", "PDT", "PRP$", "CD");

    /** Words that may open a clause where the model reads a preposition (data: subordinators.txt). */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordList.load("/dateline/syntax/subordinators.txt");

    /** Verbs that report what someone said (data: reporting-verbs.txt, lemmas). */
    private static final java.util.Set<String> REPORTING = WordList.load("/dateline/syntax/reporting-verbs.txt");

    /**
     * "that" before a name that a finite verb follows opens a clause, whatever the model read: "Sky News reported that
     * Hayward will step down" (the model read "that Hayward" as one noun phrase, and the label opened "That Hayward").
     */
    static boolean thatOpensClause(String[] words, String[] tags, int i) {
        if (!tags[i].equals("DT") || !words[i].equalsIgnoreCase("that") || i + 2 >= tags.length || !tags[i + 1].startsWith("NNP")) {
            return false;
        }
        int k = i + 1;
        while (k < tags.length && tags[k].startsWith("NNP")) {
            k++;
        }
        return k < tags.length && FINITE.contains(tags[k]);
    }

    /**
     * A participle joined by a hyphen to the word before it, before a noun, is an adjective: "the U.S.-backed
     * government" (the splitter parts "U.S." from "-backed", and the model read "backed" as the verb of the clause).
     */
    static boolean hyphenatedParticiple(List<Token> words, String[] tags, int i) {
        if (!(tags[i].equals("VBD") || tags[i].equals("VBN")) || i < 2 || i + 1 >= tags.length || !tags[i + 1].startsWith("NN")) {
            return false;
        }
        Token hyphen = words.get(i - 1);
        Token left = words.get(i - 2);
        // the word before is a word ("Texas-based") or an abbreviation ("U.S.-backed"), not a split-off full stop
        boolean word = left.text().codePoints().anyMatch(Character::isLetterOrDigit);
        return word && hyphen.text().equals("-") && left.end() == hyphen.begin() && hyphen.end() == words.get(i).begin();
    }

    /** The words the model may rightly read as a preposition (data: prepositions.txt and subordinators.txt). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.stream.Stream.concat(
            WordList.load("/dateline/labels/prepositions.txt").stream(), WordList.load("/dateline/syntax/subordinators.txt").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * An irregular verb form the model read as a preposition: "since the Taliban overthrew[IN] the government" (the
     * trigger went to "backed" in "U.S.-backed government", the label to the sentence's first clause). After a noun
     * or a pronoun it is the past tense, else the participle.
     */
    static boolean verbReadAsPreposition(String[] words, String[] tags, int i) {
        return tags[i].equals("IN") && Lemmatizer.irregularForm(words[i]) && !PREPOSITIONS.contains(words[i].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A lone "s" between two nouns is a possessive whose apostrophe a scrape lost: "an explosion at BP s Texas City
     * refinery" (the model read "s" as a verb, and the label kept it without "BP": "An explosion s Texas City refinery").
     */
    static boolean lostPossessive(String[] words, String[] tags, int i) {
        return words[i].equals("s") && i + 1 < tags.length && tags[i - 1].startsWith("NN")
                && (tags[i + 1].startsWith("NN") || tags[i + 1].startsWith("JJ"));
    }

    /**
     * Whether the model's tag dictionary knows a word as a verb's third person ("rises"), or, when it does not know
     * the word at all ("sinks"), knows the word without its "s" or "es" as a verb.
     */
    private static boolean thirdPerson(String word) {
        String[] known = tagDictionary().getTags(word);
        if (known != null) {
            return java.util.Arrays.asList(known).contains("VBZ");
        }
        for (String stem : new String[] {word.substring(0, word.length() - 1), word.endsWith("es") ? word.substring(0, word.length() - 2) : ""}) {
            String[] base = stem.isEmpty() ? null : tagDictionary().getTags(stem);
            if (base != null && java.util.Arrays.asList(base).contains("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wh-word or pronoun in capitals inside a sentence that is not in capitals names an organisation or a country
     * ("The WHO is likely to raise", "the World Health Organization (WHO) - which", "US whistleblower Bradley
     * Manning"): the model, which reads it as "who" or "us", is overruled.
     */
    static boolean acronym(List<Token> words, int i) {
        String w = words.get(i).text();
        if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // the words around it are not in capitals (a heading "WHO WILL PAY?" is); a word of one letter is no sign of
        // one ("A US federal health official": the article "A" is in capitals anyway)
        for (int k = Math.max(0, i - 1); k <= Math.min(words.size() - 1, i + 1); k++) {
            String o = words.get(k).text();
            if (k != i && o.length() > 1 && o.chars().anyMatch(Character::isLetter) && o.equals(o.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Titles before a name (data: titles.txt). */
    private static final java.util.Set<String> TITLES = WordList.load("/dateline/syntax/titles.txt");
    /** What the model has read a title as before a name ("Dr/IN Richelle Cooper"); a determiner ("The White House") stays one. */
    private static final java.util.Set<String> MISREAD_TITLE = java.util.Set.of("IN", "RB", "FW");

    /**
     * A capitalised title right before a name is part of the name: "emergency room Dr Richelle Cooper testified" (the
     * model read "Dr" as a preposition, which cut the subject in two and left "Emergency room testified").
     */
    static boolean title(List<Token> words, String[] tags, int i) {
        String w = words.get(i).text();
        if (!MISREAD_TITLE.contains(tags[i]) || i + 1 >= tags.length || !tags[i + 1].equals("NNP") || w.isEmpty()
                || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("of") || lower.equals("the")) {
            return false; // titles.txt's links ("Secretary of State"), no titles: "VEIL OF MAYA"
        }
        return TITLES.contains(lower) || !lower.endsWith(".") && TITLES.contains(lower + ".");
    }

    /** Particles that open a hyphenated name ("al-Zawahiri"; data: name-particles.txt). */
    private static final java.util.Set<String> NAME_PARTICLES = WordList.load("/dateline/syntax/name-particles.txt");

    /**
     * A name particle, a hyphen and a capitalised word ("al-Zawahiri", "bin-Talal") is a name: the model, which has
     * not seen most of them, reads some as a conjunction or a preposition ("Ayman al-Zawahiri/CC"), which cut the
     * name and its phrase in two.
     */
    static boolean particleName(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 2 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && NAME_PARTICLES.contains(w.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))
                && w.substring(hyphen + 1).chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** The model was trained on ASCII quotes and dashes. */
    private static String normalise(String word) {
        return switch (word) {
            case "\u201c", "\u201d", "\u201e" -> "\"";
            case "\u2018", "\u2019" -> "'";
            case "\u2014", "\u2013", "_" -> "--";
            default -> word.replace('\u2019', '\'');
        };
    }
}
