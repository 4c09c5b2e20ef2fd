package app.dateline.engine.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns an HTML page into plain text with one paragraph per block element. Scripts are dropped, never run. */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * Whether text saved under another name (a page saved as {@code .txt}) is an HTML page: it starts, after white
     * space, with {@code <!DOCTYPE html} or an {@code <html>} tag. Prose that merely mentions a tag is not.
     */
    static boolean looksLikePage(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html") && (head.length() == 5 || head.charAt(5) == '>' || Character.isWhitespace(head.charAt(5)));
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, object, embed, svg, head").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.isBlock() && out.length() > 0) {
                    breakParagraph(out);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    breakParagraph(out);
                }
            }
        }, doc.body());
        return out.toString().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void breakParagraph(StringBuilder out) {
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(n > 0 && out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
