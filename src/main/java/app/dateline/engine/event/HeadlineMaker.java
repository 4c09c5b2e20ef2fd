package app.dateline.engine.event;

import static app.dateline.engine.event.HeadlineWords.QUOTES;

import app.dateline.engine.syntax.Chunk;
import app.dateline.engine.syntax.Lemmatizer;
import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.Token;
import app.dateline.engine.syntax.VerbBounds;
import app.dateline.engine.syntax.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an event's headline from its sentence, in the sentence's own words and order: the event's verb group
 * ({@link EventVerb}) with its subject ({@link SubjectFinder}, {@link PronounResolver}) and its object or
 * complement ({@link ClauseTrimmer}) ("Xi Jinping accepted the credentials of the Taliban's ambassador"),
 * without the date phrase ({@link DateWords}), lead-in clauses, appositives, relative and subordinate clauses,
 * and attributions that follow the event (", officials said"). A sentence that only frames the date takes its
 * event from the sentences after it ({@link FramingRule}). Labels longer than {@value #TARGET} characters lose
 * trailing phrases, whole; none is cut inside a phrase. Thread-safe.
 */
public final class HeadlineMaker {

    /** The length a headline is trimmed to, phrase by phrase. */
    public static final int TARGET = 60;
    /** Past {@link #TARGET}, trailing phrases go while the object keeps three words; past this, whatever it keeps. */
    static final int MAX = 72;
    /** A verb keeps its object's first phrase past {@link #MAX}, up to this length. */
    static final int LONGEST = 90;
    /** Verbs that wait for their complement, by lemma (labels/complement-verbs.txt): no told clause alone ends on one. */
    private static final Set<String> WAITING_VERBS = WordList.load("/dateline/labels/complement-verbs.txt");
    /** Pronouns a said clause alone cannot open with: they point back to its speaker (labels/weak-openings.txt). */
    private static final Set<String> POINTING_BACK = WordList.load("/dateline/labels/weak-openings.txt");

    /** The sentences around the event's sentence, parsed when asked for. */
    public interface Context {
        /** The {@code k}-th sentence before (1 is the one just before) in the article, or null. */
        ParsedSentence before(int k);

        /** The {@code k}-th sentence after in the same paragraph, or null. */
        ParsedSentence after(int k);

        Context NONE = new Context() {
            @Override
            public ParsedSentence before(int k) {
                return null;
            }

            @Override
            public ParsedSentence after(int k) {
                return null;
            }
        };
    }

    private final EventVerb verbs = new EventVerb();
    private final FramingRule framing = new FramingRule(verbs);
    private final TriggerFinder eventNouns = new TriggerFinder();

    /**
     * @param dateBegin the date phrase's first character (sentence offsets), or -1 for no date
     * @param trigger   the trigger's token index, or -1
     * @return the headline, or null when the sentence has no verb to make one of
     */
    public String label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, Context context) {
        return label(s, dateBegin, dateEnd, trigger, List.of(), context);
    }

    /** @param otherDates the sentence's other date phrases (begin, end; sentence offsets): left out too */
    public String label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context) {
        Headline h = headline(s, dateBegin, dateEnd, trigger, otherDates, context);
        return h == null ? null : h.text();
    }

    /** As {@link #label}, with the stretches of the article the headline's words come from. */
    Headline headline(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context) {
        return label(s, dateBegin, dateEnd, trigger, otherDates, context, true);
    }

    private Headline label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context,
                         boolean mayFollow) {
        return label(s, dateBegin, dateEnd, trigger, otherDates, context, mayFollow, true, true);
    }

    /**
     * @param nameSpeaker     whether "it" or "they" keeps the speaker that names it ("BP said it choked off the flow")
     * @param completeSubject whether the subject keeps the phrase that completes its noun ("The moratorium [on new
     *                        drilling]"), while it fits
     */
    private Headline label(ParsedSentence s, int dateBegin, int dateEnd, int trigger, List<int[]> otherDates, Context context,
                         boolean mayFollow, boolean nameSpeaker, boolean completeSubject) {
        final int asked = trigger;
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        boolean[] skip = DateWords.mark(s, dateBegin, dateEnd, otherDates);
        CaptionWords.mark(s, skip); // "Photograph: PA", "PASSENGERS URGED TO COME FORWARD"
        ConvertedAmounts.mark(s, skip); // "a record $17bn [(£11bn)] loss"
        // a noun that names the date's event is told without its possessive date ("[last week's] explosion on a rig");
        // a clause keeps a possessive date that determines its noun ("were not invited to last year's summit")
        boolean[] nounSkip = skip;
        if (tokens.stream().anyMatch(t -> t.tag().equals("POS"))) { // with no "'s" the two markings are the same
            nounSkip = DateWords.markOwners(s, dateBegin, dateEnd, otherDates);
            CaptionWords.mark(s, nounSkip);
            ConvertedAmounts.mark(s, nounSkip);
        }
        Headline noun = occasion(s, trigger, nounSkip) ? null : NounHeadline.of(s, trigger, nounSkip, context);
        if (noun == null && mayFollow) {
            int leadIn = NounHeadline.leadInNoun(s, nounSkip, eventNouns::isEventNoun);
            if (leadIn >= 0 && leadIn != trigger && !occasion(s, leadIn, nounSkip)) {
                noun = NounHeadline.of(s, leadIn, nounSkip, context);
            }
            int opening = leadIn < 0 ? NounHeadline.openingNoun(s, nounSkip, eventNouns::isEventNoun) : -1;
            if (opening >= 0) {
                noun = NounHeadline.phrase(s, opening, nounSkip); // "The Arab League's readmission of Assad [last year] and ..."
            }
        }
        if (noun != null && noun.length() <= MAX) {
            return noun;
        }
        int verb = trigger >= 0 && tokens.get(trigger).isVerb() && !skip[trigger] && !EventVerb.hyphenated(s, trigger)
                ? trigger : verbs.main(s, trigger, skip);
        if (verb < 0) {
            return null;
        }
        int circumstance = verbs.circumstance(s, verb, skip);
        if (circumstance >= 0) {
            verb = circumstance; // "John Kirby speaks as Karine Jean-Pierre listens": the main clause
            trigger = -1;
        }
        // but "to help prepare for his planned [July 2009] comeback concerts": the date is the concerts', which the
        // infinitive's phrase tells; the governing verb ("was hired") is another event, of another day
        int datedNoun = DateWords.qualifiedNounDate(s, dateBegin, dateEnd);
        boolean nounDated = datesPhraseOf(s, verb, datedNoun);
        if (nounDated && insideRelativeClause(s, governingVerb(s, verb, skip))) {
            // an infinitive governed inside a relative clause has no subject to tell the noun's event with ("Dr Murray,
            // who was hired by Jackson to help prepare for his planned [July 2009] comeback concerts", not "Dr Murray to
            // help prepare ..."): the dated noun's phrase is the event
            Headline dated = NounHeadline.phrase(s, s.chunks().get(s.chunkOf(datedNoun)).head(), skip);
            if (dated != null && dated.length() <= MAX) {
                return dated;
            }
        }
        int governing = nounDated ? -1 : governingVerb(s, verb, skip);
        if (governing >= 0) {
            verb = governing; // "who was hired by Jackson to help prepare for ...": not "Dr Murray to help prepare"
            trigger = -1;
        }
        int[] timed = timeClause(s);
        if (timed != null && verb <= timed[1]) {
            // "The last time Dr Murray administered the medication was 1040 on 25 June": the clause is the event, the
            // rest says when
            for (int i = 0; i < tokens.size(); i++) {
                skip[i] |= i <= timed[2] || i >= timed[1];
            }
            verb = verb == timed[1] ? timed[0] : verb;
            trigger = verb == timed[0] ? -1 : trigger;
        }
        boolean[] beforeSource = beforeAttribution(s, verb, skip);
        if (beforeSource != null) {
            // ", a human rights group said Thursday": the source is not the actor; the event is told before it.
            skip = beforeSource;
            verb = verbs.main(s, -1, beforeSource);
            trigger = -1;
        }
        int known = verbs.emerged(s, verb, skip);
        if (known >= 0) {
            verb = known; // "it emerged another school had been closed": what became known
            trigger = -1;
        }
        if (verb != trigger) {
            int said = verbs.reported(s, verb, skip);
            // "BP said it had contained", not "It had contained"
            verb = said != verb && PronounResolver.namesNoOne(s, verb, said, skip) ? verb : said;
        }
        Chunk group = s.chunks().get(s.chunkOf(verb));
        int mainClause = afterComma(s, group, skip) ? verbs.main(s, verb, skip) : -1;
        if (mainClause >= 0 && mainClause < verb && EventVerb.finite(s, mainClause)) {
            // "The star had been due to stage 50 concerts at the O2 arena, beginning on 13 July": the participle's
            // clause has no subject of its own; the main clause tells the event (not "The star beginning")
            verb = mainClause;
            group = s.chunks().get(s.chunkOf(verb));
            trigger = -1;
        }
        int[] subject = SubjectFinder.find(s, group.first(), skip);
        int[] whose = WhosePossessor.subject(s, group.first(), skip);
        if (whose != null) {
            subject = whose; // "the company whose well blew out": the company's well, not the phrase before "in the company"
        }
        int governor = objectOfVerbBefore(s, subject, skip);
        if (governor >= 0) {
            // "the inquisition saw him resort to ...", "the company may find itself having to answer": the pronoun is the
            // object of the verb before it, whose clause tells the event (not "Him resort to ...")
            verb = s.chunks().get(governor).head();
            group = s.chunks().get(governor);
            trigger = -1;
            subject = SubjectFinder.find(s, group.first(), skip);
        }
        int holder = subject == null ? -1 : datedParticiplesHolder(s, group, subject, skip);
        int[] holderSubject = holder < 0 ? null : SubjectFinder.find(s, s.chunks().get(holder).first(), skip);
        if (holderSubject != null) {
            // "took some of the blame in an internal report issued [Wednesday], acknowledging": a participle with nothing
            // after it but its date qualifies its noun inside a finite verb's object; that verb's clause tells the event
            // (not "The blame issued", nor "An internal report")
            group = s.chunks().get(holder);
            verb = group.head();
            trigger = -1;
            subject = holderSubject;
        }
        int complement = subject == null ? -1 : SubjectFinder.complementStart(s, subject);
        if (complement > 0 && !completeSubject) {
            subject[1] = complement - 1;
        }
        int inserted = insertedMain(s, group, subject);
        if (inserted >= 0) {
            // "The latest case, confirmed on Tuesday, was in an adult": the participle qualifies the subject; the
            // sentence's verb tells the event
            int[] whole = {subject[0], group.first() - 2}; // the subject with its "of" phrases, to the comma
            verb = inserted;
            group = s.chunks().get(s.chunkOf(verb));
            int[] own = SubjectFinder.find(s, group.first(), skip);
            subject = own != null ? own : whole;
        }
        // ("according to findings of a panel released on Thursday": the findings are a source, the main clause the event)
        boolean source = subject != null && according(s, subject[0]) && group.first() == group.head()
                && tokens.get(group.head()).tag().startsWith("VB") && !tokens.get(group.head()).tag().equals("VBZ")
                && !tokens.get(group.head()).tag().equals("VBP");
        if (source || (subject == null || reducedRelative(s, group, subject, skip)) && !EventVerb.finiteGroup(s, group)) {
            // "Giving remarks about the withdrawal, Biden said": a participle alone says too little; the
            // sentence's main verb names the event with its subject.
            int main = verbs.main(s, source ? -1 : verb, skip);
            // a participle that qualifies its noun gives way only to the verb that noun is the subject of
            boolean ahead = subject == null || main > verb || source;
            if (main >= 0 && main != verb && EventVerb.finite(s, main) && ahead) {
                verb = main;
                boolean[] beforeMainSource = beforeAttribution(s, main, skip);
                int told = beforeMainSource == null ? -1 : verbs.main(s, -1, beforeMainSource);
                // only a finished clause tells the event (not "Having received estimates from BP, the Coast Guard
                // announced the estimate", whose "announced" has an object and is the event)
                if (told >= 0 && EventVerb.finite(s, told)) {
                    // "a bill on Thursday for expenditure incurred from its response, the White House said": the main
                    // verb is the source's; the event is the clause told before it, not "The White House said"
                    skip = beforeMainSource;
                    verb = told;
                }
                group = s.chunks().get(s.chunkOf(verb));
                subject = SubjectFinder.find(s, group.first(), skip);
            }
        }
        int[] part = subject == null && whose == null ? PartitiveRelative.subject(s, group.first(), skip) : null;
        Headline partOf = part == null ? null : PartitiveRelative.named(s, part, skip);
        if (part != null) {
            // "vaccine, some doses of which could be available": some doses of vaccine (or the part alone: "Both are")
            subject = partOf != null ? part : new int[] {part[0], part[1] - 2};
        }
        if (mayFollow && verbs.reports(s, group.head())) {
            // "the prosecutor said that when the doctor realised the patient had died, he called a guard": "he" is the
            // doctor, not the speaker; what was said, with its actor named, is the event
            int said = verbs.reported(s, group.head(), skip);
            int[] saidSubject = said == group.head() ? null : SubjectFinder.find(s, s.chunks().get(s.chunkOf(said)).first(), skip);
            if (PronounResolver.openingSubject(s, saidSubject, skip) != null) {
                Headline clause = label(s, dateBegin, dateEnd, said, otherDates, context, false);
                if (clause != null) {
                    return clause;
                }
            }
        }
        int framed = framedClause(s, group, subject, skip);
        if (framed >= 0) {
            // "The point is, unlike with the financial crisis two years ago, there is not going to be a bail-out for BP":
            // the frame says nothing; the clause after it is the event
            Headline clause = label(s, dateBegin, dateEnd, framed, otherDates, context, false);
            if (clause != null) {
                return clause;
            }
        }
        Headline reported = firstPerson(s, group, subject, skip);
        if (reported != null) {
            return reported;
        }
        if (mayFollow && framing.frames(s, dateBegin, group, subject)) {
            Headline following = framing.following(context, (next, v) -> label(next, -1, -1, v, List.of(), Context.NONE, false));
            if (following != null) {
                return following;
            }
        }
        Headline named = namedAs(s, group, subject, skip);
        if (named != null) {
            return named; // "what media heralded as a breakthrough setting rules": the breakthrough
        }
        boolean[] keep = new boolean[tokens.size()];
        Headline replaced = null;
        int[] reporter = null;
        boolean objectClause = false; // the label is a noun and the clause that qualifies it
        if (subject != null) {
            for (int i = subject[0]; i <= subject[1]; i++) {
                // the marks around a quoted name inside the subject's phrase go, as the object's do
                keep[i] = !skip[i] && !(QUOTES.contains(tokens.get(i).text()) && HeadlineWords.nounPhraseAt(s, i)
                        && !tokens.get(i).tag().equals("POS")); // but "the plaintiffs' lawyers" keeps its possessive
            }
            int floated = subject[1] + 1;
            if (floated < group.first() && !skip[floated] && SubjectFinder.floatingQuantifier(tokens, floated)) {
                keep[floated] = true; // "Iraq, Monaco and Nepal all confirmed": the count stays with its subject
            }
            replaced = PronounResolver.openingSubject(s, subject, skip); // "said that when the doctor saw ..., he called"
            if (replaced == null) {
                // "Obama said he would press" -> "Obama would press"; "BP said it collected" -> "BP collected" where
                // keeping "BP said" cost the clause its words
                replaced = PronounResolver.speaker(s, subject, skip, verbs, !nameSpeaker);
            }
            if (replaced == null) {
                replaced = PronounResolver.mainSubject(s, subject, skip); // "The rig was drilling when it was ripped"
            }
            if (replaced == null && whose != null) {
                replaced = WhosePossessor.named(s, whose, skip); // "Madoff, whose firm collapsed": Madoff's firm
            }
            if (replaced == null && partOf != null && subject[0] == part[0] && subject[1] == part[1]) {
                replaced = partOf;
            }
            // "The minister said he would resign": the speaker right before is nearer than the sentence before's name
            int[] saidBy = replaced == null ? PronounResolver.reporter(s, subject, skip, verbs) : null;
            if (replaced == null && PronounResolver.isPersonal(s, subject) && saidBy == null) {
                replaced = PronounResolver.antecedent(context, tokens.get(subject[0]).lower());
            }
            reporter = replaced == null && nameSpeaker ? saidBy : null;
            if (reporter != null) {
                // "BP said it finally choked off the flow Thursday": the speaker names "it"
                for (int i = reporter[0]; i <= reporter[3]; i++) {
                    keep[i] = !skip[i] && (i <= reporter[1] || i >= reporter[2]);
                }
            }
            int antecedent = replaced == null ? objectRelative(s, subject, group, skip) : -1;
            if (antecedent >= 0) {
                // "the question that Simon Mayo posed to me": the verb's object is the noun its clause qualifies
                objectClause = true;
                Chunk qualified = s.chunks().get(antecedent);
                for (int i = qualified.first(); i < subject[0]; i++) {
                    keep[i] = !skip[i];
                }
            }
        }
        boolean dateIsSubject = subject == null && dateIsSubject(s, group, skip);
        for (int i = group.first(); i <= group.last(); i++) {
            // "Tuesday was the deadline for emergency claims": the date is what the sentence is about, the noun
            // phrase after "was" names it; "Was the deadline" says nothing
            keep[i] = !skip[i] && !dateIsSubject;
        }
        for (int i = VerbBounds.start(tokens, group.first(), skip); keep[group.first()] && i < group.first(); i++) {
            keep[i] = true; // "The board never approved the deal", not "The board approved the deal"
        }
        int objectStart = group.last() + 1;
        boolean reporting = verbs.reports(s, group.head());
        int end = ClauseTrimmer.relativeClauseEnd(s, group.first(), objectStart,
                ClauseTrimmer.objectEnd(s, objectStart, skip, reporting), skip, reporting);
        int clauseStart = objectStart;
        while (clauseStart < end && skip[clauseStart]) {
            clauseStart++;
        }
        boolean thatClause = clauseStart < end && tokens.get(clauseStart).lower().equals("that"); // "implied that BP should"
        for (int i = objectStart; objectClause && !reporting && !thatClause && i < end; i++) {
            if (!skip[i] && ClauseTrimmer.finiteGroupAt(s, i) >= 0) {
                // "the report that the panel released on Monday [blamed BP]": the main clause's verb is none of it (but
                // "the impact that my statement implied BP should not pay": what a reporting verb's clause says is)
                end = i;
            }
        }
        boolean saidClause = false; // "said (on April 6) that ...": the object is the clause said
        for (int i = objectStart; i < end && skip[i] && reporting; i++) {
            saidClause |= tokens.get(i).lower().equals("that");
        }
        for (int i = objectStart; i < end; i++) {
            keep[i] = !skip[i] && !QUOTES.contains(tokens.get(i).text());
        }
        // "reported 4,379 people in 29 countries have been infected": an object that is the subject of the clause said
        // keeps that clause's verb when the label is cut, as after "that"
        int clauseVerb = reporting && !saidClause ? EventVerb.clauseAfterObject(s, objectStart, skip) : -1;
        boolean clauseObject = saidClause || clauseVerb > group.last() && clauseVerb < end;
        ClauseTrimmer.trimTail(s, keep);
        int objectWords = ClauseTrimmer.kept(keep, objectStart, end);
        Headline text = HeadlineText.headline(s, keep, subject, replaced);
        if (text.length() > TARGET) {
            ClauseTrimmer.dropTitles(s, keep, objectStart, end); // "after Wendy Sherman visited the city"
            ClauseTrimmer.dropEmptyAdverbials(s, keep, objectStart, end); // "said [in an interview] that ..."
            ClauseTrimmer.dropSaidThat(s, keep, objectStart, end); // "stated [that] the world was unified in ..."
            // "said most of the oil [that leaked] has been cleaned up"
            ClauseTrimmer.dropRelativeClauses(s, keep, skip, objectStart, end, head -> verbs.reports(s, head));
            text = HeadlineText.headline(s, keep, subject, replaced);
        }
        int verbsObject = ClauseTrimmer.firstObjectPhraseEnd(s, objectStart, end);
        int firstObject = controlledInfinitiveEnd(s, group, verbsObject, end, skip);
        if (text.length() > TARGET && complement > 0 && completeSubject) {
            // what the subject's noun is of stays while the verb's first phrase fits with it ("Work on developing an H1N1
            // vaccine is already under way [at leading companies]"), and goes before that phrase ("China's decision [to
            // quarantine dozens of Mexicans ...] has soured the relationship between the two exporters")
            subject = shortenSubject(s, keep, subject, complement - 1, replaced, firstObject + 1, end);
            text = HeadlineText.headline(s, keep, subject, replaced);
        }
        // Trailing phrases go while the object keeps three words; then the modifiers inside its noun phrases
        // ("the Taliban's newly appointed Afghan ambassador" -> "the Taliban's ambassador"); past MAX, phrases go anyway.
        boolean modifiersDropped = false;
        for (int pass = 0; pass < 2 && text.length() > TARGET; pass++) {
            if (pass == 1) {
                modifiersDropped = true;
                ClauseTrimmer.dropModifiers(s, keep, objectStart, end);
                text = HeadlineText.headline(s, keep, subject, replaced);
                if (text.length() > MAX) {
                    // the object's own "first case" stays; an ordinal in a phrase after it goes before that phrase
                    // does ("the cementing of the [final] production casing")
                    ClauseTrimmer.dropOrdinals(s, keep, firstNounPhraseEnd(s, objectStart, end, skip) + 1, end);
                    text = HeadlineText.headline(s, keep, subject, replaced);
                }
            }
            for (int cut = end - 1; text.length() > TARGET && cut > firstObject; cut--) {
                int verbAfter = keep[cut] && clauseObject ? ClauseTrimmer.verbAfterSubject(s, keep, objectStart, cut, end) : -1;
                if (verbAfter == ClauseTrimmer.WHOLE_SUBJECT) {
                    continue; // "said fishermen [and divers] would start": no cut halves the subject, none takes its verb
                }
                if (verbAfter >= 0) {
                    // "said relations [between the regime and other states] were their own business": the phrase
                    // goes from inside the reported clause's subject; its verb stays.
                    if (ClauseTrimmer.kept(keep, objectStart, end) - ClauseTrimmer.kept(keep, cut, verbAfter) >= 3) {
                        ClauseTrimmer.drop(keep, cut, verbAfter);
                        text = HeadlineText.headline(s, keep, subject, replaced);
                    }
                } else if (keep[cut] && ClauseTrimmer.isCutPoint(s, cut, skip) && !(completes(s, cut) && text.length() <= MAX)
                        && !verbTakes(s, group, cut, skip)
                        && (pass == 1 && text.length() > MAX || ClauseTrimmer.kept(keep, objectStart, cut) >= 3)
                        && !leavesVerbWaiting(s, keep, objectStart, cut)) { // last: it tries the cut on a copy
                    ClauseTrimmer.cutFrom(s, keep, cut);
                    text = HeadlineText.headline(s, keep, subject, replaced);
                }
            }
        }
        if (text.length() > TARGET || ClauseTrimmer.kept(keep, objectStart, end) < end - objectStart) {
            ClauseTrimmer.dropVerblessClause(s, keep, objectStart); // "had assured the world [that schools]"
            text = HeadlineText.headline(s, keep, subject, replaced);
        }
        if (saidClause && mayFollow && !ClauseTrimmer.keepsVerb(s, keep, objectStart, end)) {
            // "said tonight that her son[, named Jack, also died]": the clause said lost its verb; what was said, alone.
            int said = verbs.reported(s, verb, skip);
            Headline clause = said == verb || PronounResolver.namesNoOne(s, verb, said, skip) ? null
                    : label(s, dateBegin, dateEnd, said, otherDates, context, false);
            if (clause != null) {
                return clause;
            }
        }
        if (text.length() > TARGET && subject != null && subject[0] < subject[1]) {
            // A long subject keeps its first phrase, the head of the chain.
            int first = subject[0];
            while (first < subject[1] && !s.chunks().get(s.chunkOf(first)).isNounPhrase()) {
                first++; // "nearly [every country]", "more than [1,300 people]": the phrase after the subject's bound
            }
            int firstEnd = SubjectFinder.firstPhraseEnd(s, subject, s.chunks().get(s.chunkOf(first)).last());
            // "Russia and China have": the coordinated subject stays whole (the verb agrees with both).
            boolean coordinated = tokens.get(firstEnd + 1).tag().equals("CC") || nameList(s, firstEnd + 1, subject[1]);
            if (firstEnd < subject[1] && !coordinated) {
                // the longest run of its phrases that fits: "Work on installing the cap [using robots a mile below the
                // surface of the sea]", not "Work"
                text = HeadlineText.headline(s, keep, shortenSubject(s, keep, subject, firstEnd, replaced, end, end), replaced);
            }
        }
        if (text.length() > HeadlineMaker.MAX && mayFollow) {
            // "Guterres affirmed that the entire world was seeking to continue engaging": what was said, alone.
            int said = verbs.reported(s, verb, skip);
            // but "BP said it was managing to funnel ...": "it" names no one, so the speaker stays while the clause's
            // verb and the phrase after it fit with it
            // (and "told Sky News: "I think ..."" keeps the speaker however long: "I" alone names no one)
            boolean speakerStays = said != verb && (PronounResolver.namesNoOne(s, verb, said, skip)
                    && fitsThrough(s, keep, said, subject, replaced) || PronounResolver.quotedSpeakerOrHearer(s, said, skip));
            if (said != verb && !speakerStays) {
                Headline clause = label(s, dateBegin, dateEnd, said, otherDates, context, false);
                if (clause != null && clause.length() < text.length()) {
                    return clause;
                }
            }
        }
        // Past MAX still: whole phrases off the end, never part of one, and never the object's first phrase: a
        // transitive verb left bare says nothing ("The Mexican government issued [a decree ...]").
        int object = group.last() + 1;
        while (object < tokens.size() && skip[object]) {
            object++;
        }
        int objectChunk = object < tokens.size() && HeadlineWords.nounPhraseAt(s, object) && keep[object] ? s.chunkOf(object) : -1;
        objectChunk = secondObject(s, objectChunk, keep); // "sent Mr Hayward [a letter]": the thing sent stays too
        if (objectChunk >= 0) {
            // up to LONGEST: past it the object goes too, as before
            boolean[] upTo = keep.clone();
            for (int i = s.chunks().get(objectChunk).last() + 1; i < upTo.length; i++) {
                upTo[i] = false;
            }
            if (HeadlineText.headline(s, upTo, subject, replaced).length() > LONGEST) {
                objectChunk = -1;
            }
        }
        boolean[] beforeLengthCuts = keep.clone();
        for (int c = s.chunks().size() - 1; text.length() > MAX && c > 0; c--) {
            Chunk last = s.chunks().get(c);
            int from = last.first();
            if (keep[from - 1] && JoinedNames.at(s, from - 1, skip)) {
                // "the House Energy [and Commerce Committee]": joined names stay whole while the label is no longer
                // than a verb's first phrase may make it, and go whole past that
                if (text.length() <= LONGEST) {
                    break;
                }
                int whole = s.chunkOf(JoinedNames.start(s, from - 1));
                if (s.chunks().get(whole).first() > group.last() && whole != objectChunk) {
                    c = whole;
                    from = s.chunks().get(whole).first();
                }
            }
            if (from <= group.last() || c == objectChunk) {
                break;
            }
            int opener = ClauseTrimmer.clauseCutAt(s, keep, from);
            for (int i = opener >= 0 ? opener : from; i <= last.last(); i++) {
                keep[i] = false;
            }
            ClauseTrimmer.trimTail(s, keep);
            text = HeadlineText.headline(s, keep, subject, replaced);
        }
        text = noVerbWaiting(s, keep, beforeLengthCuts, group, subject, replaced, text);
        if (firstObject > verbsObject && !keep[firstObject] && keep[verbsObject]) {
            // the infinitive lost its object to the length ("ordered a security guard to collect"): it goes whole
            for (int i = verbsObject + 1; i <= firstObject; i++) {
                keep[i] = false;
            }
            ClauseTrimmer.trimTail(s, keep);
            text = HeadlineText.headline(s, keep, subject, replaced);
        }
        int told = reporting && mayFollow && !prepositionAfter(s, objectStart, skip) ? verbs.reported(s, verb, skip) : verb;
        if (told != verb && !keep[told]) {
            // "Thad Allen told a White House briefing [Monday that a cap ... is now keeping ...]": the cuts left the
            // saying without anything said; what was said, alone, when it reads as a finished label
            Headline clause = label(s, dateBegin, dateEnd, told, otherDates, context, false);
            if (clause != null && finished(clause.text()) && opensClause(s, group.last() + 1, told, skip, clause.text())) {
                return clause;
            }
        }
        if (complement > 0 && completeSubject && (!keep[complement] || modifiersDropped)) {
            // the cuts took the subject's phrase after all, or the object's modifiers for it: "The decision [to begin the
            // evacuation] was made by retired navy Adm. John Smith", not "by navy Adm. John Smith"
            return label(s, dateBegin, dateEnd, asked, otherDates, context, mayFollow, nameSpeaker, false);
        }
        if (reporter != null && (ClauseTrimmer.kept(keep, objectStart, end) < objectWords || text.length() > MAX)) {
            // the speaker cost the clause its words: "The Montreal Exchange announced it has upgraded"
            return label(s, dateBegin, dateEnd, asked, otherDates, context, mayFollow, false, completeSubject);
        }
        Headline before = mayFollow ? toldBefore(s, subject, group, text, context) : null;
        return before != null ? before : text.capitalised();
    }

    /** Whether the verb group is a passive: a form of "be", then the participle it ends on ("was completed"). */
    private static boolean passive(ParsedSentence s, Chunk group) {
        Token head = s.tokens().get(group.last());
        if (!head.tag().equals("VBN")) {
            return false;
        }
        for (int i = group.first(); i < group.last(); i++) {
            if (HeadlineWords.formOfBe(s.tokens().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The demonstratives that stand for the happening the sentence before told ("This was completed at 1930 CDT"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that");
    /** At most so many words make a label that says only when "this" was done. */
    private static final int BARE_WORDS = 4;

    /**
     * The label of the sentence before, when this one's subject is a lone "this" or "that" and its label says no more
     * than that it was done, in the passive: "First, the damaged riser ... was cut where it nears the seabed using a
     * remotely-operated shear. This was completed at 1930 CDT on 1 June" is "The damaged riser was cut", not "This was
     * completed" (thirteen BBC articles ran it); null otherwise ("This is Money", "That may take", "This has happened
     * before" say something else of "this"), or when the sentence before has no finished label.
     */
    private Headline toldBefore(ParsedSentence s, int[] subject, Chunk group, Headline text, Context context) {
        if (subject == null || subject[0] != subject[1] || !DEMONSTRATIVES.contains(s.tokens().get(subject[0]).lower())
                || text.text().split(" ").length > BARE_WORDS || !passive(s, group)) {
            return null;
        }
        if (subject[0] > 1 || subject[0] == 1 && !s.tokens().get(0).tag().equals("CC")) {
            // "the solution lies in the drilling of a relief well and [that] won't be completed": what "that" stands for
            // is told in its own sentence, not the one before
            return null;
        }
        ParsedSentence previous = context.before(1);
        Headline told = previous == null ? null : label(previous, -1, -1, -1, List.of(), Context.NONE, false);
        if (told == null || !finished(told.text())) {
            return null;
        }
        return told.capitalised();
    }

    /**
     * The chunk of a verb's second object right after its first ({@code first}), opening with a determiner: "sent Mr
     * Hayward a letter", "gave the company a week"; else {@code first}. Not a noun phrase a verb follows, which opens a
     * clause ("told reporters [the company] would pay").
     */
    private static int secondObject(ParsedSentence s, int first, boolean[] keep) {
        if (first < 0 || first + 1 >= s.chunks().size()) {
            return first;
        }
        Chunk second = s.chunks().get(first + 1);
        if (!second.isNounPhrase() || !keep[second.first()] || s.tokens().get(second.first()).isProperNoun()
                || !s.tokens().get(second.first()).tag().equals("DT")
                || Character.isUpperCase(s.tokens().get(second.first()).text().charAt(0))) {
            return first; // (a capital "The" opens a sentence the splitter missed: "Tony Hayward 13.19 BST The executive")
        }
        int after = second.last() + 1;
        boolean clause = after < s.tokens().size() && s.chunkOf(after) >= 0 && s.chunks().get(s.chunkOf(after)).isVerbGroup();
        return clause ? first : first + 1;
    }

    /**
     * What is left when a trailing attribution (", a human rights group said Thursday") is left out too: null when
     * {@code verb} opens none, or when nothing before it has a verb to tell the event with.
     */
    private boolean[] beforeAttribution(ParsedSentence s, int verb, boolean[] skip) {
        int attribution = verbs.attribution(s, verb, skip);
        if (attribution <= 0) {
            return null;
        }
        boolean[] before = skip.clone();
        for (int i = attribution; i < before.length; i++) {
            before[i] = true;
        }
        return verbs.main(s, -1, before) >= 0 ? before : null;
    }

    /**
     * Whether the verb's object opens with a preposition ("warned of a possible pandemic that ..."): what it says is
     * that phrase, and a "that" after it may open a relative clause, not what was said.
     */
    private static boolean prepositionAfter(ParsedSentence s, int from, boolean[] skip) {
        int i = from;
        while (i < skip.length && skip[i]) {
            i++;
        }
        return i < skip.length && s.tokens().get(i).tag().equals("IN") && !s.tokens().get(i).lower().equals("that");
    }

    /**
     * Whether a said clause's label opens with the clause's first word, the one after its "that" (or after the verb
     * when there is none): "that nearly all the passengers ... in front of the Askhams had been identified" read alone
     * as "Front of the Askhams had been identified" lost its subject's head.
     */
    private static boolean opensClause(ParsedSentence s, int from, int said, boolean[] skip, String label) {
        List<Token> tokens = s.tokens();
        int start = from;
        for (int i = from; i < said; i++) {
            if (tokens.get(i).lower().equals("that")) {
                start = i + 1;
                break;
            }
        }
        while (start < said && (skip[start] || QUOTES.contains(tokens.get(start).text()))) {
            start++;
        }
        return label.strip().split("\\s+")[0].equalsIgnoreCase(tokens.get(start).text());
    }

    /**
     * Whether a said clause reads as a finished label alone: not opening with a pronoun that loses its speaker ("He
     * could not guarantee", labels/weak-openings.txt), and ending on a word, not on a verb that waits for its
     * complement ("... was").
     */
    private static boolean finished(String label) {
        String[] words = label.strip().split("\\s+");
        String last = words[words.length - 1];
        return words.length >= 3 && !POINTING_BACK.contains(words[0].toLowerCase(Locale.ROOT))
                && Character.isLetterOrDigit(last.charAt(last.length() - 1))
                && !WAITING_VERBS.contains(Lemmatizer.verb(last.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether tokens {@code from..to} go on with a list of names: commas, names and one "and" ("China, Iran, and Russia"),
     * or, after a comma, of noun phrases ("Choppy seas, strong winds and rain").
     */
    private static boolean nameList(ParsedSentence s, int from, int to) {
        boolean and = false;
        // "Choppy seas[, strong winds and rain]": a list of noun phrases after a comma
        boolean phrases = from <= to && s.tokens().get(from).text().equals(",");
        for (int i = from; i <= to; i++) {
            Token t = s.tokens().get(i);
            if (!t.isProperNoun() && !t.text().equals(",") && !t.tag().equals("CC") && !(phrases && HeadlineWords.nounPhraseAt(s, i))) {
                return false;
            }
            and |= t.tag().equals("CC");
        }
        return and;
    }

    /** Relative pronouns that may stand for a verb's object ("the question that he posed", "the man whom police held"). */
    private static final Set<String> OBJECT_RELATIVES = Set.of("that", "which", "whom");

    /**
     * For a verb with no object of its own whose subject follows a relative pronoun right after a noun phrase ("the
     * question that Simon Mayo posed to me"), the chunk of that noun phrase, the verb's object; -1 otherwise.
     */
    private int objectRelative(ParsedSentence s, int[] subject, Chunk group, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int w = subject[0] - 1;
        // "the victim she assaulted", "a song he wrote for the film", "the deal BP reached with": a pronoun or a name
        // right after a common noun, with no relative word, opens the relative clause itself
        // (a name in the noun's own phrase is titled by it: "press secretary Robert Gibbs")
        boolean reduced = w >= 0 && (subject[0] == subject[1] && tokens.get(subject[0]).tag().equals("PRP")
                || HeadlineWords.isName(tokens, subject[0], subject[1]) && s.chunkOf(w) != s.chunkOf(subject[0]))
                && tokens.get(w).isCommonNoun() && !skip[w]
                && HeadlineWords.verbBefore(tokens, s.chunks().get(s.chunkOf(w)).first()) && !adverbialObject(s, w);
        if (reduced) {
            w++; // as if a relative word stood between
        }
        if (w < 1 || skip[w] || !reduced && !OBJECT_RELATIVES.contains(tokens.get(w).lower()) || !HeadlineWords.nounPhraseAt(s, w - 1)
                || skip[w - 1] || tokens.get(subject[0]).tag().startsWith("W") || !EventVerb.finiteGroup(s, group)
                || !tokens.get(group.head()).isVerb() || verbs.lemma(tokens.get(group.head())).equals("be")) {
            return -1;
        }
        int next = group.last() + 1;
        while (next < tokens.size() && (skip[next] || tokens.get(next).tag().equals("RB"))) {
            next++;
        }
        boolean objectless = next >= tokens.size() || tokens.get(next).tag().equals("IN") || tokens.get(next).tag().equals("TO")
                || tokens.get(next).tag().equals(".") || HeadlineWords.STOPS.contains(tokens.get(next).text())
                || ClauseTrimmer.finiteGroupAt(s, next) >= 0; // "the report the panel released [on Monday] | blamed BP"
        for (int i = group.first(); i <= group.last(); i++) {
            if (tokens.get(i).tag().equals("MD")) {
                return -1; // "confidence that it can emerge": a clause that says what the noun holds, whole
            }
        }
        Chunk noun = s.chunks().get(s.chunkOf(w - 1));
        boolean ofPhrase = noun.first() > 0 && tokens.get(noun.first() - 1).lower().equals("of"); // "this cauldron of anger that"
        return objectless && !ofPhrase ? s.chunkOf(w - 1) : -1;
    }

    /** Whether the phrase ending at {@code t} is a subordinator's or preposition's object: "despite her long battle she died". */
    private static boolean adverbialObject(ParsedSentence s, int t) {
        int first = s.chunks().get(s.chunkOf(t)).first();
        // "at the moment we're", "in case it emerges": a preposition's phrase before a pronoun is an adverbial
        return first > 0 && (HeadlineWords.SUBORDINATORS.contains(s.tokens().get(first - 1).lower())
                || s.tokens().get(first - 1).tag().equals("IN"));
    }

    /** Verbs (lemmas) that name their object "as" something: herald, hail, describe ... (data: naming-verbs.txt). */
    private static final Set<String> NAMING = app.dateline.engine.syntax.WordList.load("/dateline/labels/naming-verbs.txt");

    /**
     * For a verb that names "what" (or the noun its relative clause qualifies) as something ("beyond what media heralded
     * as a breakthrough in December 2020 setting rules for the talks"), the something with its phrases, which is the
     * event: the naming is only how it was received. Null otherwise or past {@value #MAX} characters.
     */
    private Headline namedAs(ParsedSentence s, Chunk group, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int as = group.last() + 1;
        if (subject == null || subject[0] < 1 || as + 1 >= tokens.size() || !tokens.get(as).lower().equals("as")
                || !NAMING.contains(verbs.lemma(tokens.get(group.head())))) {
            return null;
        }
        String before = tokens.get(subject[0] - 1).lower();
        if (!before.equals("what") && !OBJECT_RELATIVES.contains(before)) {
            return null; // "Media heralded the deal as a breakthrough": the deal is named, and stays the object
        }
        boolean[] keep = new boolean[tokens.size()];
        int end = ClauseTrimmer.objectEnd(s, as + 1, skip, false);
        if (end + 1 < tokens.size() && tokens.get(end).tag().equals("VBG")) {
            end = ClauseTrimmer.objectEnd(s, end + 1, skip, false); // "a milestone [in May] opening the border": what it did
        }
        for (int i = as + 1; i < end; i++) {
            keep[i] = !skip[i] && !QUOTES.contains(tokens.get(i).text());
        }
        ClauseTrimmer.trimTail(s, keep);
        Headline h = HeadlineText.headline(s, keep, null, null);
        for (int cut = end - 1; h.length() > TARGET && cut > as + 2; cut--) {
            if (keep[cut] && ClauseTrimmer.isCutPoint(s, cut, skip)) {
                ClauseTrimmer.cutFrom(s, keep, cut);
                h = HeadlineText.headline(s, keep, null, null);
            }
        }
        return h.length() == 0 || h.length() > MAX ? null : h.capitalised();
    }

    /** Whether the phrase at {@code first} is the object of "according to", a source of what the sentence tells. */
    private static boolean according(ParsedSentence s, int first) {
        return first >= 2 && s.tokens().get(first - 1).lower().equals("to") && s.tokens().get(first - 2).lower().equals("according");
    }

    /** Adjectives with the word that opens what they are about ("united in"; data: adjective-complements.txt). */
    private static final Set<String> ADJECTIVE_COMPLEMENTS =
            app.dateline.engine.syntax.WordList.load("/dateline/labels/adjective-complements.txt");

    /** Verbs whose object is told to do what the infinitive after it says (data: labels/object-control-verbs.txt). */
    private static final Set<String> OBJECT_CONTROL = WordList.load("/dateline/labels/object-control-verbs.txt");

    /**
     * The end of the verb's first object with the infinitive after it and that infinitive's own first object, when the
     * verb is one of {@link #OBJECT_CONTROL} ("ordered a security guard to collect medical paraphernalia": what the guard
     * was ordered to do is the event); {@code objectEnd} otherwise. A label cut to fit is not cut inside it.
     */
    private int controlledInfinitiveEnd(ParsedSentence s, Chunk group, int objectEnd, int end, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int parted = group.last() + 1;
        while (parted < end && skip[parted]) {
            parted++;
        }
        if (parted > group.last() + 1 && parted + 1 < end && tokens.get(parted).tag().equals("TO")
                && tokens.get(parted + 1).tag().equals("VB")) {
            // "decided [on Wednesday] to install six of the devices": the date parted the verb from its infinitive, which
            // with its first object the cuts keep as they keep "decided to install six" in one verb group
            return infinitiveEnd(s, parted, end, skip);
        }
        int to = objectEnd + 1;
        while (to < end && skip[to]) {
            to++; // "used his first address [last night] to try to wrest control"
        }
        if (to + 1 >= end || !OBJECT_CONTROL.contains(verbs.lemma(tokens.get(group.head())))
                || !HeadlineWords.nounPhraseAt(s, objectEnd) || !tokens.get(to).tag().equals("TO")
                || !tokens.get(to + 1).tag().equals("VB") || skip[to] || skip[to + 1]) {
            return objectEnd;
        }
        return infinitiveEnd(s, to, end, skip);
    }

    /** The last token of the infinitive opening with its "to" at {@code to} and of its first object, before {@code end}. */
    private static int infinitiveEnd(ParsedSentence s, int to, int end, boolean[] skip) {
        int last = s.chunks().get(s.chunkOf(to + 1)).last();
        if (last + 1 < end && HeadlineWords.nounPhraseAt(s, last + 1) && !skip[last + 1]) {
            last = s.chunks().get(s.chunkOf(last + 1)).last(); // "to collect [medical paraphernalia]"
        }
        last = Math.min(last, end - 1);
        while (last > to + 1 && skip[last]) {
            last--; // "to suspend work [Wednesday]": the date is no part of it
        }
        return last;
    }

    /** Whether the date token {@code date} (-1: none) stands after the verb group of {@code verb}, with no verb between. */
    private static boolean datesPhraseOf(ParsedSentence s, int verb, int date) {
        if (date <= verb) {
            return false;
        }
        for (int c = s.chunkOf(verb) + 1; c < s.chunkOf(date); c++) {
            if (s.chunks().get(c).isVerbGroup()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject cut to the longest run of its phrases that fits in {@link #TARGET} (at least to {@code firstEnd}; see
     * {@link SubjectFinder#phrasesThatFit}), its words past the run left out of {@code keep}. The words from {@code
     * spareFrom} to {@code spareTo} (exclusive) are counted as gone: the object's phrases the cuts may still take.
     */
    private static int[] shortenSubject(ParsedSentence s, boolean[] keep, int[] subject, int firstEnd, Headline replaced,
                                        int spareFrom, int spareTo) {
        int last = SubjectFinder.phrasesThatFit(s, keep, subject, firstEnd, cut -> {
            boolean[] core = cut.clone();
            for (int i = spareFrom; i < spareTo; i++) {
                core[i] = false;
            }
            return HeadlineText.headline(s, core, subject, replaced).length() <= TARGET;
        });
        for (int i = last + 1; i <= subject[1]; i++) {
            keep[i] = false;
        }
        return new int[] {subject[0], last};
    }

    /** Whether the verb group of {@code verb} opens right after a relative pronoun ("who [was hired]"). */
    private static boolean insideRelativeClause(ParsedSentence s, int verb) {
        if (verb < 0) {
            return false;
        }
        int first = s.chunks().get(s.chunkOf(verb)).first();
        return first > 0 && (s.tokens().get(first - 1).tag().equals("WP") || s.tokens().get(first - 1).tag().equals("WDT"));
    }

    /**
     * Whether the verb group is an -ing form alone right after a comma ("The star had been due to stage 50 concerts,
     * beginning on 13 July"): a participle's clause with no subject of its own, which the main clause's tells.
     */
    private static boolean afterComma(ParsedSentence s, Chunk group, boolean[] skip) {
        Token first = s.tokens().get(group.first());
        int before = group.first() - 1;
        while (before >= 0 && skip[before]) {
            before--;
        }
        return first.tag().equals("VBG") && group.first() == group.head() && before > 0 && s.tokens().get(before).text().equals(",");
    }

    /** The words that make "the ... time" a clause's time ("the last time", "the first time"). */
    private static final Set<String> TIME_ORDINALS = Set.of("last", "first", "only");

    /**
     * The clause's verb, the verb "be" that gives its time and the token "time" when the sentence opens "The last time"
     * (or "first", "only") with a clause ("The last time crews used fire booms to burn oil was a 1995 spill"), or null.
     * The model may read the clause's verb as a participle ("The last time Dr Murray administered[VBN]").
     */
    private static int[] timeClause(ParsedSentence s) {
        List<Token> tokens = s.tokens();
        int open = 0; // or a capital "The" after a caption the scrape ran into the sentence
        while (open + 5 < tokens.size() && !(tokens.get(open).lower().equals("the") && (open == 0 || tokens.get(open).text().equals("The"))
                && TIME_ORDINALS.contains(tokens.get(open + 1).lower()) && tokens.get(open + 2).lower().equals("time"))) {
            open++;
        }
        if (open + 5 >= tokens.size()) {
            return null;
        }
        int clause = -1;
        for (Chunk c : s.chunks()) {
            if (c.first() > open + 3 && c.isVerbGroup()) {
                if (clause < 0) {
                    clause = c.head();
                } else if (!tokens.get(c.first()).tag().equals("TO")) { // past the clause's infinitive ("to burn oil")
                    return HeadlineWords.formOfBe(tokens.get(c.head())) ? new int[] {clause, c.head(), open + 2} : null;
                }
            }
        }
        return null;
    }

    /** How far back an infinitive's governing verb may stand (tokens), past its object and a preposition's phrase. */
    private static final int GOVERNOR_REACH = 8;

    /**
     * The head of the finite verb group an infinitive group ("to help prepare") depends on, when only noun phrases,
     * prepositions, particles and the date stand between them in the clause ("was hired [by Jackson] to help prepare", "met
     * [Monday] to discuss"): the infinitive alone with a subject reads as a headline's future ("Dr Murray to help
     * prepare"). -1 when the group is no infinitive or no such verb governs it.
     */
    private static int governingVerb(ParsedSentence s, int verb, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int k = s.chunkOf(verb);
        Chunk group = s.chunks().get(k);
        if (!tokens.get(group.first()).tag().equals("TO")) {
            return -1;
        }
        for (int c = k - 1; c >= 0 && group.first() - s.chunks().get(c).last() <= GOVERNOR_REACH; c--) {
            Chunk before = s.chunks().get(c);
            if (before.isVerbGroup()) {
                return EventVerb.finiteGroup(s, before) && !expletiveSubject(s, before) ? before.head() : -1;
            }
            for (int i = before.first(); i <= before.last(); i++) {
                Token t = tokens.get(i);
                // a particle or a "to" outside a verb group is the verb's too: "steps up to the camera to make a
                // statement" is Tony Hayward's stepping up, not "The camera to make a statement"
                boolean allowed = skip[i] || before.isNounPhrase() && !t.tag().startsWith("W") || t.tag().equals("IN")
                        && !HeadlineWords.SUBORDINATORS.contains(t.lower()) && !t.lower().equals("that")
                        || t.tag().equals("RP") || t.tag().equals("TO");
                if (!allowed) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the verb group's subject is "there", or "it" before a form of "be", standing just before it ("there is
     * no plan to reinstate payments", "it's time to count the cost"): the noun and its infinitive say the event.
     */
    private static boolean expletiveSubject(ParsedSentence s, Chunk group) {
        if (group.first() == 0) {
            return false;
        }
        Token before = s.tokens().get(group.first() - 1);
        return before.tag().equals("EX") || before.lower().equals("it") && HeadlineWords.formOfBe(s.tokens().get(group.head()));
    }

    /**
     * Whether the verb group is a form of "be" whose subject is the date phrase alone, opening the sentence, and whose
     * complement is a noun phrase ("Tuesday was the deadline for emergency claims", "Thursday was Hayward's first
     * appearance"; not "Spring was breaking", "The quarter was terrible").
     */
    private boolean dateIsSubject(ParsedSentence s, Chunk group, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (group.first() == 0 || !skip[group.first() - 1] || group.last() + 1 >= tokens.size()
                || !HeadlineWords.nounPhraseAt(s, group.last() + 1) || skip[group.last() + 1]) {
            return false;
        }
        for (int i = group.first(); i <= group.last(); i++) {
            Token t = tokens.get(i);
            if (!(t.tag().equals("MD") || t.tag().equals("RB") || t.isVerb() && verbs.lemma(t).equals("be"))) {
                return false;
            }
        }
        int date = group.first() - 1;
        while (date > 0 && skip[date - 1]) {
            date--;
        }
        // "Raising the stakes still further, [Tuesday] was the official start": a phrase set off before the date
        int clause = DateWords.afterOpeningPhrase(tokens, date) ? date : 0;
        for (int i = clause; i < group.first(); i++) {
            if (!skip[i] && tokens.get(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code cut} opens the phrase that completes the word before it, kept while the label fits: what
     * a noun is of ("a ban [on all imports]"), what an adjective is about ("was unified [in pressuring the
     * Taliban]"), or what an event did, a participle with its object right after the event noun ("ordered a
     * strike [killing Ayman al-Zawahiri]").
     */
    private static boolean completes(ParsedSentence s, int cut) {
        if (cut <= 0) {
            return false;
        }
        List<Token> tokens = s.tokens();
        if (cut > 1 && (tokens.get(cut - 1).tag().equals("IN") || tokens.get(cut - 1).tag().equals("TO")) && completes(s, cut - 1)) {
            return true; // "unified in [pressuring the Taliban]": the phrase the preposition opens goes with it
        }
        String pair = tokens.get(cut - 1).lower() + " " + tokens.get(cut).lower();
        if (HeadlineWords.NOUN_COMPLEMENTS.contains(pair) || ADJECTIVE_COMPLEMENTS.contains(pair)) {
            return true;
        }
        return ClauseTrimmer.eventParticiple(s, cut);
    }

    /**
     * Whether a cut at {@code cut} would end the clause said on a verb that waits for what it takes ("said the
     * relationship [between regulators and oil officials] had been [scandalously close]", "the focus is [on making
     * sure ...]", the hanging "on" going with the cut): the cut goes on to the subject's phrase, whose drop keeps the
     * complement.
     */
    private static boolean leavesVerbWaiting(ParsedSentence s, boolean[] keep, int from, int cut) {
        boolean[] after = keep.clone();
        ClauseTrimmer.cutFrom(s, after, cut);
        if (infinitiveLeftBare(s, after, from, cut)) {
            return true;
        }
        int last = cut - 1;
        // "could be [as] high as ...", "was [not] ...": the small words between the verb and what it waits for
        while (last >= from && (!after[last] || HeadlineWords.AFTER_AUXILIARY.contains(s.tokens().get(last).lower()))) {
            last--;
        }
        // the verb group's own last word too, when all its object went: "oil were [on the ocean surface]"
        if (last < from - 1 || last < 0 || !after[last] || !s.tokens().get(last).isVerb()) {
            return false;
        }
        Token verb = s.tokens().get(last);
        String lemma = Lemmatizer.verb(verb.lower());
        if (last + 1 < s.tokens().size() && !after[last + 1]
                && HeadlineWords.PREPOSITION_VERBS.contains(lemma + " " + s.tokens().get(last + 1).lower())) {
            return true; // "was forced to rely [on BP]"
        }
        // "is doing [well]", "had nothing to do": "do" leads on only as the finite auxiliary ("did [not]")
        return HeadlineWords.AUXILIARIES.contains(lemma) && !(lemma.equals("do") && !HeadlineWords.FINITE.contains(verb.tag()));
    }

    /**
     * The length's cuts of whole phrases must not end the label on a verb that waits for what they took ("told Sky News
     * I think the impact of this disaster is [likely to have been very modest]"): the cuts are undone, phrase by phrase,
     * while the label fits in {@link #LONGEST}.
     */
    private static Headline noVerbWaiting(ParsedSentence s, boolean[] keep, boolean[] beforeCuts, Chunk group, int[] subject,
                                          Headline replaced, Headline text) {
        int from = group.last() + 1;
        if (!endsWaiting(s, keep, from) && !(lastKept(keep) >= from && leansOn(s, keep, beforeCuts))) {
            return text;
        }
        boolean[] undone = keep.clone();
        for (int c = lastKept(undone) + 1; c < undone.length; c++) {
            if (beforeCuts[c]) {
                int chunk = s.chunkOf(c);
                for (int i = c; i <= (chunk >= 0 ? s.chunks().get(chunk).last() : c); i++) {
                    undone[i] = beforeCuts[i];
                }
                if (!endsWaiting(s, undone, from) && !leansOn(s, undone, beforeCuts)) {
                    Headline back = HeadlineText.headline(s, undone, subject, replaced);
                    if (back.length() <= LONGEST) {
                        System.arraycopy(undone, 0, keep, 0, keep.length);
                        return back;
                    }
                    break;
                }
                c = chunk >= 0 ? s.chunks().get(chunk).last() : c;
            }
        }
        return text;
    }

    /** Tags of words that lean on the word after them ("was [virtually] impossible", "is [likely] to have been"). */
    private static final Set<String> LEANING_TAGS = Set.of("RB", "RBR", "JJ", "JJR", "JJS", "DT", "PDT", "PRP$", "IN", "TO", "CC");

    /**
     * Whether the label's last word leans on the word the cuts took after it: a modifier before its head, a verb before
     * its object, a noun phrase before the verb it is the subject of ("to investigate claims immigrants [were working
     * for BP]"), the object of a verb of asking before what it was asked to do ("advised Europeans [to postpone]").
     */
    private static boolean leansOn(ParsedSentence s, boolean[] keep, boolean[] beforeCuts) {
        int last = lastKept(keep);
        int next = last + 1;
        while (next < keep.length && !beforeCuts[next]) {
            next++;
        }
        if (last < 0 || next >= keep.length || s.tokens().get(next).tag().equals(".") || s.tokens().get(next).text().equals(",")) {
            return false;
        }
        Token after = s.tokens().get(next);
        Token end = s.tokens().get(last);
        return LEANING_TAGS.contains(end.tag()) || end.isVerb() && !QUOTES.contains(after.text())
                || HeadlineWords.FINITE.contains(after.tag()) || after.tag().equals("MD")
                || OBJECT_CONTROL.contains(Lemmatizer.verb(lastKeptVerb(s, keep, last))) && after.tag().equals("TO");
    }

    /** The nearest kept verb before {@code i}, lower case ("" when none). */
    private static String lastKeptVerb(ParsedSentence s, boolean[] keep, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (keep[k] && s.tokens().get(k).isVerb()) {
                return s.tokens().get(k).lower();
            }
        }
        return "";
    }

    /** Nouns that frame the clause after "is" (data: labels/frame-nouns.txt). */
    private static final Set<String> FRAME_NOUNS = WordList.load("/dateline/labels/frame-nouns.txt");

    /**
     * The verb of the clause a framing subject introduces after "is" ("The fact is, we don't know", "The problem is
     * that it has picked up ...", "The point is, ... there is not going to be a bail-out"), or -1.
     */
    private int framedClause(ParsedSentence s, Chunk group, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (!Lemmatizer.verb(tokens.get(group.head()).lower()).equals("be") || group.first() != group.head()) {
            return -1;
        }
        Chunk first = subject == null || subject[0] > subject[1] ? null : s.chunks().get(s.chunkOf(subject[0]));
        if (first == null || !first.isNounPhrase() || !FRAME_NOUNS.contains(tokens.get(first.head()).lower())) {
            return -1;
        }
        int opener = group.last() + 1;
        while (opener < tokens.size() && (skip[opener] || tokens.get(opener).tag().equals("RB"))) {
            opener++; // "The question now is:"
        }
        if (opener >= tokens.size()
                || !(tokens.get(opener).lower().equals("that") || tokens.get(opener).text().equals(":") || tokens.get(opener).text().equals(","))) {
            return -1;
        }
        int next = opener + 1;
        while (next < tokens.size() && (skip[next] || tokens.get(next).text().equals(","))) {
            next++;
        }
        if (next < tokens.size() && tokens.get(next).tag().startsWith("W")) {
            return -1; // "The question is, where do they go from here?": a question's clause is no event
        }
        boolean[] before = skip.clone();
        for (int i = 0; i <= opener; i++) {
            before[i] = true;
        }
        int verb = verbs.main(s, -1, before);
        return verb > opener && EventVerb.finite(s, verb) ? verb : -1;
    }

    private static int lastKept(boolean[] keep) {
        int last = keep.length - 1;
        while (last >= 0 && !keep[last]) {
            last--;
        }
        return last;
    }

    /** Whether the label ends on a verb that waits for words of the sentence after it that were left out. */
    private static boolean endsWaiting(ParsedSentence s, boolean[] keep, int from) {
        int last = lastKept(keep);
        int next = last + 1;
        while (next < keep.length && s.tokens().get(next).tag().equals(".")) {
            next++;
        }
        return last >= from - 1 && next < keep.length && leavesVerbWaiting(s, keep, from, last + 1); // (from - 1: the verb's own)
    }

    /**
     * Whether the cut leaves an infinitive without the object that follows it in the sentence ("decided to install
     * [only six of the 21 devices]"): "to install" says nothing of what.
     */
    private static boolean infinitiveLeftBare(ParsedSentence s, boolean[] after, int from, int cut) {
        List<Token> tokens = s.tokens();
        int last = cut - 1;
        while (last >= from && !after[last]) {
            last--;
        }
        if (last < from + 2 || !tokens.get(last).tag().equals("VB") || !tokens.get(last - 1).tag().equals("TO") || last + 1 != cut
                || tokens.get(last - 2).tag().startsWith("JJ")) {
            return false; // (after an adjective the infinitive completes it: "will be able to keep" is cut as before)
        }
        int object = cut;
        if (object + 1 < tokens.size() && tokens.get(object).tag().equals("RB")) {
            object++; // "to install [only] six"
        }
        return HeadlineWords.nounPhraseAt(s, object) && !tokens.get(object).tag().equals("PRP");
    }


    /** Verbs and the prepositions that open their other party or place ("meet with"; data: verb-prepositions.txt). */
    private static final Set<String> VERB_PREPOSITIONS = app.dateline.engine.syntax.WordList.load("/dateline/labels/verb-prepositions.txt");

    /** The last token of the first noun phrase from {@code from} on (before {@code end}, not the date), or {@code from - 1}. */
    private static int firstNounPhraseEnd(ParsedSentence s, int from, int end, boolean[] skip) {
        for (int i = from; i < end; i++) {
            if (!skip[i] && HeadlineWords.nounPhraseAt(s, i)) {
                int last = s.chunks().get(s.chunkOf(i)).last();
                // "the country's first case": the possessor and what it owns are one phrase
                while (last + 2 < end && s.tokens().get(last).tag().equals("POS") && HeadlineWords.nounPhraseAt(s, last + 1)) {
                    last = s.chunks().get(s.chunkOf(last + 1)).last();
                }
                return last;
            }
        }
        return from - 1;
    }

    /** Prepositions of the phrases that may stand between a verb and its phrase: when, where, how long. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("for", "at", "in", "on", "during");

    /**
     * Whether the preposition at {@code cut} opens the phrase the last verb of {@code group} takes ("planned to meet"), past the phrases and the
     * date between them ("planned to meet for the first time [on Tuesday] with the leaders"): no other verb, comma,
     * noun phrase the verb would take as its object, or more than two phrases of time, place or length stand between;
     * "to" before a verb opens no such phrase ("agreed [...] to set up").
     */
    private boolean verbTakes(ParsedSentence s, Chunk group, int cut, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(cut).tag().equals("IN") && !tokens.get(cut).tag().equals("TO") || !HeadlineWords.nounPhraseAt(s, cut + 1)
                || !VERB_PREPOSITIONS.contains(verbs.lemma(tokens.get(group.last())) + " " + tokens.get(cut).lower())) {
            return false;
        }
        boolean afterPreposition = false;
        int phrases = 0;
        for (int i = group.last() + 1; i < cut; i++) {
            Token t = tokens.get(i);
            if (skip[i]) {
                continue;
            }
            boolean preposition = t.tag().equals("IN") || t.tag().equals("TO");
            phrases += preposition ? 1 : 0;
            if (preposition && !ADJUNCT_PREPOSITIONS.contains(t.lower()) || phrases > 2) {
                return false; // "returned from a trip [to the agency]": the phrase is the trip's, not the verb's
            }
            if (t.isVerb() || t.text().equals(",") || t.tag().equals("CC")
                    || HeadlineWords.nounPhraseAt(s, i) && s.chunks().get(s.chunkOf(i)).first() == i && !afterPreposition) {
                return false; // "met the envoy ... with": the envoy is what the verb takes
            }
            afterPreposition = t.tag().equals("IN") || t.tag().equals("TO") || afterPreposition && !HeadlineWords.nounPhraseAt(s, i);
        }
        return true;
    }

    /** Whether the kept words up to the verb group at {@code verb} and the phrase after it fit in {@link #MAX}. */
    private static boolean fitsThrough(ParsedSentence s, boolean[] keep, int verb, int[] subject, Headline replaced) {
        int end = s.chunks().get(s.chunkOf(verb)).last();
        if (end + 1 < keep.length && s.chunkOf(end + 1) >= 0) {
            end = s.chunks().get(s.chunkOf(end + 1)).last();
        }
        boolean[] upTo = keep.clone();
        for (int i = end + 1; i < upTo.length; i++) {
            upTo[i] = false;
        }
        return HeadlineText.headline(s, upTo, subject, replaced).length() <= MAX;
    }

    /** Verbs that tell what was said at an occasion without being reporting verbs ("testify"; data: testimony-verbs.txt). */
    private static final Set<String> TESTIMONY_VERBS = app.dateline.engine.syntax.WordList.load("/dateline/labels/testimony-verbs.txt");

    /**
     * Whether token {@code noun} names an occasion of saying ("At a press conference on Tuesday, BP said") in a
     * sentence whose main verb reports, or testifies ({@code testimony-verbs.txt}: "At a hearing on Monday, witnesses
     * testified"): the occasion is no event of its own, what was said there is.
     */
    private boolean occasion(ParsedSentence s, int noun, boolean[] skip) {
        if (noun < 0) {
            return false;
        }
        if (!HeadlineWords.occasionAt(s, noun)) {
            return false;
        }
        int main = verbs.main(s, -1, skip);
        return main >= 0 && (verbs.reports(s, main) || TESTIMONY_VERBS.contains(verbs.lemma(s.tokens().get(main))));
    }

    /** First-person pronouns: a speaker's own words, which a headline does not quote. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    /**
     * For a subject in the first person that reports ("I do have to confirm that we have the first death of a
     * child", a quote): the first event noun of what it reports, as a noun headline ("The first death of a child"),
     * or null.
     */
    private Headline firstPerson(ParsedSentence s, Chunk group, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        if (subject == null || subject[0] != subject[1] || !FIRST_PERSON.contains(tokens.get(subject[0]).lower())
                || !verbs.reports(s, group.head())) {
            return null; // "I met the minister": the speaker's own act stays
        }
        int end = ClauseTrimmer.objectEnd(s, group.last() + 1, skip, true);
        for (int i = group.last() + 1; i < end; i++) {
            if (!skip[i] && eventNouns.isEventNoun(tokens.get(i))) {
                Headline h = NounHeadline.phrase(s, i, skip);
                if (h != null && h.length() <= MAX) {
                    return h;
                }
            }
        }
        return null;
    }

    /**
     * The chunk of the sentence's main verb whose object holds the noun a participle with only its date after it
     * qualifies ("took some of the blame ... in an internal report issued [Wednesday],"), or -1. Not a "be" right before
     * that noun, whose participle it is ("Was your grandmother born [in 1825]?"), nor a saying right before it, whose
     * clause the participle's is ("Health chiefs say plans to fight swine flu needed [now]"); and only the main verb:
     * "was higher than its estimate provided/VBD during its results released [this summer]" holds no clause in "provided".
     */
    private int datedParticiplesHolder(ParsedSentence s, Chunk group, int[] subject, boolean[] skip) {
        List<Token> tokens = s.tokens();
        int nounBefore = group.first() - 1;
        if (!tokens.get(group.head()).tag().equals("VBN") || group.first() != group.head() || nounBefore < 0
                || !HeadlineWords.nounPhraseAt(s, nounBefore) || !onlyDateAfter(s, group, skip)) {
            return -1;
        }
        int holder = SubjectFinder.finiteVerbOfObject(s, s.chunkOf(nounBefore));
        if (holder < 0) {
            return -1;
        }
        int head = s.chunks().get(holder).head();
        boolean clauseOfHolder = holder + 1 == s.chunkOf(subject[0])
                && (HeadlineWords.formOfBe(tokens.get(head)) || verbs.reports(s, head));
        return !clauseOfHolder && head == verbs.main(s, -1, skip) ? holder : -1;
    }

    /** Whether the verb group is followed by its date alone, then a comma, a full stop or the sentence's end. */
    private static boolean onlyDateAfter(ParsedSentence s, Chunk group, boolean[] skip) {
        int after = group.last() + 1;
        while (after < skip.length && skip[after]) {
            after++;
        }
        return after > group.last() + 1 && (after == skip.length || HeadlineWords.STOPS.contains(s.tokens().get(after).text())
                || s.tokens().get(after).tag().equals("."));
    }

    private static boolean reducedRelative(ParsedSentence s, Chunk group, int[] subject, boolean[] skip) {
        String tag = s.tokens().get(group.first()).tag();
        int before = group.first() - 1;
        while (before > subject[1] && skip[before]) {
            before--;
        }
        if (!(tag.equals("VBN") || tag.equals("VBG")) || group.first() != group.head() || before < subject[1]) {
            return false;
        }
        return HeadlineWords.nounPhraseAt(s, before);
    }

    /**
     * For a participle whose phrase stands between commas right after the subject it qualifies ("The latest case of
     * the disease, confirmed on Tuesday, was in an adult"; the tagger may call it a past tense), the finite verb after
     * the closing comma, the sentence's own; -1 otherwise.
     */
    private static int insertedMain(ParsedSentence s, Chunk group, int[] subject) {
        List<Token> tokens = s.tokens();
        String tag = tokens.get(group.first()).tag();
        int comma = group.first() - 1;
        if (subject == null || !(tag.equals("VBN") || tag.equals("VBD") || tag.equals("VBG")) || group.first() != group.head()
                || comma <= subject[1] || !tokens.get(comma).text().equals(",") || !HeadlineWords.nounPhraseAt(s, comma - 1)) {
            return -1;
        }
        for (int i = group.last() + 1; i + 1 < tokens.size() && i - group.last() <= 8; i++) {
            if (tokens.get(i).text().equals(",")) {
                int verb = tokens.get(i + 1).tag().equals("RB") ? i + 2 : i + 1;
                return verb < tokens.size() && tokens.get(verb).isVerb() && EventVerb.finite(s, verb) ? verb : -1;
            }
            if (tokens.get(i).isVerb() || HeadlineWords.STOPS.contains(tokens.get(i).text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The verb group right before a subject that is one pronoun in the object case ("saw [him] resort", "find [itself]
     * having"), whose object the pronoun is; -1 when the subject is no such pronoun.
     */
    private static int objectOfVerbBefore(ParsedSentence s, int[] subject, boolean[] skip) {
        if (subject == null || subject[0] != subject[1] || subject[0] < 1 || skip[subject[0] - 1]
                || !SubjectFinder.objectPronoun(s, subject[0])) {
            return -1;
        }
        int before = s.chunkOf(subject[0] - 1);
        return before >= 0 && s.chunks().get(before).isVerbGroup() && s.chunks().get(before).last() == subject[0] - 1 ? before : -1;
    }
}
