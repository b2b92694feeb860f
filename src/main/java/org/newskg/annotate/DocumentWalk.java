package org.newskg.annotate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Vocab;

/**
 * The annotations of one document graph: a walk over its {@code rdf:Statement} nodes, each
 * followed to the sentences it was derived from and those to the document's text. A statement
 * without a usable sentence (no {@code prov:wasDerivedFrom}, or a sentence with neither text
 * nor offsets) gets no annotation.
 */
final class DocumentWalk {

    /** How many code points of text before and after the sentence a quote selector carries. */
    static final int CONTEXT_WIDTH = 32;
    /** An offset that fits an int: up to nine digits. */
    private static final Pattern OFFSET = Pattern.compile("[0-9]{1,9}");

    private final String docIri;
    private final Graph doc;
    private final Graph meta;

    /**
     * @param docIri the document's IRI, also its graph's name
     * @param doc    the document's graph
     * @param meta   the meta graph, for the runs' times
     */
    DocumentWalk(String docIri, Graph doc, Graph meta) {
        this.docIri = docIri;
        this.doc = doc;
        this.meta = meta;
    }

    /** The document's annotations, in order of their first sentence, then of IRI. */
    List<Annotation> annotations() {
        List<Node> statements = new ArrayList<>();
        doc.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> statements.add(t.getSubject()));
        List<Annotation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node statement : statements) {
            List<Target> targets = targets(statement);
            if (!targets.isEmpty()) {
                Map<Node, List<Node>> body = body(statement);
                String id = uniqueId(body, ids);
                String bodyId = statement.isURI() ? statement.getURI() : id.replace("#annotation-", "#statement-");
                out.add(new Annotation(id, bodyId, created(statement), body, targets));
            }
        }
        out.sort(Comparator.comparingInt(Annotation::start).thenComparing(Annotation::id));
        return out;
    }

    private List<Target> targets(Node statement) {
        List<Target> targets = new ArrayList<>();
        for (Node sentence : objects(statement, Vocab.WAS_DERIVED_FROM.asNode())) {
            if (!sentence.isBlank() && !sentence.isLiteral()) {
                target(sentence).ifPresent(targets::add);
            }
        }
        targets.sort(Comparator.comparingInt(t -> t.position().map(Target.Position::start).orElse(Integer.MAX_VALUE)));
        return targets;
    }

    /** The sentence cut out of its context's text, or failing that its own anchor text. */
    private Optional<Target> target(Node sentence) {
        Optional<Node> context = object(sentence, Vocab.REFERENCE_CONTEXT.asNode());
        String source = context.flatMap(c -> object(c, Vocab.SOURCE_URL.asNode())).filter(Node::isURI)
                .map(Node::getURI).orElse(docIri);
        Optional<String> text = context.flatMap(c -> literal(c, Vocab.IS_STRING.asNode()));
        OptionalInt begin = integer(sentence, Vocab.BEGIN_INDEX.asNode());
        OptionalInt end = integer(sentence, Vocab.END_INDEX.asNode());
        if (text.isPresent() && begin.isPresent() && end.isPresent()) {
            Optional<Target> cut = Target.cut(source, text.get(), begin.getAsInt(), end.getAsInt(), CONTEXT_WIDTH);
            if (cut.isPresent()) {
                return cut;
            }
        }
        Optional<Target.Position> position = begin.isPresent() && end.isPresent() && begin.getAsInt() <= end.getAsInt()
                ? Optional.of(new Target.Position(begin.getAsInt(), end.getAsInt())) : Optional.empty();
        return literal(sentence, Vocab.ANCHOR_OF.asNode()).map(a -> new Target(source, a, "", "", position));
    }

    /** The statement's properties with IRI or literal values, by property. */
    private Map<Node, List<Node>> body(Node statement) {
        Map<Node, List<Node>> body = new TreeMap<>(Comparator.comparing(Node::getURI));
        doc.find(statement, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isBlank()) {
                body.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
            }
        });
        body.values().forEach(values -> values.sort(Comparator.comparing(NodeFmtLib::strNT)));
        return body;
    }

    /** When the statement's run ended (or, failing that, started), as an xsd:dateTime lexical form. */
    private Optional<String> created(Node statement) {
        Optional<Node> run = object(statement, Vocab.WAS_GENERATED_BY.asNode()).filter(Node::isURI);
        return run.flatMap(r -> dateTime(r, Vocab.ENDED_AT.asNode()).or(() -> dateTime(r, Vocab.STARTED_AT.asNode())));
    }

    private Optional<String> dateTime(Node run, Node property) {
        return first(meta, run, property)
                .filter(n -> n.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(n.getLiteralDatatypeURI()))
                .map(Node::getLiteralLexicalForm);
    }

    /**
     * {@code <doc>#annotation-} and a hash of the statement's content, so that exporting the same
     * store twice gives the same IRIs; a statement identical to an earlier one gets a counter.
     */
    private String uniqueId(Map<Node, List<Node>> body, Set<String> used) {
        String content = body.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> NodeFmtLib.strNT(e.getKey()) + " " + NodeFmtLib.strNT(v)))
                .collect(Collectors.joining("\n"));
        String id = docIri + "#annotation-" + sha256(content).substring(0, 16);
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private List<Node> objects(Node subject, Node property) {
        return doc.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private Optional<Node> object(Node subject, Node property) {
        return first(doc, subject, property);
    }

    private static Optional<Node> first(Graph graph, Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private Optional<String> literal(Node subject, Node property) {
        return object(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private OptionalInt integer(Node subject, Node property) {
        Optional<String> lexical = literal(subject, property).map(String::trim).filter(s -> OFFSET.matcher(s).matches());
        return lexical.isPresent() ? OptionalInt.of(Integer.parseInt(lexical.get())) : OptionalInt.empty();
    }
}
