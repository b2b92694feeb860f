package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.rdf.AliasTriples;
import org.newskg.rdf.Vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store-level resolution step, run inside the write transaction after a document is stored
 * or removed: it reads every entity's explained names from the document graphs, resolves them
 * across documents ({@link NameClusters}), gives each resolved entity its IRI (type and slug of
 * its canonical label) and label in every graph that mentions it, and writes the merges made
 * across documents, with their rules and documents, to the graph {@link #ENTITIES_GRAPH}.
 * The result depends only on the documents in the store, never on the order they came in.
 */
public final class EntityIdentity {

    /** The graph holding the merges made across documents (nkg:alias nodes). */
    public static final String ENTITIES_GRAPH = "https://w3id.org/newskg/graph/entities";

    private static final Node ENTITIES = NodeFactory.createURI(ENTITIES_GRAPH);
    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT = Vocab.ALT_LABEL.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ALIAS = AliasTriples.ALIAS.asNode();
    private static final Node NAME = AliasTriples.NAME.asNode();
    private static final Node RULE = AliasTriples.RULE.asNode();

    private EntityIdentity() {
    }

    /** Resolves the store's entities again; call inside a write transaction. */
    public static void resolve(DatasetGraph dsg) {
        List<NameClusters.Cluster> clusters = new NameClusters().resolve(records(dsg));
        List<Node> iris = iris(clusters);
        Map<Node, Map<Node, Node>> renames = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (NameRecord r : clusters.get(i).records()) {
                if (!r.entity().equals(iris.get(i))) {
                    renames.computeIfAbsent(r.graph(), g -> new LinkedHashMap<>()).put(r.entity(), iris.get(i));
                }
            }
        }
        renames.forEach((g, map) -> rename(dsg, g, map));
        for (int i = 0; i < clusters.size(); i++) {
            for (NameRecord r : clusters.get(i).records()) {
                relabel(dsg, r.graph(), iris.get(i), clusters.get(i).label(), names(r));
                retype(dsg, r.graph(), iris.get(i), clusters.get(i).type());
            }
        }
        writeMerges(dsg, clusters, iris);
    }

    /** A record's names that are alternative labels: its proper names, not the titles it was called by. */
    private static Set<String> names(NameRecord r) {
        Set<String> out = new LinkedHashSet<>();
        r.names().forEach((name, rule) -> {
            if (!rule.equals(NameRule.TITLE.localName()) && !rule.equals(NameRule.OFFICE.localName())) {
                out.add(name);
            }
        });
        return out;
    }

    private static List<NameRecord> records(DatasetGraph dsg) {
        Map<Node, Map<Node, Map<String, String>>> names = new LinkedHashMap<>();
        Map<Node, Map<Node, EntityType>> ownTypes = new HashMap<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, ALIAS, Node.ANY);
        List<Quad> aliases = new ArrayList<>();
        it.forEachRemaining(aliases::add);
        for (Quad q : aliases) {
            if (!q.getGraph().isURI() || !q.getGraph().getURI().startsWith(Vocab.DOC)) {
                continue; // only document graphs: not the meta, entities or quarantine graphs
            }
            String name = literal(dsg, q.getGraph(), q.getObject(), NAME);
            Node rule = first(dsg, q.getGraph(), q.getObject(), RULE);
            if (name != null && rule != null && rule.isURI()) {
                names.computeIfAbsent(q.getGraph(), g -> new LinkedHashMap<>())
                        .computeIfAbsent(q.getSubject(), e -> new LinkedHashMap<>())
                        .merge(name, rule.getURI().substring(Vocab.NKG.length()), EntityIdentity::strongerRule);
                typeInAliasIri(q.getObject()).ifPresent(t -> ownTypes.computeIfAbsent(q.getGraph(), g -> new HashMap<>())
                        .putIfAbsent(q.getSubject(), t));
            }
        }
        List<NameRecord> out = new ArrayList<>();
        names.forEach((g, entities) -> entities.forEach((e, n) -> {
            Optional<EntityType> type = Optional.ofNullable(ownTypes.getOrDefault(g, Map.of()).get(e)).or(() -> typeOf(dsg, g, e));
            Optional<String> full = fullName(n, NameRule.FULL_NAME).or(() -> fullName(n, NameRule.OFFICE));
            if (type.isPresent() && full.isPresent() && e.isURI()) {
                out.add(new NameRecord(g, e, type.get(), full.get(), n));
            }
        }));
        return out;
    }

    /** The first name recorded with this rule (an office stands in for a full name it lacks). */
    private static Optional<String> fullName(Map<String, String> names, NameRule rule) {
        return names.entrySet().stream().filter(x -> x.getValue().equals(rule.localName())).map(Map.Entry::getKey).sorted().findFirst();
    }

    /**
     * The type the document itself gave the entity, kept in its alias IRIs
     * ({@code <doc#alias-location-trump-0>}), since the store may retype it to its resolved type.
     */
    private static Optional<EntityType> typeInAliasIri(Node alias) {
        if (!alias.isURI()) {
            return Optional.empty();
        }
        String iri = alias.getURI();
        int at = iri.indexOf("#alias-");
        if (at < 0) {
            return Optional.empty();
        }
        String rest = iri.substring(at + "#alias-".length());
        for (EntityType t : EntityType.values()) {
            if (rest.startsWith(t.pathSegment() + "-")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String strongerRule(String a, String b) {
        return a.equals(NameRule.FULL_NAME.localName()) || b.equals(NameRule.FULL_NAME.localName())
                ? NameRule.FULL_NAME.localName() : a.compareTo(b) <= 0 ? a : b;
    }

    private static Optional<EntityType> typeOf(DatasetGraph dsg, Node g, Node e) {
        Iterator<Quad> it = dsg.find(g, e, TYPE, Node.ANY);
        while (it.hasNext()) {
            Node t = it.next().getObject();
            for (EntityType type : EntityType.values()) {
                if (t.isURI() && t.getURI().equals(Vocab.NKG + type.className())) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = first(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    /**
     * The IRI of each cluster: type and slug of its label (with its document's hash when it is kept
     * to one document); a work keeps its own; clashes numbered.
     */
    private static List<Node> iris(List<NameClusters.Cluster> clusters) {
        List<Node> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (NameClusters.Cluster c : clusters) {
            if (c.type() == EntityType.WORK) {
                String iri = c.records().get(0).entity().getURI();
                used.add(iri);
                out.add(NodeFactory.createURI(iri));
                continue;
            }
            String slug = NameRules.slug(NameRules.normalize(c.label()));
            // a name kept to one document carries it, as a document's own works do: "person/doc-1a2b3c4d5e6f-brandt"
            String base = Vocab.ID + c.type().pathSegment() + "/" + (c.onlyIn() == null ? slug
                    : "doc-" + c.onlyIn().getURI().substring(Vocab.DOC.length()).substring(0, 12) + "-" + slug);
            String iri = base;
            for (int n = 2; !used.add(iri); n++) {
                iri = base + "-" + n;
            }
            out.add(NodeFactory.createURI(iri));
        }
        return out;
    }

    /** Renames entities in one graph at once, so that two renames never mix their triples. */
    private static void rename(DatasetGraph dsg, Node g, Map<Node, Node> map) {
        Set<Quad> touched = new LinkedHashSet<>();
        for (Node old : map.keySet()) {
            dsg.find(g, old, Node.ANY, Node.ANY).forEachRemaining(touched::add);
            dsg.find(g, Node.ANY, Node.ANY, old).forEachRemaining(touched::add);
        }
        touched.forEach(dsg::delete);
        for (Quad q : touched) {
            dsg.add(g, map.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    map.getOrDefault(q.getObject(), q.getObject()));
        }
    }

    /**
     * The store's label in a graph; the graph's own names stay alternative labels. Writes only
     * where the label is not already the store's (the alternative labels follow the label).
     */
    private static void relabel(DatasetGraph dsg, Node g, Node e, String label, Set<String> ownNames) {
        Node wanted = NodeFactory.createLiteralString(label);
        List<Quad> labels = new ArrayList<>();
        dsg.find(g, e, LABEL, Node.ANY).forEachRemaining(labels::add);
        if (labels.size() == 1 && labels.get(0).getObject().equals(wanted) && !dsg.contains(g, e, ALT, wanted)) {
            return;
        }
        labels.forEach(dsg::delete);
        dsg.add(g, e, LABEL, wanted);
        for (String own : ownNames) {
            if (!own.equals(label)) {
                dsg.add(g, e, ALT, NodeFactory.createLiteralString(own));
            }
        }
        dsg.delete(g, e, ALT, wanted);
    }

    /** The resolved type in a graph, in place of the one the document's NER gave. */
    private static void retype(DatasetGraph dsg, Node g, Node e, EntityType type) {
        Node wanted = Vocab.nkg(type.className()).asNode();
        List<Node> types = new ArrayList<>();
        dsg.find(g, e, TYPE, Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        if (types.size() == 1 && types.get(0).equals(wanted)) {
            return;
        }
        for (EntityType t : EntityType.values()) {
            if (t != type) {
                dsg.delete(g, e, TYPE, Vocab.nkg(t.className()).asNode());
            }
        }
        dsg.add(g, e, TYPE, wanted);
    }

    /** The merges across documents and the names left apart, as nkg:alias nodes in their own graph. */
    private static void writeMerges(DatasetGraph dsg, List<NameClusters.Cluster> clusters, List<Node> iris) {
        Set<Triple> wanted = new LinkedHashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            Node e = iris.get(i);
            for (NameClusters.Merge m : clusters.get(i).merges()) {
                String path = e.getURI().substring(Vocab.ID.length());
                Node a = NodeFactory.createURI(Vocab.ID + "alias/" + path + "/" + NameRules.slug(NameRules.normalize(m.name()))
                        + (m.rule() == NameRule.AMBIGUOUS ? "-ambiguous" : ""));
                wanted.add(Triple.create(e, ALIAS, a));
                wanted.add(Triple.create(a, TYPE, AliasTriples.ALIAS_CLASS.asNode()));
                wanted.add(Triple.create(a, NAME, NodeFactory.createLiteralString(m.name())));
                wanted.add(Triple.create(a, RULE, Vocab.nkg(m.rule().localName()).asNode()));
                m.documents().forEach(d -> wanted.add(Triple.create(a, Vocab.WAS_DERIVED_FROM.asNode(), d)));
                m.ambiguousWith().forEach(k -> wanted.add(Triple.create(a, AliasTriples.AMBIGUOUS_WITH.asNode(), iris.get(k))));
            }
        }
        List<Quad> stale = new ArrayList<>();
        Set<Triple> present = new HashSet<>();
        dsg.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (wanted.contains(q.asTriple())) {
                present.add(q.asTriple());
            } else {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);
        for (Triple t : wanted) {
            if (!present.contains(t)) {
                dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
    }
}
