package app.dateline.engine.tagger;

import app.dateline.engine.rules.RuleSet;
import java.util.Collections;
import java.util.NavigableMap;

/**
 * What the tagger reads off an article's whole text rather than off the sentences at hand: whether the text is a
 * social post ({@link RuleSet#isPost}) and, when it is a live page, its entries' clock times ({@link LiveEntries}).
 * A long article is tagged in blocks of sentences, each block with the whole text; these facts are read once per
 * article and handed to every block, so that an article of 50 MB is not scanned again for each of its thousands of
 * blocks. Immutable: the blocks share it across threads.
 */
public final class ArticleScan {

    private final boolean post;
    private final NavigableMap<Integer, String> liveEntries;

    private ArticleScan(boolean post, NavigableMap<Integer, String> liveEntries) {
        this.post = post;
        // LiveEntries hands a map of its own, kept by no one else: wrapped, not copied
        this.liveEntries = Collections.unmodifiableNavigableMap(liveEntries);
    }

    /** Reads the facts off {@code text}, the article's whole body (as {@code SegmentedText.text()} holds it). */
    public static ArticleScan of(String text) {
        return new ArticleScan(RuleSet.isPost(text), LiveEntries.clockTimes(text));
    }

    /** As {@link #of(String)}, with the caller saying whether the text is a social post. */
    public static ArticleScan of(String text, boolean post) {
        return new ArticleScan(post, LiveEntries.clockTimes(text));
    }

    /** Whether the text is read as a social post, with the rules and conventions for posts. */
    public boolean post() {
        return post;
    }

    /** Whether the text is a live page (entries stamped with clock times, newest first). */
    public boolean livePage() {
        return !liveEntries.isEmpty();
    }

    /**
     * The live page's entries: the offset of each entry's four digits in the whole text, with its clock time as
     * TIMEX3 writes it ("T19:05"), in the order of the text; empty when the text is no live page. Unmodifiable.
     */
    NavigableMap<Integer, String> liveEntries() {
        return liveEntries;
    }
}
