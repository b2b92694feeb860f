package org.newskg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.model.Alias;
import org.newskg.model.Entity;

import java.util.List;

/**
 * The explained names of an entity in its document graph: one {@code nkg:Alias} node per name,
 * with the name, the rule that joined it ({@code nkg:rule nkg:Surname}) and the mention it was
 * read from ({@code prov:wasDerivedFrom <doc#char=b,e>}).
 */
public final class AliasTriples {

    public static final Resource ALIAS_CLASS = Vocab.nkg("Alias");
    public static final Property ALIAS = Vocab.nkgP("alias");
    public static final Property NAME = Vocab.nkgP("name");
    public static final Property RULE = Vocab.nkgP("rule");
    public static final Property AMBIGUOUS_WITH = Vocab.nkgP("ambiguousWith");

    private AliasTriples() {
    }

    /** The IRI of an alias node in a document: the entity key and the alias's place among the entity's aliases. */
    public static String aliasIri(String docIri, String entityKey, int index) {
        return docIri + "#alias-" + entityKey.replace('/', '-') + "-" + index;
    }

    static void write(Model m, String docIri, Entity e, Resource entity) {
        List<Alias> aliases = e.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            Alias a = aliases.get(i);
            Resource node = m.createResource(aliasIri(docIri, e.key(), i))
                    .addProperty(RDF.type, ALIAS_CLASS)
                    .addProperty(NAME, a.name())
                    .addProperty(RULE, Vocab.nkg(a.rule()))
                    .addProperty(Vocab.WAS_DERIVED_FROM, m.createResource(docIri + "#char=" + a.begin() + "," + a.end()));
            entity.addProperty(ALIAS, node);
        }
    }
}
