package org.newskg.dev;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain relation triples of main's export, read as {@code score.py} reads them: each node
 * mapped to a gold entity by its {@code rdfs:label}s, else its {@code skos:altLabel}s. A node that
 * maps to none keeps its IRI (prefixed with {@code ?}), so it stays a wrong fact of its own.
 */
final class MainFacts {

    private static final String NKG = "https://w3id.org/newskg/ont#";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String ALT = "http://www.w3.org/2004/02/skos/core#altLabel";

    private MainFacts() {
    }

    /** Main's predicted triples of the given relations, as gold keys "subject relation object". */
    static Set<String> read(Path nq, GoldFacts gold, Set<String> relations) {
        Map<Node, Set<String>> labels = new HashMap<>();
        Map<Node, Set<String>> alts = new HashMap<>();
        List<Triple> facts = new ArrayList<>();
        RDFParser.source(nq).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }

            @Override
            public void triple(Triple t) {
                String p = t.getPredicate().getURI();
                if (t.getObject().isLiteral() && (p.equals(LABEL) || p.equals(ALT))) {
                    (p.equals(LABEL) ? labels : alts).computeIfAbsent(t.getSubject(), k -> new HashSet<>())
                            .add(GoldFacts.norm(t.getObject().getLiteralLexicalForm()));
                } else if (p.startsWith(NKG) && relations.contains(p.substring(NKG.length())) && !t.getObject().isLiteral()) {
                    facts.add(t);
                }
            }
        });
        Set<String> out = new HashSet<>();
        for (Triple t : facts) {
            out.add(GoldFacts.key(id(t.getSubject(), labels, alts, gold), t.getPredicate().getURI().substring(NKG.length()),
                    id(t.getObject(), labels, alts, gold)));
        }
        return out;
    }

    private static String id(Node n, Map<Node, Set<String>> labels, Map<Node, Set<String>> alts, GoldFacts gold) {
        String g = gold.entity(labels.getOrDefault(n, Set.of()), alts.getOrDefault(n, Set.of()));
        return g != null ? g : "?" + n;
    }
}
