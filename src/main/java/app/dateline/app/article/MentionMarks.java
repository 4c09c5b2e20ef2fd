package app.dateline.app.article;

import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Text with its date phrases picked out: plain runs become {@link Text}, each phrase a small {@link Label}
 * tinted with its article's colour that selects its event when clicked. Used by the article view and the
 * excerpt in the detail pane.
 */
final class MentionMarks {

    /** A date phrase at {@code begin..end} of the text. */
    record Mark(int begin, int end, Event event) {
    }

    private MentionMarks() {
    }

    /**
     * The nodes of {@code text} with {@code marks} (sorted, not overlapping; overlapping ones are skipped).
     *
     * @param made called with each phrase's node, to keep for selection
     */
    static List<Node> nodes(String text, List<Mark> marks, int series, Consumer<Event> onClick,
                            java.util.function.BiConsumer<Mark, Label> made) {
        List<Node> nodes = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            if (m.begin() < at || m.end() > text.length() || m.begin() >= m.end()) {
                continue;
            }
            if (m.begin() > at) {
                nodes.add(plain(text.substring(at, m.begin()), at));
            }
            Label phrase = new Label(text.substring(m.begin(), m.end()));
            phrase.getStyleClass().add("mention");
            if (!m.event().isPlottable()) {
                phrase.getStyleClass().add("mention-undated");
            } else {
                phrase.setStyle("-dl-mention-tint: " + tint(series) + ";");
            }
            phrase.setCursor(Cursor.HAND);
            if (onClick != null) {
                phrase.setOnMouseClicked(e -> onClick.accept(m.event()));
            }
            made.accept(m, phrase);
            nodes.add(phrase);
            at = m.end();
        }
        if (at < text.length()) {
            nodes.add(plain(text.substring(at), at));
        }
        return nodes;
    }

    /** Plain text; its offset in the body is its user data, so a selection in it maps back to the body. */
    private static Text plain(String s, int offset) {
        Text t = new Text(s);
        t.setUserData(offset);
        t.getStyleClass().add("body-text");
        return t;
    }

    /** The article's colour, light enough to read black text on. */
    private static String tint(int series) {
        int rgb = SeriesPalette.rgb(series);
        return String.format("rgba(%d,%d,%d,0.24)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
