package app.dateline.engine.merge;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF weights learnt from a set of documents (the corpus's sentences): a term is worth more the fewer
 * sentences use it, so "Taliban" in a corpus about the Taliban counts for little and "Blinken" for much.
 * Smoothed as in scikit-learn: idf = ln((1 + n) / (1 + df)) + 1.
 */
public final class TfIdf {

    private final Tokenizer tokenizer;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    public TfIdf(Tokenizer tokenizer, Collection<String> documents) {
        this(tokenizer, documents, null);
    }

    /**
     * Weights learnt from {@code documents}; {@code perDocument}, when given, receives each document's terms
     * (index, terms) in order, on the calling thread.
     */
    public TfIdf(Tokenizer tokenizer, Collection<String> documents, java.util.function.ObjIntConsumer<List<String>> perDocument) {
        this.tokenizer = tokenizer;
        // tokenised in parallel, counted in order: the counts do not depend on the threads
        List<List<String>> terms = List.copyOf(documents).parallelStream().map(tokenizer::terms).toList();
        for (int d = 0; d < terms.size(); d++) {
            for (String term : new HashSet<>(terms.get(d))) { // as termsOf: each term once a document
                documentFrequency.merge(term, 1, Integer::sum);
            }
            if (perDocument != null) {
                perDocument.accept(terms.get(d), d);
            }
        }
        this.documents = documents.size();
    }

    /**
     * Weights from document frequencies counted elsewhere (a distributed job counts them over a whole archive
     * with {@link #termsOf}): the same weights as from the documents themselves.
     */
    public TfIdf(Tokenizer tokenizer, Map<String, Integer> documentFrequency, int documents) {
        this.tokenizer = tokenizer;
        this.documentFrequency.putAll(documentFrequency);
        this.documents = documents;
    }

    /** The terms one document counts once each for the document frequency. */
    public static Set<String> termsOf(Tokenizer tokenizer, String document) {
        return new HashSet<>(tokenizer.terms(document));
    }

    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0))) + 1.0;
    }

    /** How many documents hold {@code term}. */
    public int frequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    /** The share of the documents that hold {@code term} (0 without documents). */
    public double share(String term) {
        return documents == 0 ? 0 : documentFrequency.getOrDefault(term, 0) / (double) documents;
    }

    public TermVector vector(String text) {
        return vector(tokenizer.terms(text));
    }

    public TermVector vector(List<String> terms) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1.0, Double::sum);
        }
        return vector(tf);
    }

    /** Weights from term counts that may be fractional (terms counted by their distance to the date). */
    public TermVector vector(Map<String, Double> counts) {
        Map<String, Double> w = new HashMap<>(counts);
        w.replaceAll((term, count) -> count * idf(term));
        return new TermVector(w);
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }
}
