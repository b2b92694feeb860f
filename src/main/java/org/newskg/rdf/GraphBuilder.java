package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.Document;
import org.newskg.model.Entity;
import org.newskg.model.Extraction;
import org.newskg.model.Mention;
import org.newskg.model.Quote;
import org.newskg.model.Relation;
import org.newskg.model.Sentence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes one {@link Extraction} as RDF following the contract: NIF context, sentences and
 * mentions; entities with labels; a plain triple and an rdf:Statement per fact (negated and
 * hedged facts get the statement only); quotes; and the document's metadata.
 * IRIs are deterministic: the same text gives the same graph.
 */
public final class GraphBuilder {

    private final String runIri;

    public GraphBuilder(String runIri) {
        this.runIri = runIri;
    }

    public DocumentGraphs build(Extraction x) {
        Document doc = x.document();
        String sha = doc.sha256();
        String docIri = Vocab.documentIri(sha);
        Model m = ModelFactory.createDefaultModel();
        Resource context = context(m, docIri, doc);
        for (Sentence s : x.parsed().sentences()) {
            span(m, docIri, context, doc, s.begin(), s.end()).addProperty(RDF.type, Vocab.NIF_SENTENCE);
        }
        for (Entity e : x.entities()) {
            AliasTriples.write(m, docIri, e, entity(m, e));
        }
        for (Mention mention : x.mentions()) {
            span(m, docIri, context, doc, mention.begin(), mention.end())
                    .addProperty(RDF.type, Vocab.NIF_PHRASE)
                    .addProperty(Vocab.TA_IDENT_REF, entityRes(mention.entityKey()));
        }
        for (Relation r : x.relations()) {
            fact(m, docIri, context, x, r);
        }
        for (Quote q : x.quotes()) {
            quote(m, docIri, context, doc, q);
        }
        return new DocumentGraphs(docIri, sha, doc.source(), m.getGraph(), meta(docIri, sha, doc).getGraph());
    }

    /** The triples describing a run, for the meta graph; {@code ended} null while it runs. */
    public static Graph runGraph(RunInfo run, java.time.Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(run.iri())
                .addProperty(RDF.type, Vocab.ACTIVITY)
                .addLiteral(Vocab.STARTED_AT, dateTime(m, run.started()))
                .addProperty(Vocab.SOFTWARE_VERSION, run.softwareVersion())
                .addProperty(Vocab.NLP_MODELS, run.nlpModels());
        if (ended != null) {
            r.addLiteral(Vocab.ENDED_AT, dateTime(m, ended));
        }
        return m.getGraph();
    }

    private static Literal dateTime(Model m, java.time.Instant t) {
        return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    private Model meta(String docIri, String sha, Document doc) {
        Model m = ModelFactory.createDefaultModel();
        Resource d = m.createResource(docIri)
                .addProperty(RDF.type, Vocab.NEWS_ARTICLE)
                .addProperty(Vocab.SOURCE, doc.source())
                .addProperty(Vocab.SHA256, sha)
                .addProperty(Vocab.WAS_GENERATED_BY, m.createResource(runIri));
        if (doc.title() != null && !doc.title().isBlank()) {
            d.addProperty(Vocab.TITLE, doc.title());
        }
        if (doc.date() != null) {
            d.addLiteral(Vocab.DC_DATE, m.createTypedLiteral(doc.date().toString(), XSDDatatype.XSDdate));
        }
        return m;
    }

    private static Resource context(Model m, String docIri, Document doc) {
        Resource c = m.createResource(docIri + "#char=0," + doc.length())
                .addProperty(RDF.type, Vocab.NIF_CONTEXT)
                .addProperty(Vocab.IS_STRING, doc.text())
                .addLiteral(Vocab.BEGIN_INDEX, index(m, 0))
                .addLiteral(Vocab.END_INDEX, index(m, doc.length()));
        if (doc.source().matches("(?i)^https?://.*")) {
            c.addProperty(Vocab.SOURCE_URL, m.createResource(doc.source()));
        }
        return c;
    }

    private static Resource span(Model m, String docIri, Resource context, Document doc, int b, int e) {
        return m.createResource(docIri + "#char=" + b + "," + e)
                .addLiteral(Vocab.BEGIN_INDEX, index(m, b))
                .addLiteral(Vocab.END_INDEX, index(m, e))
                .addProperty(Vocab.ANCHOR_OF, doc.slice(b, e))
                .addProperty(Vocab.REFERENCE_CONTEXT, context);
    }

    private static Literal index(Model m, int i) {
        return m.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Resource entity(Model m, Entity e) {
        Resource r = m.createResource(entityIri(e.key()))
                .addProperty(RDF.type, Vocab.nkg(e.type().className()))
                .addProperty(RDFS.label, e.label());
        e.altLabels().forEach(a -> r.addProperty(Vocab.ALT_LABEL, a));
        return r;
    }

    /** The IRI of an entity key. */
    public static String entityIri(String key) {
        return Vocab.ID + key;
    }

    private static Resource entityRes(String key) {
        return ResourceFactory.createResource(entityIri(key));
    }

    private void fact(Model m, String docIri, Resource context, Extraction x, Relation r) {
        Resource s = entityRes(r.subjectKey());
        Resource o = entityRes(r.objectKey());
        var p = Vocab.nkgP(r.predicate());
        // a fact the text does not assert (negated or only supposed) gets its statement node only
        if (!r.negated() && !r.hedged()) {
            m.add(s, p, o);
        }
        Sentence sent = x.parsed().sentences().get(r.sentence());
        Resource evidence = span(m, docIri, context, x.document(), sent.begin(), sent.end());
        Resource st = m.createResource(docIri + "#fact-" + hash(r.subjectKey() + r.predicate() + r.objectKey() + r.sentence()
                        + (r.date() == null ? "" : "@" + r.date())))
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o)
                .addProperty(Vocab.TRIGGER, r.trigger())
                .addLiteral(Vocab.NEGATED, r.negated())
                .addLiteral(Vocab.HEDGED, r.hedged())
                .addLiteral(Vocab.CONFIDENCE, m.createTypedLiteral(BigDecimal.valueOf(r.confidence())))
                .addProperty(Vocab.WAS_DERIVED_FROM, evidence)
                .addProperty(Vocab.WAS_GENERATED_BY, m.createResource(runIri));
        if (r.theme() != null && !r.theme().isBlank()) {
            st.addProperty(Vocab.THEME, r.theme());
        }
        if (r.recipientKey() != null) {
            st.addProperty(Vocab.RECIPIENT, entityRes(r.recipientKey()));
        }
        if (r.attributedToKey() != null) {
            st.addProperty(Vocab.ATTRIBUTED_TO, entityRes(r.attributedToKey()));
        }
        if (r.date() != null) {
            st.addLiteral(Vocab.DATE, date(m, r.date()));
        }
    }

    private void quote(Model m, String docIri, Resource context, Document doc, Quote q) {
        if (q.speakerKey() == null) {
            return;
        }
        Resource span = span(m, docIri, context, doc, q.begin(), q.end());
        Resource node = m.createResource(docIri + "#quote=" + q.begin() + "," + q.end())
                .addProperty(RDF.type, Vocab.QUOTE)
                .addProperty(Vocab.SPEAKER, entityRes(q.speakerKey()))
                .addProperty(Vocab.TEXT, q.text())
                .addProperty(Vocab.WAS_DERIVED_FROM, span);
        if (q.date() != null) {
            node.addLiteral(Vocab.DATE, date(m, q.date()));
        }
    }

    private static Literal date(Model m, String iso) {
        return iso.length() == 4 ? m.createTypedLiteral(iso, XSDDatatype.XSDgYear)
                : iso.length() == 7 ? m.createTypedLiteral(iso, XSDDatatype.XSDgYearMonth)
                : m.createTypedLiteral(iso, XSDDatatype.XSDdate);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
