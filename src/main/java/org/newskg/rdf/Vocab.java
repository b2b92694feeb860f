package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the NewsKG contract: namespaces, classes and properties used in the graph. */
public final class Vocab {

    public static final String NKG = "https://w3id.org/newskg/ont#";
    public static final String ID = "https://w3id.org/newskg/id/";
    public static final String DOC = "https://w3id.org/newskg/doc/";
    public static final String RUN = "https://w3id.org/newskg/run/";
    public static final String META_GRAPH = "https://w3id.org/newskg/graph/meta";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OA = "http://www.w3.org/ns/oa#";

    // classes
    public static final Resource QUOTE = nkg("Quote");
    public static final Resource NEWS_ARTICLE = r(SCHEMA + "NewsArticle");
    public static final Resource ACTIVITY = r(PROV + "Activity");
    public static final Resource NIF_CONTEXT = r(NIF + "Context");
    public static final Resource NIF_SENTENCE = r(NIF + "Sentence");
    public static final Resource NIF_PHRASE = r(NIF + "Phrase");

    // statement qualifiers and other nkg: properties
    public static final Property DATE = nkgP("date");
    public static final Property THEME = nkgP("theme");
    public static final Property RECIPIENT = nkgP("recipient");
    public static final Property NEGATED = nkgP("negated");
    public static final Property HEDGED = nkgP("hedged");
    public static final Property ATTRIBUTED_TO = nkgP("attributedTo");
    public static final Property CONFIDENCE = nkgP("confidence");
    public static final Property TRIGGER = nkgP("trigger");
    public static final Property SPEAKER = nkgP("speaker");
    public static final Property TEXT = nkgP("text");
    public static final Property SHA256 = nkgP("sha256");
    public static final Property SOFTWARE_VERSION = nkgP("softwareVersion");
    public static final Property NLP_MODELS = nkgP("nlpModels");

    // NIF
    public static final Property IS_STRING = p(NIF + "isString");
    public static final Property BEGIN_INDEX = p(NIF + "beginIndex");
    public static final Property END_INDEX = p(NIF + "endIndex");
    public static final Property ANCHOR_OF = p(NIF + "anchorOf");
    public static final Property REFERENCE_CONTEXT = p(NIF + "referenceContext");
    public static final Property SOURCE_URL = p(NIF + "sourceUrl");
    public static final Property TA_IDENT_REF = p(ITSRDF + "taIdentRef");

    // PROV, Dublin Core, SKOS
    public static final Property WAS_DERIVED_FROM = p(PROV + "wasDerivedFrom");
    public static final Property WAS_GENERATED_BY = p(PROV + "wasGeneratedBy");
    public static final Property STARTED_AT = p(PROV + "startedAtTime");
    public static final Property ENDED_AT = p(PROV + "endedAtTime");
    public static final Property TITLE = p(DCTERMS + "title");
    public static final Property DC_DATE = p(DCTERMS + "date");
    public static final Property SOURCE = p(DCTERMS + "source");
    /** A document's identity in its feed ("url:...", "id:FILE#ID", "sha256:..."), meta graph. */
    public static final Property IDENTIFIER = p(DCTERMS + "identifier");
    public static final Property ALT_LABEL = p(SKOS + "altLabel");

    /** The 15 relation properties of the contract, by local name. */
    public static final java.util.List<String> RELATIONS = java.util.List.of(
            "messaged", "solicited", "tweeted", "denied", "declined", "praised", "published",
            "shared", "obtained", "stole", "transferred", "met", "memberOf", "founderOf", "childOf");

    /** The 30 tier-2 relation properties of the contract (ordinary news, aligned with CAMEO and PLOVER). */
    public static final java.util.List<String> TIER2_RELATIONS = java.util.List.of(
            "accused", "criticized", "threatened", "investigated", "sued", "charged", "arrested", "convicted",
            "sentenced", "fined", "sanctioned", "attacked", "killed", "visited", "agreedWith", "supported", "opposed",
            "aided", "acquired", "investedIn", "partneredWith", "appointed", "fired", "resigned", "announced",
            "launched", "spouseOf", "locatedIn", "headquarteredIn", "citizenOf");

    private Vocab() {
    }

    /** An nkg: class or resource. */
    public static Resource nkg(String local) {
        return r(NKG + local);
    }

    /** An nkg: property. */
    public static Property nkgP(String local) {
        return p(NKG + local);
    }

    /** The IRI of a document, from its content hash. */
    public static String documentIri(String sha256) {
        return DOC + sha256;
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
