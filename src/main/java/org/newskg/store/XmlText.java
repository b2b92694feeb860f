package org.newskg.store;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Which text XML 1.0, and so RDF/XML, can carry: not the C0 controls other than tab, line feed
 * and carriage return (a form feed from a PDF's text, an escape sequence), nor U+FFFE/U+FFFF,
 * not even as character references. Jena's RDF/XML writer fails half-way on such a literal;
 * the export checks first and refuses with a message instead.
 */
final class XmlText {

    private XmlText() {
    }

    /** True for a code point XML 1.0 allows in a document. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Why the graph cannot be written as RDF/XML, if it cannot: its first literal that XML cannot hold. */
    static Optional<String> problem(Graph graph) {
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            Node o = t.getObject();
            if (o.isLiteral()) {
                int bad = firstDisallowed(o.getLiteralLexicalForm());
                if (bad >= 0) {
                    return Optional.of(String.format(Locale.ROOT,
                            "RDF/XML cannot hold character U+%04X (in %s of %s); export nt, ttl, trig, nq or jsonld instead",
                            bad, t.getPredicate().getLocalName(), label(t.getSubject())));
                }
            }
        }
        return Optional.empty();
    }

    /** The first code point XML cannot hold, or -1. */
    private static int firstDisallowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String label(Node subject) {
        return subject.isURI() ? "<" + subject.getURI() + ">" : "a blank node";
    }
}
