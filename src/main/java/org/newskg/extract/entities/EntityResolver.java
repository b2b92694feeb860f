package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.ParsedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups candidate spans and coreference chains into the entities of one document: names that
 * stand for one entity merge ({@link NameMerges}), pronouns and nominals follow their chain or
 * the last fitting name ({@link CorefLinks}), and each set becomes an entity with a canonical
 * name, alternative labels and the aliases that explain it ({@link EntityBuilder}). Cost grows
 * with the number of candidates times a logarithm: every lookup is indexed.
 */
public final class EntityResolver {

    private final ParsedDocument doc;
    private final List<SentenceGraph> graphs;
    private final Cues cues;
    private final Clusters clusters;

    public EntityResolver(ParsedDocument doc, List<SentenceGraph> graphs, Cues cues) {
        this.doc = doc;
        this.graphs = graphs;
        this.cues = cues;
        List<Candidate> cands = new ArrayList<>(new CandidateFinder(doc, graphs, cues).find());
        cands.addAll(MissedNames.find(cands, graphs));
        cands.addAll(TitledWorks.find(cands, graphs, cues));
        cands = new ArrayList<>(DescribedWorks.apply(cands, graphs, cues));
        cands = new ArrayList<>(TitleWords.withoutTitles(cands, graphs, cues));
        cands.sort(Comparator.comparingLong(Candidate::position));
        this.clusters = new Clusters(cands);
    }

    public ResolvedEntities resolve() {
        Governments.name(clusters);
        new NameVariants(clusters, graphs).merge();
        new NameMerges(clusters, graphs, doc.document().title()).merge();
        CorefLinks coref = new CorefLinks(doc, graphs, cues, clusters);
        coref.followChains();
        coref.resolveNominals();
        coref.followChains();
        new DescribedWorkJoins(clusters, graphs, cues).join();
        return new EntityBuilder(doc, graphs, clusters).build();
    }
}
