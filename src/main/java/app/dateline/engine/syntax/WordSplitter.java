package app.dateline.engine.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the words a Penn Treebank tagger expects, with their offsets: punctuation apart,
 * "Xi's" as "Xi" + "'s", "don't" as "do" + "n't", but "U.S.", "p.m.", "Corp.", "$3.5", "1,000", "al-Qaida"
 * and "2021-08-15" whole.
 */
public final class WordSplitter {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}"                                        // U.S., p.m.
                    + "|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Corp|Inc|Co|Ltd|Bros|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.(?!$)"
                    + "|\\p{Sc}?\\d+(?:[.,:/]\\d+)*(?:-\\d+)*%?"                // $3.5, 1,000, 2021-08-15, 10:30, 5%
                    + "|(?i:n['\u2019]t)(?![\\p{L}])"                       // n't
                    + "|['\u2019](?i:s|re|ve|ll|d|m)(?![\\p{L}])"          // 's, 're ...
                    + "|[\\p{L}\\p{M}\\d]+(?:[-\u2010\u2011&'\u2019.][\\p{L}\\p{M}\\d]+)*?(?=(?i:n['\u2019]t)(?![\\p{L}]))"  // do|n't
                    + "|[\\p{L}\\p{M}\\d]+(?:[-\u2010\u2011&][\\p{L}\\p{M}\\d]+|['\u2019](?!(?i:s|re|ve|ll|d|m)(?![\\p{L}]))[\\p{L}\\p{M}]+|\\.(?=[\\p{L}\\d]))*"
                    + "|--|\\.\\.\\.|\\S");

    public List<Token> split(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), ""));
        }
        return tokens;
    }
}
