package app.dateline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date asked about in a question, or in a sentence not in English, tells no event. */
class NotToldTest {

    /** Whether the date in [brackets] is asked about. */
    private static boolean asked(String sentence) {
        int begin = sentence.indexOf('[');
        int end = sentence.indexOf(']') - 1;
        return NotTold.asked(sentence.replace("[", "").replace("]", ""), begin, end);
    }

    /** Whether the date in [brackets] is the point a comparison counts from. */
    private static boolean compared(String sentence) {
        int begin = sentence.indexOf('[');
        int end = sentence.indexOf(']') - 1;
        return NotTold.compared(sentence.replace("[", "").replace("]", ""), begin, end);
    }

    @Test
    void aDateAComparisonCountsFromIsNoEvent() {
        // forty-seventh round: "A new cap was used to stop the flow for the first time" was an event of 20 April
        assertThat(compared("A new cap was used on Thursday to stop the flow for the first time since [20 April].")).isTrue();
        assertThat(compared("The stock dropped to 540p, its lowest level since [November].")).isTrue();
        assertThat(compared("The world is closer to a pandemic than at any point since [1968] - rating the threat at four."))
                .isTrue();
        assertThat(compared("No oil has leaked into the Gulf since [15 July].")).isTrue();
        assertThat(compared("It hasn't been updated since [last Saturday].")).isTrue();
    }

    @Test
    void aDateSinceWhichSomethingHoldsOrThatQualifiesANounIsAnEvent() {
        // the state began then: the date is its start
        assertThat(compared("Parts of the economy have been shut down since [1 May] in an effort to stop the virus.")).isFalse();
        // the date is the explosion's
        assertThat(compared("The flow was stopped for the first time since the [20 April] explosion.")).isFalse();
        // the comparison is in another clause, before a comma
        assertThat(compared("It was the first test, and the well has leaked since [20 April].")).isFalse();
        assertThat(compared("The flow was stopped for the first time on [20 April].")).isFalse();
    }

    /** Why the date in [brackets] tells no event, or null. */
    private static NoEvent why(String sentence) {
        int begin = sentence.indexOf('[');
        int end = sentence.indexOf(']') - 1;
        return NotTold.why(sentence.replace("[", "").replace("]", ""), begin, end, "label");
    }

    @Test
    void aSentenceThatIsItsDateAloneTellsNoEvent() {
        // fifty-third round: a schedule's line was a mark labelled "10.45am-6.30" on the timeline
        assertThat(why("[10.45am-6].30")).isEqualTo(NoEvent.DATE_ALONE);
        assertThat(why("[January 2010].")).isEqualTo(NoEvent.DATE_ALONE);
        assertThat(why("The hearing opened in [January 2010].")).isNull();
    }

    @Test
    void aDateInADirectQuestionIsAsked() {
        assertThat(asked("Did you get the stomach bug [last year]?")).isTrue();
        assertThat(asked("Forecasts answer the question \"will I need my umbrella [tomorrow]?\"")).isTrue();
        assertThat(asked("So was the flu of [1918] caused by pigs or birds?")).isTrue();
        assertThat(asked("Reader one wrote: Was it only [last year] that we feared bird flu?")).isTrue();
        assertThat(asked("More seriously, is this scare a chance to put off [June]'s council elections?")).isTrue();
        assertThat(asked("Why has the channel started marking the event on [June 1]?")).isTrue();
        assertThat(asked("And what do I read on the news website [today]?")).isTrue();
    }

    @Test
    void aDateToldBeforeAQuestionOrInAStatementIsNotAsked() {
        // the date's clause tells; the question comes after it
        assertThat(asked("About ten people died [yesterday] on the roads, why is the money not there?")).isFalse();
        assertThat(asked("In [1976], millions of doses were bought for a flu that never came, the result?")).isFalse();
        // a statement, and a relative clause after a comma
        assertThat(asked("Was the ministry right? It closed the schools on [Monday].")).isFalse();
        assertThat(asked("The minister flew to Mexico, where he met officials on [Monday]?")).isFalse();
        assertThat(asked("The U.S. is due to vote on [Monday], isn't it?")).isFalse();
    }

    @Test
    void aLabelWhoseSubjectIsTheReaderTellsNoEvent() {
        assertThat(NotTold.addressed("You can read the full speech here")).isTrue();
        assertThat(NotTold.addressed("you can predict")).isTrue();
        assertThat(NotTold.addressed("Young people were told to stay home")).isFalse();
        assertThat(NotTold.addressed("Yourself Magazine published the list")).isFalse();
        assertThat(NotTold.addressed("The WHO raised its alert level")).isFalse();
    }

    @Test
    void aLivePagesNoteToTheReaderIsNotPlotted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2010-06-15
                ---
                The president will speak from the Oval Office tonight.
                You can send us your thoughts on the speech tonight.
                """);
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).filteredOn(e -> e.sentence().startsWith("You")).singleElement().satisfies(e -> {
            assertThat(e.label()).startsWith("You");
            assertThat(e.noEvent()).isEqualTo(NoEvent.ADDRESSED);
            assertThat(e.isPlottable()).isFalse();
        });
        assertThat(events).filteredOn(e -> e.sentence().startsWith("The president")).singleElement()
                .satisfies(e -> assertThat(e.isPlottable()).isTrue());
    }

    @Test
    void aSentenceMostlyInAnotherLanguageIsNotEnglish() {
        assertThat(NotTold.notEnglish("Última actualización: jueves, 11 de junio de 2009 - 17:02 GMT")).isTrue();
        assertThat(NotTold.notEnglish("ltima actualizaci n: jueves, 11 de junio de 2009 - 17:02 GMT")).isTrue();
        assertThat(NotTold.notEnglish("Mise à jour le jeudi 11 juin 2009 avec les chiffres de la santé et des régions")).isTrue();
        // a page whose accented letters the scrape lost (written for the test in the same shape)
        assertThat(NotTold.notEnglish("Nh ng b nh vi n t i H N i ph i ng c a t nm 1957.")).isTrue();
        // short words, initials and capitals are English enough
        assertThat(NotTold.notEnglish("J. K. Rowling is to go to the US in May as it is on TV.")).isFalse();
        assertThat(NotTold.notEnglish("January 5 p.m. to 9 p.m. each night")).isFalse();
        // names of other languages in an English sentence
        assertThat(NotTold.notEnglish("Jaap de Hoop Scheffer met Felipe de la Cruz in Los Angeles on Monday.")).isFalse();
        assertThat(NotTold.notEnglish("The WHO raised its alert level on Wednesday.")).isFalse();
    }

    @Test
    void aQuestionsDateIsKeptButNotPlotted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), """
                ---
                published: 2009-05-05
                ---
                The school closed on Monday after two pupils fell ill.
                Did anyone else get the bug last year?
                """);
        List<Event> events = Corpora.read(dir).events();
        assertThat(events).filteredOn(e -> e.mention().text().equals("last year")).singleElement().satisfies(e -> {
            assertThat(e.timex().isAnchoredPoint()).isTrue();
            assertThat(e.noEvent()).isEqualTo(NoEvent.ASKED);
            assertThat(e.isPlottable()).isFalse();
        });
        assertThat(events).filteredOn(e -> e.mention().text().equals("Monday")).singleElement()
                .satisfies(e -> assertThat(e.isPlottable()).isTrue());
    }
}
