package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTest {

    private final TenseDetector tenses = new TenseDetector(RuleSet.english().table("tense"));

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the verb next to the expression governs it, not the one at the end of the sentence
            "Paribas said Monday that it intends to raise its stake.          | Monday   | PAST",
            "He said the council will meet Friday in Geneva.                  | Friday   | FUTURE",
            "The meeting will be held Dec. 15 in Paris.                       | Dec. 15  | FUTURE",
            "The split would be paid on a still unspecified date in January.  | January  | FUTURE",
            "The guidelines are to be published in November.                  | November | FUTURE",
            "The bank must repay the loan by May.                             | May      | FUTURE",
            "A judge ordered Dr Conrad Murray should stand trial in March.     | March    | FUTURE",
            "The case is heard in May in the appeals court.                   | May      | PRESENT",
            "They would look for ways to get around Wednesday’s ruling.         | Wednesday| PRESENT",
            "The carrier has been on patrol since March.                      | March    | PAST",
            "In September, the company announced plans to expand.             | September| PAST",
            "NATO has decided to admit the three countries in March.          | March    | FUTURE",
            "The two sides agreed in February on a ceasefire.                 | February | PAST",
            "The offices open Monday.                                         | Monday   | PRESENT",
            // the present of a schedule, in -s, points ahead; a bare form may be an infinitive that tells no plan
            "The trial resumes Monday in Los Angeles.                         | Monday   | FUTURE",
            "The show opens on Saturday.                                      | Saturday | FUTURE",
            "It was hard for Sun to meet demand well into the summer.         | summer   | PRESENT",
            "He quoted the Plays of Shakespeare on Thursday.                  | Thursday | PAST",
            // a past verb in -ed of four letters is in the table ("died"): the rule reads only longer ones
            "The singer died at his home in June, aged 50.                     | June     | PAST",
            "The returns for May were filed.                                  | May      | PAST",
            "The dividend is payable Dec. 7; the board approved it yesterday. | Dec. 7   | PRESENT",
            // a past perfect tells what came before, whatever deadline or plan word is nearer
            "Thirty-two members had filed reports by Wednesday.               | Wednesday| PAST",
            "Until Thursday, they had not called him a suspect.               | Thursday | PAST",
            "It had been due to expire Friday evening.                        | Friday   | PAST",
            // "set to", "is to": a plan; names do not use up the reach
            "The peace process is set to resume Monday in Belfast.            | Monday   | FUTURE",
            "Its shares are to resume trading in Paris Tuesday.               | Tuesday  | FUTURE",
            "A bomb ripped through the building next to the U.S. embassy Friday.   | Friday   | PAST",
            "Officials will let Prime Minister Benjamin Netanyahu of Israel and Yasser Arafat of the Palestinian Authority meet Monday. | Monday | FUTURE",
            // "plans": a verb ahead, or a noun that says nothing of the time
            "The minister cancelled vacation plans for Monday.                 | Monday   | PAST",
            "The group plans a march on Saturday.                             | Saturday | FUTURE",
            "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference. | Tuesday | FUTURE",
            // a modal before a verb points ahead; before "be", "have" or "not" it says nothing of the time
            "Forecasters said the slick could make landfall on Saturday in Alabama. | Saturday | FUTURE",
            "The envoy might arrive as early as Tuesday, officials said.      | Tuesday  | FUTURE",
            "Neither he nor his parents could be located Wednesday in the town. | Wednesday | PRESENT",
            "The engineers could not reach the valve on Monday.               | Monday   | PRESENT",
            // a contraction counts as its ending: "I'll" is "'ll"
            "Maybe I'll join Engin Rag for June. Was alr planning camps       | June     | FUTURE",
            "We'll meet the board on Friday in Geneva.                         | Friday   | FUTURE",
            // "got" with the date as its object is Singlish "have"; with anything else between, a past verb
            "So glad it's over. I got long weekend yay!                       | weekend  | PRESENT",
            "I got a call on Friday from the bank.                             | Friday   | PAST",
            // "ahead of": what follows is still to come, also before a possessive date (BP oil spill, Timeline17)
            "Nagel, speaking to reporters ahead of Senate hearings Tuesday, said the limit is not an effective cap. | Tuesday | FUTURE",
            "McKay did not offer much new ahead of Thursday's testimony by BP's chief executive, Tony Hayward. | Thursday | FUTURE",
            "Ahead of congressional hearings on Tuesday and Thursday, lawmakers released a letter to BP. | Tuesday | FUTURE",
            "The well is seven days ahead of schedule, but officials said on Tuesday that it was still likely to be August. | Tuesday | PAST",
            // after a comma "ahead of" belongs to another phrase (AQUAINT APW19980817.1193)
            "Just ahead of Albright's one-day trip, the State Department on Sunday issued an updated caution. | Sunday | PAST",
            // "as early as", "as soon as": the soonest it may come (BP oil spill, Timeline17)
            "Jindal expects local leaders to call for evacuation of low-lying areas as early as Friday morning. | Friday morning | FUTURE",
            "The oil could hit parts of the Louisiana delta as early as Friday evening. | Friday evening | FUTURE",
            // a deadline, unless a past verb tells what had happened by then
            "By Monday, tar balls were washing up near the beach.              | Monday   | PAST",
            "The interim payments to claimants who filed by Tuesday could continue. | Tuesday | PAST",
            "By Wednesday, workers should finish installing the casing.        | Wednesday| FUTURE",
            "The containment box should be operational by Monday.              | Monday   | FUTURE",
            "Qantas will double its flights to India by August in the search for markets untouched by the crisis. | August | FUTURE",
            "The talks that are supposed to conclude by May, invited Sinn Fein to rejoin. | May | FUTURE",
            // an adverb between "to be" and the participle
            "The report is scheduled to be officially released on Wednesday.  | Wednesday| FUTURE",
            // a relative clause set off by commas is an aside: its verb does not govern the main clause's date
            "On Tuesday his brothers, who will be taking part in the tribute, defended the decision. | Tuesday | PAST",
            "The plant, which will close next year, laid off 200 workers on Friday. | Friday | PAST",
            // ...but "will" of the main clause does, and so does a relative clause right after the date or holding it
            "On Tuesday his brothers will take part in the tribute.            | Tuesday  | FUTURE",
            "On Tuesday his brothers, who took part in the march, will defend the decision. | Tuesday | FUTURE",
            "The vote is on Friday, which will be a holiday.                   | Friday   | FUTURE",
            "His brothers, who will arrive on Tuesday, defended the decision.  | Tuesday  | FUTURE",
            // the auxiliary right beyond the reach, of the verb the reach ended on
            "Mr Dudley will formally take over from Tony Hayward as the company's chief executive on Friday. | Friday | FUTURE",
    })
    void readsTheVerbNearestTheExpression(String sentence, String phrase, Tense expected) {
        int begin = sentence.indexOf(phrase);
        assertThat(tenses.tense(sentence, begin, begin + phrase.length())).isEqualTo(expected);
    }
}
