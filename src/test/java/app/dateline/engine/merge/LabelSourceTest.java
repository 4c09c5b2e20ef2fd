package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.Trigger;
import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which source labels a merged event: a headline that names the phrase its date qualifies wins over the summary's
 * only when it dates the event as precisely (a month's mention does not label what the summary tells of one night).
 */
class LabelSourceTest {

    @TempDir
    Path dir;

    private void article(String name, String published, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    /** The one event the articles written so far merge into from two sources. */
    private MergedEvent mergedPair() {
        return new Merger().merge(Corpora.read(dir)).stream().filter(m -> m.sources().size() == 2).findFirst().orElseThrow();
    }

    /** The source of {@code merged} that the article {@code file} tells. */
    private static Event source(MergedEvent merged, String file) {
        return merged.sources().stream().filter(e -> e.article().source().endsWith(file)).findFirst().orElseThrow();
    }

    @Test
    void aVaguerDatedHeadlineDoesNotLabelTheSummarysEvent() throws IOException {
        article("night.txt", "2009-04-17", "President Barack Obama last night praised Felipe Calderon in Mexico City for his"
                + " fight against the drug gangs.");
        article("month.txt", "2009-06-07", "President Barack Obama visited Mexico City in April and praised Felipe Calderon"
                + " for his fight against the drug gangs.");
        MergedEvent visit = mergedPair();
        Event night = source(visit, "night.txt");
        Event month = source(visit, "month.txt");
        assertThat(SummaryPicker.namesItsDate(month)).as("the month's headline ends before 'in April'").isTrue();
        assertThat(visit.summary()).isEqualTo(night.sentence());
        assertThat(visit.label()).isEqualTo(night.label()).isNotEqualTo(month.label());
    }

    @Test
    void aHeadlineThatTellsAClauseSinceTheHappeningIsNoNameOfIt() throws IOException {
        // eighteenth round: the pooled Michael Jackson folder's death was labelled "Demand has surged since his death"
        article("surge.txt", "2009-06-27", "Demand for the singer's music has surged since his death on Thursday, with his"
                + " albums topping the charts.");
        article("return.txt", "2021-09-24", "Since the movement's return to power in August 2021, the world has struggled.");
        Event surge = only("surge.txt");
        assertThat(surge.label()).contains("since his death");
        assertThat(SummaryPicker.namesItsDate(surge)).isFalse();
        assertThat(SummaryPicker.namesItsDate(only("return.txt"))).as("a name its date qualifies").isTrue();
    }

    @Test
    void aSourceWhoseLabelNamesNoOneGivesWayToOneThatNamesTheActor() throws IOException {
        // the pronoun's sentence is the nearer to what the sources share, but "It ..." tells a reader nothing
        article("a.txt", "2010-04-21", "It was ripped apart by an explosion and fire on April 20, killing 11 workers on the Deepwater Horizon oil rig.");
        article("b.txt", "2010-04-22", "The Deepwater Horizon oil rig was ripped apart by an explosion and fire on April 20, killing 11 workers.");
        MergedEvent blast = mergedPair();
        assertThat(blast.label()).startsWith("The Deepwater Horizon oil rig");
        assertThat(blast.summary()).startsWith("The Deepwater Horizon oil rig");
    }

    @Test
    void aDateThatOpensTheNextSentenceOrQualifiesWhatFollowsNamesNoPhraseBeforeIt() throws IOException {
        // twenty-first round: the pooled Michael Jackson folder's charge was labelled by a caption run into the text
        // ("Dr Murray denies any wrongdoing On 8 February, 2010, ..."), its tribute concert by "Jamie Foxx has been
        // announced as the host" (of next month's concert)
        article("caption.txt", "2011-11-07", "Dr Murray denies any wrongdoing On 8 February, 2010, Dr Murray appeared in"
                + " court in Los Angeles and pleaded not guilty.");
        article("host.txt", "2011-09-13", "Jamie Foxx has been announced as the host of next month's Michael Jackson"
                + " tribute concert in Cardiff.");
        article("plain.txt", "2011-09-13", "The singer's family announced a tribute concert in Cardiff in October.");
        assertThat(only("caption.txt").label()).isEqualTo("Dr Murray denies any wrongdoing");
        assertThat(SummaryPicker.namesItsDate(only("caption.txt"))).isFalse();
        assertThat(only("host.txt").label()).startsWith("Jamie Foxx has been announced as the host");
        assertThat(SummaryPicker.namesItsDate(only("host.txt"))).isFalse();
        assertThat(SummaryPicker.namesItsDate(only("plain.txt"))).as("a phrase its date qualifies").isTrue();
    }

    @Test
    void aStateSinceTheDayOrTheEntryBeforeAChronologysDateNamesNoHappeningOfIt() throws IOException {
        // twenty-first round: the pooled BP spill's sinking was labelled "The oil has been flowing" (since April 21), and
        // a chronology's "... leaking into welbore 20 April - Gas and oil leak ..." named the blast "Casing leaking into welbore"
        article("since.txt", "2010-06-01", "The crude oil has been flowing into the sea since April 21 in the worst spill in the"
                + " nation's history.");
        article("entry.txt", "2010-09-08", "19 April - Bad cement was pumped down the casing to stop gas leaking into the well 20"
                + " April - Gas and oil leak through the barrier.");
        assertThat(only("since.txt").label()).startsWith("The crude oil has been flowing");
        assertThat(SummaryPicker.namesItsDate(only("since.txt"))).isFalse();
        Event entry = only("entry.txt", "20 April");
        assertThat(entry.label()).endsWith("into the well");
        assertThat(SummaryPicker.namesItsDate(entry)).isFalse();
    }

    @Test
    void aHeadlineHoldingABylinesTailGivesWayToAnotherSource() throws IOException {
        // twentieth round: the pooled Michael Jackson folder's sentencing was labelled "The Atlantic Murray will be sentenced"
        article("byline.txt", "2011-11-07", "By Andrew Cohen The Atlantic Murray will be sentenced on 29 November, and was held"
                + " without bail after his conviction.");
        article("plain.txt", "2011-11-08", "Dr Murray is due to be sentenced on 29 November, the judge said.");
        MergedEvent sentencing = mergedPair();
        Event byline = source(sentencing, "byline.txt");
        assertThat(byline.label()).startsWith("The Atlantic Murray");
        assertThat(Byline.holdsLabel(byline)).isTrue();
        assertThat(sentencing.label()).isEqualTo("Dr Murray is due to be sentenced");
    }

    @Test
    void aHeadlineAfterTheBylinesRunIsTheArticlesOwn() throws IOException {
        article("bowes.txt", "2011-11-08", "By Peter Bowes BBC News, Los Angeles Jackson was due to play 50 UK dates Michael"
                + " Jackson died from an overdose of sedatives on 25 June, 2009 at the age of 50.");
        article("dates.txt", "2010-05-15", "By Wednesday, workers should finish installing steel casing to fortify the relief shaft.");
        Event death = only("bowes.txt");
        assertThat(death.label()).isEqualTo("Michael Jackson died from an overdose of sedatives");
        assertThat(Byline.holdsLabel(death)).isFalse();
        assertThat(Byline.holdsLabel(only("dates.txt"))).as("a day after 'By' is no name").isFalse();
    }

    @Test
    void aLabelThatTellsWhatCameAfterWhatGivesWay() {
        // sequence-verbs.txt's example: the pooled BP spill's cap of 3 June read "The placement of the cap follows work"
        // (the day's event, the cutting of the pipe, is in the clause after "work"); now "A cap was put on the well"
        assertThat(SummaryPicker.weakLabel("The placement of the cap follows work", new Trigger("follows", 29, 36, "follow")))
                .isTrue();
        assertThat(SummaryPicker.weakLabel("A cap was put on the well", new Trigger("put", 10, 13, "put"))).isFalse();
    }

    @Test
    void aLabelEndingOnAPronounOrWithOneForItsObjectGivesWay() throws IOException {
        // twenty-second round: the pooled Michael Jackson folder's testimony of 6 January 2011 was labelled "Dr Richelle
        // Cooper testified Dr Murray told her", BP's cap of 4 June "The volcano of oil obscured it from view"
        article("her.txt", "2011-01-07", "Also, emergency room Dr Richelle Cooper testified on Thursday that Dr Murray told her"
                + " only that he had given Jackson lorazepam, a sedative.");
        article("vials.txt", "2011-01-07", "In Los Angeles on Thursday, paramedic Martin Blount testified that Dr Murray cleaned"
                + " up vials of the painkiller lidocaine from the bedroom where the singer died.");
        MergedEvent testimony = mergedPair();
        Event her = source(testimony, "her.txt");
        assertThat(her.label()).endsWith("told her");
        assertThat(SummaryPicker.weakLabel(her)).isTrue();
        assertThat(testimony.label()).isEqualTo("Martin Blount testified Dr Murray cleaned up vials");
        // pointing-endings.txt's example and counter-example, an object and a possessive
        assertThat(SummaryPicker.weakLabel("Relief wells being drilled reach it", null)).isTrue();
        assertThat(SummaryPicker.weakLabel("BP said it had cut a ruptured pipe", new Trigger("said", 3, 7, "say"))).isFalse();
        assertThat(SummaryPicker.weakLabel("The volcano of oil obscured it from view",
                new Trigger("obscured", 19, 27, "obscure"))).isTrue();
        assertThat(SummaryPicker.weakLabel("One mother pressed her baby's face", new Trigger("pressed", 11, 18, "press"))).isFalse();
    }

    @Test
    void aSentenceThatIsTheTailOfACutOneIsNoSummary() {
        // twenty-fourth round: the pooled BP spill's yacht race was told by ", (r), ripped BP chief executive Tony Hayward for
        // taking time off Saturday ...", a scraped line cut after a senator's name, and labelled "Ripped BP chief executive"
        assertThat(SummaryPicker.fragment(", (r), ripped the chief executive for taking time off on Saturday.")).isTrue();
        assertThat(SummaryPicker.fragment("said that the plans show that none of the companies has a plan.")).isTrue();
        assertThat(SummaryPicker.fragment("The chief executive took Saturday off to watch a yacht race.")).isFalse();
        assertThat(SummaryPicker.fragment("\"We are angry,\" the senator said on Saturday.")).isFalse();
    }

    @Test
    void weakLabelsOpenWithAPronounOrTheirOwnVerbOrSayNothing() {
        assertThat(SummaryPicker.weakLabel("It was ripped by an explosion and fire", null)).isTrue();
        assertThat(SummaryPicker.weakLabel("Are being counted as casualties", null)).isTrue();
        assertThat(SummaryPicker.weakLabel("Hayward said", null)).as("two words").isTrue();
        assertThat(SummaryPicker.weakLabel("Whose trial is due to begin", null)).as("the relative's noun lost").isTrue();
        assertThat(SummaryPicker.weakLabel("What caused the rig to explode", new Trigger("explode", 24, 31, "explode")))
                .as("asks, does not tell").isTrue();
        assertThat(SummaryPicker.weakLabel("WHO raised its alert level to five", new Trigger("raised", 4, 10, "raise")))
                .as("the World Health Organization").isFalse();
        assertThat(SummaryPicker.weakLabel("FAILED Turning their focus", null)).as("shouted").isTrue();
        assertThat(SummaryPicker.weakLabel("Agreed under intense pressure", new Trigger("agreed", 0, 6, "agree"))).isTrue();
        assertThat(SummaryPicker.weakLabel("The coast guard chief said", new Trigger("said", 22, 26, "say"))).isTrue();
        assertThat(SummaryPicker.weakLabel("The Deepwater Horizon rig exploded", new Trigger("exploded", 26, 34, "explode"))).isFalse();
        assertThat(SummaryPicker.weakLabel("The federal official said the well was", null)).as("waits for the rest").isTrue();
        assertThat(SummaryPicker.weakLabel("OPA is the Oil Pollution Act", null)).isFalse();
    }

    private Event only(String name) throws IOException {
        return only(name, null);
    }

    /** The article's first plottable source, or the first whose date phrase reads {@code date} when it is not null. */
    private Event only(String name, String date) throws IOException {
        return new Merger().merge(Corpora.read(dir)).stream().flatMap(m -> m.sources().stream())
                .filter(e -> e.article().source().endsWith(name) && e.isPlottable()
                        && (date == null || e.mention().text().equals(date)))
                .findFirst().orElseThrow();
    }

    @Test
    void aSayingWhoseSaidWordsTheLabelLeftOutIsWeak() throws IOException {
        // seventeenth round; pooled BP's top 60 had "Mark Proegler told news agency AFP" and "Ken Salazar told Fox News"
        article("colon.txt", "2010-05-21", "But harbour spokesman Tom Reilly told news agency AFP on Thursday: \"Now that we"
                + " are pumping 5,000 barrels a day, it might be a little more.\"");
        Event colon = only("colon.txt");
        assertThat(colon.label()).isEqualTo("Tom Reilly told news agency AFP");
        assertThat(SummaryPicker.weakLabel(colon)).isTrue();
        assertThat(SummaryPicker.weakLabel(colon.label(), colon.trigger())).as("its words alone do not tell").isFalse();
    }

    @Test
    void aQuotationBeforeTheSayingOrAVerbThatEndsBeforeWhatIsWeak() throws IOException {
        article("quote.txt", "2010-05-03", "\"Our job is to keep the pressure on the shipping line,\" harbour master Jane"
                + " Porter said on the radio program on Sunday.");
        article("what.txt", "2010-05-21", "The company conceded Thursday what some engineers have been saying for weeks.");
        article("plain.txt", "2010-05-22", "The shipping line announced on Friday that it was pumping 5,000 barrels a day.");
        assertThat(SummaryPicker.weakLabel(only("quote.txt"))).as(only("quote.txt").label()).isTrue();
        assertThat(SummaryPicker.weakLabel(only("what.txt"))).as(only("what.txt").label()).isTrue();
        assertThat(SummaryPicker.weakLabel(only("plain.txt"))).as(only("plain.txt").label()).isFalse();
    }

    @Test
    void aLabelInTheSpeakersVoiceOrWithAnOpenQuotationGivesWay() throws IOException {
        // pooled H1N1's top 60 had 'A statement issued by the Scottish Government said: "With regret'
        article("a.txt", "2009-06-14", "A statement issued by the health board said: \"With regret, we can confirm that one of"
                + " the patients in hospital with the H1N1 virus has died today.");
        article("b.txt", "2009-06-15", "One of the patients in hospital with the H1N1 virus died on Sunday, the health board said.");
        MergedEvent death = mergedPair();
        assertThat(death.label()).doesNotContain("\"").contains("died");
        // speaker-pronouns.txt's example and counter-example
        assertThat(QuotedSpeech.speakersVoice("The question that the presenter posed to me on the radio")).isTrue();
        assertThat(QuotedSpeech.speakersVoice("The WHO urged US officials to close schools")).isFalse();
        assertThat(QuotedSpeech.speakersVoice("We won't call it swine flu")).isTrue();
        assertThat(QuotedSpeech.openQuote("A statement said: \"With regret")).isTrue();
        assertThat(QuotedSpeech.openQuote("Obama called the spill \"a disaster\"")).isFalse();
    }
}
