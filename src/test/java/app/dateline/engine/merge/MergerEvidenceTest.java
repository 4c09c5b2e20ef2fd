package app.dateline.engine.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two mentions are one event on evidence that they tell one happening, not on what every article of a day shares:
 * the words of a wire dateline, a person's name, the same kind of news about another country, a formula repeated
 * under every comment of a blog. Each case was merged before (sentences written here in the shape of the H1N1
 * archive's).
 */
class MergerEvidenceTest {

    @TempDir
    Path dir;

    private void article(String name, String published, String text) throws IOException {
        WrittenArticles.write(dir, name, published, text);
    }

    private List<MergedEvent> merged() {
        return new Merger().merge(Corpora.read(dir));
    }

    private static MergedEvent eventOf(List<MergedEvent> merged, String article) {
        return WrittenArticles.eventOf(merged, article);
    }

    @Test
    void theSameNewsAboutTwoCountriesIsTwoEvents() throws IOException {
        article("tr1.txt", "2009-05-16", "Turkey confirmed its first case of the H1N1 flu on Saturday in a traveller who had flown home, the health ministry said.");
        article("in1.txt", "2009-05-16", "India confirmed its first case of the H1N1 flu on Saturday in a traveller who had flown home, the health ministry said.");
        // the country named only in a wire story's headline, before its dateline, counts too
        article("in2.txt", "2009-05-16", "India confirms first case of H1N1 flu NEW DELHI | Sat May 16, 2009 3:13 pm IST NEW DELHI (Reuters) -"
                + " The health ministry on Saturday confirmed its first case of the H1N1 flu in the southern city of Hyderabad.");
        article("tr2.txt", "2009-05-17", "Turkey on Saturday confirmed its first case of the H1N1 flu, a man who had flown home.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "tr1.txt")).as("Turkey's case, told twice").isSameAs(eventOf(merged, "tr2.txt"));
        assertThat(eventOf(merged, "in1.txt")).as("India's case").isNotSameAs(eventOf(merged, "tr1.txt"));
        assertThat(eventOf(merged, "in2.txt")).as("India's case, its country in the headline").isNotSameAs(eventOf(merged, "tr1.txt"));
    }

    @Test
    void onePersonDoingTwoThingsIsTwoEvents() throws IOException {
        article("ml1.txt", "2009-04-30", "President Maria Lopez last night used that term.");
        article("ml2.txt", "2009-06-07", "President Maria Lopez visited Lima in April, praised the mayor for tackling crime and offered more help.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "ml1.txt")).isNotSameAs(eventOf(merged, "ml2.txt"));
    }

    @Test
    void twoWireStoriesOfOneDayShareTheirDatelinesTimeWordsNotAnEvent() throws IOException {
        article("r1.txt", "2009-04-29", "WASHINGTON | Wed Apr 29, 2009 5:24 pm EDT WASHINGTON (Reuters) - Health officials confirmed 91 cases of the flu across the country.");
        article("r2.txt", "2009-04-29", "GENEVA | Wed Apr 29, 2009 3:21 pm BST GENEVA (Reuters) - The outbreak could be especially dangerous for millions of poor people.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "r1.txt")).isNotSameAs(eventOf(merged, "r2.txt"));
    }

    @Test
    void commentsPostedHoursApartAreTwoMomentsWhateverTheySay() throws IOException {
        String removed = "This comment was removed because the moderators found it broke the House Rules.";
        article("blog.txt", "2009-05-29", "At 2:04 pm on 29 May 2009, RoastDuck wrote: " + removed + "\n\n"
                + "At 8:28 pm on 29 May 2009, Bloofs wrote: " + removed);
        List<MergedEvent> merged = merged();
        assertThat(merged).filteredOn(m -> m.date().from() != null).allSatisfy(m -> assertThat(m.sources()).hasSize(1));
    }

    @Test
    void theSameNewsAboutTwoStatesOfOneCountryIsTwoEvents() throws IOException {
        article("wa.txt", "2009-05-09", "A man from Washington state who died of the H1N1 flu on Tuesday was the first US adult to die, health officials said.");
        article("tx1.txt", "2009-05-09", "A child in Texas who died of the H1N1 flu on Tuesday was the first US death, health officials said.");
        article("tx2.txt", "2009-05-10", "A child in Texas died of the H1N1 flu on Tuesday, the first US death, health officials said.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "tx1.txt")).as("the Texas child, told twice").isSameAs(eventOf(merged, "tx2.txt"));
        assertThat(eventOf(merged, "wa.txt")).as("the Washington state man").isNotSameAs(eventOf(merged, "tx1.txt"));
    }

    @Test
    void aStampIsWhenItsTextWasWrittenAndJoinsNoEvent() throws IOException {
        article("w1.txt", "2010-06-01", "HOUSTON | Tue Jun 1, 2010 9:06 pm EDT HOUSTON (Reuters) - Acme Oil said on Tuesday its cash flow"
                + " would exceed $30 billion, enough to pay for the clean-up of the spill.");
        article("w2.txt", "2010-06-01", "NEW YORK | Tue Jun 1, 2010 9:30 pm EDT NEW YORK (Reuters) - Acme Oil said on Tuesday its cash flow"
                + " would exceed $30 billion, enough to pay for the clean-up of the spill.");
        article("c1.txt", "2010-06-02", "At 16:20 1st Jun 2010, Paul wrote: Acme Oil says its cash flow will exceed $30 billion, enough to"
                + " pay for the clean-up of the spill.");
        List<MergedEvent> merged = merged();
        assertThat(merged).filteredOn(m -> m.sources().stream().anyMatch(app.dateline.engine.event.Stamps::isStamp))
                .as("each stamp alone").hasSize(3).allSatisfy(m -> assertThat(m.sources()).hasSize(1));
        assertThat(merged).filteredOn(m -> m.sources().size() == 2)
                .as("the two wire stories' Tuesday: one event").singleElement()
                .satisfies(m -> assertThat(m.sources()).allSatisfy(e -> assertThat(e.mention().text()).isEqualTo("Tuesday")));
    }

    @Test
    void aRaidLastMonthIsTheRaidNotTheDeathOfTheMonthBefore() throws IOException {
        article("raid1.txt", "2009-07-30", "On Tuesday, police raided the home and offices of the singer's doctor, Alan Reed, as part of a"
                + " manslaughter investigation into the singer's death.");
        article("raid2.txt", "2009-08-25", "Dr Alan Reed's offices were raided last month as part of the police investigation into the singer's death.");
        article("death1.txt", "2011-01-04", "Prosecutors say Dr Alan Reed's negligence in treating the singer led to his death in June 2009.");
        article("death2.txt", "2011-10-19", "Dr Alan Reed was charged with causing the singer's death in June 2009, an overdose of a sedative.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "death1.txt")).as("the death, told twice").isSameAs(eventOf(merged, "death2.txt"));
        assertThat(eventOf(merged, "raid2.txt")).as("the raid of July is not the death of June").isNotSameAs(eventOf(merged, "death1.txt"));
        assertThat(eventOf(merged, "raid2.txt")).as("the raid, told twice").isSameAs(eventOf(merged, "raid1.txt"));
    }

    @Test
    void declaringAPandemicIsTheHappeningThoughDeclaredIsAReportingVerb() throws IOException {
        // "declared" is a stop word; without the gapped phrase "declare ... pandemic" the two sentences share little
        // but names and "influenza pandemic", and they are apart
        article("guardian.txt", "2009-06-12", "But yesterday the World Health Organisation's Margaret Chan achieved just that by"
                + " declaring the first influenza pandemic for 40 years. Scientists had warned of it for a decade.");
        article("reuters.txt", "2009-06-29", "The World Health Organization declared an influenza pandemic earlier this month and"
                + " advised governments to prepare for a long-term battle against an unstoppable virus.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "guardian.txt")).as("the declaration of 11 June").isSameAs(eventOf(merged, "reuters.txt"));
    }

    @Test
    void beingOnTheVergeOfDeclaringIsNoDeclaration() throws IOException {
        article("reuters1.txt", "2009-06-10", "The World Health Organization said on Tuesday it was on the verge of declaring the"
                + " first influenza pandemic in 41 years.");
        article("reuters2.txt", "2009-06-17", "The World Health Organization declared the first influenza pandemic in 41 years"
                + " last week following a spike in cases in Australia.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "reuters1.txt")).as("a statement on 9 June, a declaration on 11 June")
                .isNotSameAs(eventOf(merged, "reuters2.txt"));
    }

    @Test
    void reportsOfNeighbouringDaysAreTwoReportsNotOneHappeningWhoseSourcesDisagree() throws IOException {
        // a report's day is exact ("confirmed ... on Tuesday"): another day is another report, however alike the words
        article("tue.txt", "2009-04-29", "Health officials confirmed a total of 91 cases of the new flu across the country on Tuesday,"
                + " Dr Ann Miller of the National Disease Agency told reporters.");
        article("wed.txt", "2009-04-30", "Dr Ann Miller of the National Disease Agency said the agency had confirmed 109 cases of the new"
                + " flu across the country, up from 91 yesterday.");
        // the same happening told on neighbouring days, no report: one event whose sources disagree
        article("kiss1.txt", "2009-04-25", "People in Mexico City were ordered not to kiss or shake hands yesterday.");
        article("kiss2.txt", "2009-04-25", "Today, people in Mexico City were being ordered not to kiss or shake hands.");
        List<MergedEvent> merged = merged();
        assertThat(eventOf(merged, "tue.txt")).as("Tuesday's count and Wednesday's").isNotSameAs(eventOf(merged, "wed.txt"));
        MergedEvent kiss = eventOf(merged, "kiss1.txt");
        assertThat(kiss).as("the order, told with two days").isSameAs(eventOf(merged, "kiss2.txt"));
        assertThat(kiss.sourcesDisagree()).isTrue();
    }
}
