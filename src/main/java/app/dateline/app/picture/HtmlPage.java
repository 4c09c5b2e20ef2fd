package app.dateline.app.picture;

import static app.dateline.app.picture.Svg.esc;

import java.nio.charset.StandardCharsets;

/**
 * The story as one self-contained web page (no script, no font, no request to the network): the vertical
 * timeline, each event a {@code <details>} that opens on its sources' excerpts with the date phrase in bold.
 */
public final class HtmlPage {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#1d2733;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            h1{font-size:1.7rem;margin:0 0 .2rem}.sub{color:#5b6773;margin:0 0 1.5rem}
            ol{list-style:none;padding:0;margin:0;border-left:2px solid #d5dae0}
            li{position:relative;padding:0 0 1.2rem 1.4rem}
            li .dot{position:absolute;left:-.45rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;border:2px solid #fff}
            .when{font-weight:bold;color:#5b6773;font-size:.9rem}.head{font-weight:bold;font-size:1.05rem}
            .key .head{font-size:1.15rem}.src{color:#8a949e;font-size:.8rem}
            summary{cursor:pointer;list-style:none}summary::-webkit-details-marker{display:none}
            details[open] summary .head{text-decoration:underline}
            blockquote{margin:.5rem 0 .5rem 0;padding:.3rem .8rem;border-left:3px solid #e6e9ed;color:#37414b;font-size:.92rem}
            blockquote cite{display:block;color:#8a949e;font-style:normal;font-size:.8rem;margin-top:.2rem}
            .legend span{display:inline-block;margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
            footer{color:#8a949e;font-size:.8rem;margin-top:1.5rem}
            """;

    private HtmlPage() {
    }

    public static byte[] render(StoryPicture p) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(heading(p.title()))).append("</title><style>").append(STYLE).append("</style></head>\n<body>\n");
        h.append("<h1>").append(esc(heading(p.title()))).append("</h1>\n<p class=\"sub\">").append(esc(p.subtitle())).append("</p>\n<ol>\n");
        for (PictureEvent e : p.events()) {
            h.append("<li class=\"event").append(e.key() ? " key" : "").append("\" id=\"").append(esc(anchor(e.id()))).append("\">")
                    .append("<span class=\"dot\" style=\"background:").append(p.colour(e)).append("\"></span>")
                    .append("<details><summary><div class=\"when\">").append(esc(e.when())).append("</div>")
                    .append("<div class=\"head\">").append(esc(e.headline())).append("</div>")
                    .append("<div class=\"src\">").append(esc(String.join(", ", e.sources())))
                    .append(e.disagree() ? " · sources disagree on the date" : "").append(" · ").append(e.excerpts().size())
                    .append(e.excerpts().size() == 1 ? " excerpt" : " excerpts").append("</div></summary>\n");
            for (PictureEvent.Excerpt x : e.excerpts()) {
                h.append("<blockquote>").append(marked(x)).append("<cite>").append(esc(x.source())).append("</cite></blockquote>\n");
            }
            h.append("</details></li>\n");
        }
        h.append("</ol>\n");
        if (p.notShown() != null) {
            h.append("<p class=\"sub\">").append(esc(p.notShown())).append("</p>\n");
        }
        h.append("<p class=\"legend\">");
        for (SourceGroup g : p.groups()) {
            h.append("<span><i style=\"background:").append(g.colour()).append("\"></i>").append(esc(g.name()))
                    .append(" (").append(g.events()).append(")</span>");
        }
        h.append("</p>\n<footer>").append(esc(p.credit())).append("</footer>\n</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "Timeline: The Taliban, 2020–2024"; a title that says "Timeline" already is left as it is ("Timeline, 2009"). */
    static String heading(String title) {
        return title.regionMatches(true, 0, "Timeline", 0, "Timeline".length()) ? title : "Timeline: " + title;
    }

    private static String marked(PictureEvent.Excerpt x) {
        String t = x.text();
        int b = Math.max(0, Math.min(t.length(), x.begin()));
        int e = Math.max(b, Math.min(t.length(), x.end()));
        return esc(t.substring(0, b)) + "<b>" + esc(t.substring(b, e)) + "</b>" + esc(t.substring(e));
    }

    private static String anchor(String id) {
        return "e-" + Integer.toHexString(id.hashCode());
    }
}
