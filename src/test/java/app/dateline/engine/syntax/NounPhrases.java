package app.dateline.engine.syntax;

import java.util.List;

/** The noun phrases the chunker finds in a sentence, each as "its words/its head", for the chunk tests. */
final class NounPhrases {

    private static final SentenceParser PARSER = new SentenceParser();

    private NounPhrases() {
    }

    static List<String> of(String sentence) {
        ParsedSentence s = PARSER.parse(sentence, 0);
        return s.chunks().stream().filter(Chunk::isNounPhrase).map(c -> s.span(c.first(), c.last())
                + "/" + s.tokens().get(c.head()).text()).toList();
    }
}
