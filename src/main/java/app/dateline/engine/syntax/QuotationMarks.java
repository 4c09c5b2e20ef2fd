package app.dateline.engine.syntax;

import java.util.Set;

/**
 * Quotation marks as the tagger's tokens give them: written ("\"", curly) and in the tokenised forms of Penn Treebank
 * text ("``", "''"). One place for the engine's parts that pass or read them (chunks, triggers, labels, the
 * compressor).
 */
public final class QuotationMarks {

    /** Marks that open a quotation. */
    public static final Set<String> OPENING = Set.of("``", "\"", "\u201c");
    /** Marks that close one. */
    public static final Set<String> CLOSING = Set.of("''", "\"", "\u201d");
    /** Double quotation marks, opening or closing. */
    public static final Set<String> DOUBLE = Set.of("\"", "``", "''", "\u201c", "\u201d");

    private QuotationMarks() {
    }
}
