package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelCommandTest {

    private static ExtractCommandTest.Run label(String input, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            String[] all = new String[args.length + 1];
            all[0] = "label";
            System.arraycopy(args, 0, all, 1, args.length);
            return ExtractCommandTest.run(all);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void oneLabelPerLineInTheSentencesOwnWordsWithoutTheDate() {
        ExtractCommandTest.Run run = label("""
                At a ceremony at the Great Hall of the People in Beijing in late January, Chinese President Xi Jinping accepted the credentials of the Taliban’s newly appointed Afghan ambassador to China.

                Five people have been taken to hospital with minor injuries following a crash on the A17 near Sleaford this morning.
                """, "--dct", "2024-03-05");
        assertThat(run.exit()).isZero();
        var out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        assertThat(out.subList(0, 2)).containsExactly("Xi Jinping accepted the credentials of the Taliban’s ambassador", "");
        // No plottable date (no --dct for "this morning"): the learned compressor's words, its verb and subject kept.
        assertThat(out.get(2)).startsWith("Five people have been taken to hospital").doesNotContain("this morning");
    }

    @Test
    void everyLabelIsWordsOfItsSentenceInTheirOrder() {
        String sentences = """
                British mobile phone giant Vodafone said Tuesday it was seeking regulatory approval to take full control of its Indian unit for $1.65 billion, after New Delhi relaxed foreign ownership rules in the sector.
                Markets continued to remain under pressure on Thursday morning as financial heavyweights like ICICI Bank, HDFC, and HDFC Bank declined by 1 - 2% each.
                A woman was injured by a falling tree in the Gresham neighborhood, according to the Chicago Fire Department.
                """;
        ExtractCommandTest.Run run = label(sentences);
        var in = sentences.lines().toList();
        var out = run.out().lines().toList();
        assertThat(out).hasSameSizeAs(in);
        assertThat(out.get(0)).contains("Vodafone said");
        assertThat(out.get(1)).startsWith("Markets continued");
        assertThat(out.get(2)).startsWith("A woman was injured");
        for (int i = 0; i < in.size(); i++) {
            assertThat(out.get(i).length()).isLessThan(in.get(i).length());
            assertThat(out.get(i)).doesNotEndWith("\u2026");
            int at = 0;
            for (String word : out.get(i).split(" ")) {
                at = in.get(i).toLowerCase(java.util.Locale.ROOT).indexOf(word.toLowerCase(java.util.Locale.ROOT), at);
                assertThat(at).as("'%s' in order in '%s'", word, in.get(i)).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
