package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.syntax.ParsedSentence;
import app.dateline.engine.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

class SubjectFinderTest {

    private final SentenceParser parser = new SentenceParser();

    private String subject(String sentence, String verb) {
        return subjectPastDates(sentence, verb);
    }

    /** The subject of the verb group opened by {@code verb}, with the words {@code dateWords} left out as a date's. */
    private String subjectPastDates(String sentence, String verb, String... dateWords) {
        ParsedSentence s = parser.parse(sentence, 0);
        boolean[] skip = new boolean[s.tokens().size()];
        for (String word : dateWords) {
            skip[s.tokenAt(sentence.indexOf(word))] = true;
        }
        int v = s.tokenAt(sentence.indexOf(verb));
        int[] found = SubjectFinder.find(s, s.chunks().get(s.chunkOf(v)).first(), skip);
        return found == null ? null : s.span(found[0], found[1]);
    }

    @Test
    void titlesAndDescriptionsBeforeANameAreLeftOut() {
        assertThat(subject("Chinese President Xi Jinping accepted the credentials.", "accepted")).isEqualTo("Xi Jinping");
        assertThat(subject("Birmingham poet Benjamin Zephaniah is leading a poetry day.", "is")).isEqualTo("Benjamin Zephaniah");
    }

    @Test
    void anAppositiveIsSkippedAndOfPhrasesKept() {
        assertThat(subject("Qureshi, the foreign minister, said it.", "said")).isEqualTo("Qureshi");
        assertThat(subject("Three members of a family were hacked to death.", "were")).isEqualTo("Three members of a family");
    }

    @Test
    void aNounOfAimKeepsItsAgentAndItsAim() {
        // who attempts what is the happening; "Efforts collapsed" says nothing
        assertThat(subject("Efforts by Iran to end the talks collapsed on Friday.", "collapsed"))
                .isEqualTo("Efforts by Iran to end the talks");
        assertThat(subject("A bid by the city to buy the stadium was rejected.", "was")).isEqualTo("A bid by the city to buy the stadium");
        assertThat(subject("Attempts by the rebels to seize the airport failed.", "to seize")).isEqualTo("Attempts by the rebels");
        // a "by" phrase with no aim after it is no agent of one: the subject stays the noun
        assertThat(subject("Prices set by the board rose sharply.", "rose")).isEqualTo("Prices");
        assertThat(subject("The report by the panel was published.", "was")).isEqualTo("The report");
    }

    @Test
    void aVerbAfterACommaAndALinkSharesTheSubjectOfTheClauseBefore() {
        assertThat(subject("The company sold assets to raise cash, and has canceled its dividend this year.", "has"))
                .isEqualTo("The company");
        assertThat(subject("The firm opened two plants in May, but will close one next year.", "will")).isEqualTo("The firm");
        // "to try and keep": two infinitives, no second verb of the clause; "but come the autumn": no verb at all
        assertThat(subject("I would advise people to try and keep their immune system strong this year.", "keep")).isNull();
        assertThat(subject("He thinks it was a mistake, but looking at it now, he thinks it may have turned out well.", "looking"))
                .isNull();
    }

    @Test
    void aRelativeClauseBetweenCommasOrDashesIsPassed() {
        assertThat(subject("The company, which has many employees in the US and the UK, has not been known by that name since 1998.",
                "has not")).isEqualTo("The company");
        assertThat(subject("The blowout preventer on the rig - which belonged to the contractor - had not been tested since 2000.",
                "had not")).isEqualTo("The blowout preventer");
        // a clause of its own between the dashes has its own subject
        assertThat(subject("The preventer - the inspectors said - had not been tested since 2000.", "had not")).isNull();
    }

    @Test
    void theWordsJoiningTwoLeftOutDatesGoWithThem() {
        ParsedSentence s = parser.parse("Its largest fine between 2000 and 2009 was $697,500.", 0);
        boolean[] skip = new boolean[s.tokens().size()];
        for (String date : new String[] {"between", "2000", "2009"}) {
            skip[s.tokenAt(s.text().indexOf(date))] = true; // the date phrases, as the headline leaves them out
        }
        int[] found = SubjectFinder.find(s, s.tokenAt(s.text().indexOf("was")), skip);
        assertThat(found).isNotNull();
        assertThat(s.span(found[0], found[1])).isEqualTo("Its largest fine");
    }

    @Test
    void aParticiplesPhraseInBracketsOrBetweenDashesIsPassed() {
        assertThat(subject("Chevron and Rosneft (owned by the Russian government) will begin drilling next year.", "will"))
                .isEqualTo("Chevron and Rosneft");
        assertThat(subject("The earlier plan -- announced in March, three weeks before the spill -- would have allowed drilling.",
                "would")).isEqualTo("The earlier plan");
        // a bracket that holds a clause is no insert of the subject's
        assertThat(subject("The plan (officials said it was ready) will be published.", "will")).isNull();
    }

    @Test
    void aRelativePronounTakesTheNounItQualifies() {
        assertThat(subject("He praised the regime that was deposed by US troops.", "was")).isEqualTo("the regime");
        // after a gerund the clause qualifies the gerund's object, not the phrase the gerund hangs on
        assertThat(subject("The wells are the best hope of halting the oil that has been gushing since April.", "has"))
                .isEqualTo("the oil");
    }

    @Test
    void aRelativePronounAfterAPrepositionalPhraseTakesThatPhrasesNoun() {
        assertThat(subject("World leaders from across the globe come together to pay tribute to Nelson Mandela, who died last"
                + " week at the age of 95.", "died")).isEqualTo("Nelson Mandela");
        // "which" qualifies the whole phrase before it, past its prepositional phrases: the talks, with the parties
        // "between" names (fiftieth round: was "Talks"; the chunker reads "negotiating" as a verb)
        assertThat(subject("Talks between Afghan government and Taliban negotiating teams, which began last September, have"
                + " made scant progress.", "began")).isEqualTo("Talks between Afghan government and Taliban");
    }

    @Test
    void aDatelineBeforeTheSubjectIsNotPartOfIt() {
        assertThat(subject("NEW DELHI The Supreme Court said it will continue to monitor the probe.", "said"))
                .isEqualTo("The Supreme Court");
    }

    @Test
    void noNounPhraseBeforeTheVerbMeansNoSubject() {
        assertThat(subject("March 2022 proved to be a turning point, and then proved costly.", "then")).isNull();
    }

    @Test
    void aSubjectBeforeAnInsertedPhraseOrListIsFound() {
        assertThat(subject("Facebook, on Thursday, agreed to buy WhatsApp.", "agreed")).isEqualTo("Facebook");
        assertThat(subject("Karachi police in their continued drive against criminals, arrested 210 accused.", "arrested"))
                .isEqualTo("Karachi police");
        assertThat(subject("Several of these powers, including China, Iran, and Russia, even took part in a conference.", "took"))
                .isEqualTo("China, Iran, and Russia"); // "these powers" only points back; the list names them
    }

    @Test
    void aLongSubjectEndingInATitledNameIsTheName() {
        assertThat(subject("Coordinator for Strategic Communications at the National Security Council John Kirby speaks.", "speaks"))
                .isEqualTo("John Kirby");
        assertThat(subject("Several school districts in Hampton Roads are holding classes.", "are"))
                .isEqualTo("Several school districts");
    }

    @Test
    void examplesOfTheNounSetOffBySuchAsArePassed() {
        // fifty-fourth round; the label was "Have been introduced"
        assertThat(subject("Anti-viral drugs that target influenza, such as Tamiflu, have been introduced.", "have"))
                .isEqualTo("Anti-viral drugs");
        assertThat(subject("Other factors, such as job and income losses from the credit crisis, could make it hard.", "could"))
                .isEqualTo("Other factors");
    }

    @Test
    void bothAfterTheSubjectIsPassedWhateverItsTag() {
        // fifty-fourth round: "both" read as a conjunction; the label was "Said the studies complement each other"
        assertThat(subject("Hazen and Camilli both said on Tuesday that the studies complement each other.", "said"))
                .isEqualTo("Hazen and Camilli");
    }

    @Test
    void twoTitledNamesJoinedAreBothTheSubject() {
        // fifty-fourth round: the label gave the second alone ("Joe Biden enjoyed a round of golf")
        assertThat(subject("President Barack Obama and Vice President Joe Biden enjoyed a round of golf.", "enjoyed"))
                .isEqualTo("Barack Obama and Vice President Joe Biden");
    }

    @Test
    void anAsideAfterTheSubjectsAloneOrBothIsPassed() {
        // fifty-fourth round; the labels were "Had cost BP $8 billion", "Were at pains to demonstrate the warmth of ties"
        assertThat(subject("By mid-September, the response effort alone, excluding damages claims, had cost BP $8 billion.", "had"))
                .isEqualTo("the response effort");
        assertThat(subject("Obama and Cameron, both repeatedly calling each other by their first names, were at pains.", "were"))
                .isEqualTo("Obama and Cameron");
    }

    @Test
    void aLongPhraseSetOffAfterTheNounThatOpensTheSentenceIsPassed() {
        // fifty-fourth round: the labels read "Is set to step", "Will not be stopped completely"
        assertThat(subject("Hayward, under heavy fire for his handling of the Gulf of Mexico oil disaster that followed the explosion,"
                + " is set to step down.", "is set")).isEqualTo("Hayward");
        assertThat(subject("The massive leak, set off by an oil rig explosion that killed 11 workers nearly two months ago, will not"
                + " be stopped.", "will")).isEqualTo("The massive leak");
    }

    @Test
    void aStandingThatAfterButOrACommaIsTheSubject() {
        // fifty-fourth round: the labels read "Was raised to keep up with inflation", "Is not likely to happen"
        assertThat(subject("The fines were set at $1,000 but that was raised in 2004 to keep up with inflation.", "was raised"))
                .isEqualTo("that");
        // a relative "that" after its noun, and a "that" after a verb, open clauses
        assertThat(subject("The rig that sank on Monday was leased to BP.", "sank")).isEqualTo("The rig");
        assertThat(subject("Officials are saying that will not happen until September.", "will")).isNotEqualTo("that");
    }

    @Test
    void aListOfNamesThatAPrepositionOfTheSubjectTakesIsNoSubject() {
        // fifty-fifth round: the labels of such sentences in the shared stories read "Louisiana and Florida were appointed
        // to a committee", "Mississippi and Florida has been on hold", "Mississippi and Alabama have been sent for testing"
        assertThat(subject("Four lawyers from Ohio, Iowa and Utah were named to a panel.", "were")).isEqualTo("Four lawyers");
        assertThat(subject("Beach cleaning in Kent, Essex and Sussex has been on hold.", "has")).isEqualTo("Beach cleaning");
        assertThat(subject("Samples from the birds found in Kent, Essex and Sussex have been sent for testing.", "have"))
                .startsWith("Samples");
        // a list after a fronted preposition's phrase is the clause's own subject
        assertThat(subject("At a meeting in Kabul, China and Iran signed a deal.", "signed")).isEqualTo("China and Iran");
        assertThat(subject("In Kabul, China and Iran signed a deal.", "signed")).isEqualTo("China and Iran");
    }

    @Test
    void aListOfNamesInTheOfPhraseStaysWholeOrGoesWhole() {
        // fifty-fifth round: "Transocean and Halliburton blamed each other", "Chevron and ConocoPhillips are due to testify"
        assertThat(subject("Executives of Acme, Rigco and Drillco blamed each other.", "blamed"))
                .isEqualTo("Executives of Acme, Rigco and Drillco");
        assertThat(subject("Envoys of Acme, Rigco, Drillco Oil Services, Chevron Energy and Conoco Partners are due to testify.", "are"))
                .isEqualTo("Envoys");
    }

    @Test
    void aListOfCommonNounsThatOpensTheSentenceIsTheSubjectWhole() {
        // fifty-fifth round: "Museums and churches are to follow suit" left out the libraries the list opened with
        assertThat(subject("Banks, shops and schools are likely to reopen.", "are")).isEqualTo("Banks, shops and schools");
        // after a fronted preposition's phrase the list is the last two
        assertThat(subject("In the morning, shops and schools are likely to reopen.", "are")).isEqualTo("shops and schools");
    }

    @Test
    void aFirmsNameWithAnAmpersandOrAnApostropheIsTheSubjectWhole() {
        // fifty-fifth round: the labels read "Marks reported a loss", "Said it expected to meet claims" (Lloyd's),
        // "Downgraded BP's credit rating by three notches" (Moody's)
        assertThat(subject("Marks & Spencer reported a loss.", "reported")).isEqualTo("Marks & Spencer");
        assertThat(subject("Sainsbury's reported a loss.", "reported")).isEqualTo("Sainsbury's");
        assertThat(subject("Standard & Poor's quietly downgraded the bank.", "downgraded")).isEqualTo("Standard & Poor's");
        // the firm before a person's role and name is the person's ("Oppenheimer said it was too bad ...")
        assertThat(subject("Rigco & Co. senior analyst Jane Doe said the firm would pay.", "said")).isEqualTo("Jane Doe");
        // a possessive with its noun after it is no name alone
        assertThat(subject("The Gulf's \"loop current\" moved north.", "moved")).isNotEqualTo("The Gulf's");
        assertThat(subject("BP's chief executive resigned.", "resigned")).isEqualTo("BP's chief executive");
    }

    @Test
    void anotherNameSetOffByOrIsPassed() {
        // fifty-fifth round: the labels read "Will perish", "Reached the site of a massive oil leak 50 miles"
        assertThat(subject("The crop of spat, or young oysters, will perish.", "will")).isEqualTo("The crop of spat");
        assertThat(subject("The drug, or a version of it, was approved.", "was")).isEqualTo("The drug");
    }

    @Test
    void aRelativeClauseWithCommasOfItsOwnIsPassed() {
        // fifty-fifth round: the labels read "Remains unclear", "Has dumped upward of 85 million gallons of oil"
        assertThat(subject("The cause of the fire, which left two guards missing, presumed dead, remains unclear.", "remains"))
                .isEqualTo("The cause of the fire");
        assertThat(subject("The leak, which, according to new estimates, has spilled 80 million litres into the bay.", "has"))
                .isEqualTo("The leak");
    }

    @Test
    void aNameBeforeAnAppositiveOpenedByAOrAnIsWhoTheRelativeClauseTellsOf() {
        // sixty-first round (subject-words.tsv, class indefinite): "an Australian" is a name's word, but it describes
        assertThat(subject("Maria Lopez, an Australian who moved to Lisbon in 2019, runs a bakery.", "moved")).isEqualTo("Maria Lopez");
        // a name's phrase with no "a" or "an" is no description: the clause is its own
        assertThat(subject("Maria Lopez, the Lisbon Bakery which opened in 2019, sold bread.", "opened")).isEqualTo("the Lisbon Bakery");
    }

    @Test
    void aNameBetweenCommasAfterARelativeClauseIsTheSubject() {
        // sixty-first round: was null ("Spoke to reporters")
        assertThat(subject("The brother of one of the miners who were trapped, Jonas Berg, spoke to reporters.", "spoke"))
                .isEqualTo("Jonas Berg");
        // a name addressed before an adverb is no subject
        assertThat(subject("If you want an answer, Mr. Smith, now would be the time.", "would")).isNotEqualTo("Mr. Smith");
    }

    @Test
    void theSpeakerAfterAQuotationIsTheSubjectThoughACommaFollows() {
        // sixty-first round: was null ("Told reporters on Monday")
        assertThat(subject("\"We will rebuild every house,\" Anna Kowalski of the city council, told reporters.", "told"))
                .isEqualTo("Anna Kowalski of the city council");
        // after a speaker's verb the phrase before the comma is that verb's object, and a quotation that opens after the
        // comma is no speaker
        assertThat(subject("\"The repairs will take a month,\" Judge Ellen Park wrote in her ruling, released on Monday.", "released"))
                .isNull();
        assertThat(subject("Lisbon won the prize, \"The City Award 2014\" of the Council, announced by the mayor.", "announced"))
                .isNotEqualTo("the Council");
    }

    @Test
    void verbsJoinedByAndShareTheirSubjectPastAFloatedQuantifierAndADate() {
        // sixty-first round: both were null ("Are expected to reopen", "Was carrying passengers again")
        assertThat(subject("Shops, cafes and schools have all been shut and are expected to reopen.", "are"))
                .isEqualTo("Shops, cafes and schools");
        assertThat(subjectPastDates("The ferry was towed to the harbour, and by Friday evening was carrying passengers again.",
                "was carrying", "Friday", "evening")).isEqualTo("The ferry");
    }

    @Test
    void anAdjectivesPhraseAfterItsNounStaysInTheSubject() {
        // sixty-first round: was "the vote"; the walk back passes the adjective's phrase to the noun it qualifies
        assertThat(subject("Parliament approved the budget, an official familiar with the vote said.", "said")).isEqualTo("an official");
    }

    @Test
    void anInsertWithARelativeClauseInItIsStillAnInsert() {
        // sixty-first round: an insert holds no verb with a tense, unless a relative word comes before it
        assertThat(subject("Acme, a firm that makes tools, opened a plant.", "opened")).isEqualTo("Acme");
        assertThat(subject("Though it lacked money, the council repaired the roads, cleared the parks, and opened a library.", "cleared"))
                .isNotEqualTo("money");
    }

    @Test
    void pastADateAfterAndNoSubjectOfAClauseInsideIsShared() {
        // sixty-first round: past a date after ", and" the walk back reached the clause of "where", whose subject is not
        // the one the verbs share (was "the cave")
        assertThat(subjectPastDates("The guide said he knew where the cave had been hidden, and recently led ten men to search it.",
                "led", "recently")).isNotEqualTo("the cave");
        // a main clause's subject is shared past the date (was null: "Earns $2 million a year")
        assertThat(subjectPastDates("Smith joined the firm in 1990 as a clerk, and currently earns $2 million a year.", "earns",
                "currently")).isEqualTo("Smith");
        // with no comma before "and" the verbs of one clause inside share its subject
        assertThat(subjectPastDates("If you have a fever and recently visited Mexico, see a doctor.", "visited", "recently"))
                .isEqualTo("you");
    }

    @Test
    void aParticipleInsideAFiniteVerbsObjectQualifiesTheNounRightBeforeIt() {
        String sentence = "Once BP engineers closed the main chimney on the new capping stack installed atop the well Monday night, "
                + "that left oil surging from two ports.";
        assertThat(subjectPastDates(sentence, "installed", "Monday", "night")).isEqualTo("the new capping stack");
        assertThat(subjectPastDates(sentence.replace("the new capping stack", "the new \"capping stack\""), "installed", "Monday",
                "night")).isEqualTo("the new \"capping stack\"");
        // with no verb before the phrase the participle's noun is its first, as before
        assertThat(subjectPastDates("The new cap on the well installed on Monday held.", "installed", "on Monday", "Monday"))
                .isEqualTo("The new cap");
    }
}
