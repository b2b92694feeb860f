package org.newskg.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The readable text of an HTML page: the paragraphs of its main element, one blank line between
 * them. The main element is the {@code <article>} with the most text, or else the element whose
 * {@code <p>} children hold the most text. White space is collapsed the way a browser does (ASCII
 * white space only, so no-break spaces stay).
 */
final class HtmlText {

    /** Elements that are never article text. */
    static final String NOT_TEXT = "script, style, noscript, template, nav, header, footer, aside";

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlText() {
    }

    /** The text of the page's main element; the page must already be rid of {@link #NOT_TEXT}. */
    static String of(org.jsoup.nodes.Document page) {
        Element main = mainElement(page);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : outermost(main.select(BLOCKS), main)) {
            String text = text(block);
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? text(main) : String.join("\n\n", paragraphs);
    }

    private static Element mainElement(org.jsoup.nodes.Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article")) {
            int length = text(article).length();
            if (best == null || length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return best != null ? best : richestParagraphParent(page);
    }

    private static Element richestParagraphParent(org.jsoup.nodes.Document page) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        Element best = page.body();
        int bestScore = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = scores.merge(parent, text(p).length(), Integer::sum);
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return best;
    }

    /** The blocks not inside another of the blocks, in document order. */
    private static List<Element> outermost(Elements blocks, Element root) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(blocks);
        List<Element> kept = new ArrayList<>();
        for (Element block : blocks) {
            if (block != root && !insideAnother(block, all, root)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean insideAnother(Element block, Set<Element> blocks, Element root) {
        for (Element up = block.parent(); up != null && up != root; up = up.parent()) {
            if (blocks.contains(up)) {
                return true;
            }
        }
        return false;
    }

    /** An element's text as rendered: runs of ASCII white space become one space, {@code <br>} a line break. */
    static String text(Element element) {
        if (element.normalName().equals("pre")) {
            return element.wholeText();
        }
        StringBuilder out = new StringBuilder();
        appendText(element, out);
        return out.toString().replaceAll(" *\n *", "\n").replaceAll("^[ \n]+|[ \n]+$", "");
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                appendCollapsed(t.getWholeText(), out);
            } else if (child instanceof Element e && e.normalName().equals("br")) {
                out.append('\n');
            } else if (child instanceof Element e) {
                if (e.isBlock() && out.length() > 0) {
                    appendCollapsed(" ", out);
                }
                appendText(e, out);
            }
        }
    }

    private static void appendCollapsed(String raw, StringBuilder out) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }
    }
}
