package app.dateline.engine.export;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.DateClaim;
import app.dateline.engine.merge.MergedEvent;
import java.util.stream.Collectors;

/**
 * The body of a published slide, in HTML: for each source its excerpt with the date phrase in bold and a line
 * naming it (publisher, title, date); first, when the sources disagree, who says what.
 */
final class SourceText {

    private SourceText() {
    }

    static String html(MergedEvent m) {
        StringBuilder sb = new StringBuilder();
        if (m.sourcesDisagree()) {
            sb.append("<p class=\"dateline-disagreement\"><strong>Sources disagree:</strong> ");
            sb.append(m.disagreement().claims().stream().map(SourceText::claim).collect(Collectors.joining("; ")));
            sb.append(".</p>");
        }
        for (Event e : m.sources()) {
            String x = e.excerpt();
            int b = Math.max(0, Math.min(x.length(), e.excerptMentionBegin()));
            int en = Math.max(b, Math.min(x.length(), e.excerptMentionEnd()));
            sb.append("<blockquote>").append(escape(x.substring(0, b))).append("<strong>").append(escape(x.substring(b, en)))
                    .append("</strong>").append(escape(x.substring(en))).append("</blockquote>");
            sb.append("<p class=\"dateline-source\">").append(escape(credit(e))).append("</p>");
        }
        return sb.toString();
    }

    /** "Newsweek, “Russia, China Keep Channels Open”, 2022-08-16". */
    static String credit(Event e) {
        StringBuilder sb = new StringBuilder(e.article().sourceName());
        if (e.article().title() != null && !e.article().title().isBlank() && !e.article().title().equals(e.article().sourceName())) {
            sb.append(", \u201c").append(e.article().title().strip()).append('\u201d');
        }
        if (e.article().published() != null) {
            sb.append(", ").append(e.article().published());
        }
        return sb.toString();
    }

    private static String claim(DateClaim c) {
        return escape(TimelineDate.words(c.date())) + ": " + escape(c.sources().stream()
                .map(e -> e.article().sourceName()).distinct().collect(Collectors.joining(", ")));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The TimelineJS group: the publisher when all sources share one, else "Several sources". */
    static String group(MergedEvent m) {
        var names = m.sources().stream().map(e -> e.article().sourceName()).distinct().toList();
        return names.size() == 1 ? names.get(0) : "Several sources";
    }
}
