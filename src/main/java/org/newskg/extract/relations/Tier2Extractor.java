package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.entities.Demonyms;
import org.newskg.extract.entities.Places;
import org.newskg.model.Dependency;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The thirty tier-2 relations of ordinary news: verb and noun triggers of the tier-2 lexicon
 * (read by the same {@link RelationExtractor} as tier 1, so voice, dates and attribution work
 * alike), standing relations of noun phrases ({@link StandingRelations}, {@link SeatsAndSpouses}),
 * each kept only when its entities' types fit its row. Where the same words gave a tier-1 fact
 * ("acquired" as obtained, "endorsed" as praised), the tier-2 reading replaces it.
 */
public final class Tier2Extractor {

    /** The capitals table, read once (immutable). */
    private static final HomeVisits HOME_VISITS = HomeVisits.bundled();

    private final DocContext ctx;
    private final Tier2Lexicon lexicon;
    private final Lexicon tier1;
    private final Demonyms demonyms;

    public Tier2Extractor(DocContext ctx, Tier2Lexicon lexicon, Lexicon tier1, Demonyms demonyms) {
        this.ctx = ctx;
        this.lexicon = lexicon;
        this.tier1 = tier1;
        this.demonyms = demonyms;
    }

    /** The tier-1 facts with those the tier-2 reading supersedes removed, then the tier-2 facts. */
    public List<Relation> extract(List<Relation> tierOne) {
        List<Relation> found = new ArrayList<>();
        new JudicialBodies(ctx, lexicon).resolve();
        FacilityObjects facilities = new FacilityObjects(ctx, lexicon);
        found.addAll(facilities.extract());
        for (Relation r : new RelationExtractor(ctx, lexicon.triggers()).extract()) {
            if (!requested(r) && verbShapeFits(r) && !facilities.covers(r)) {
                found.add(r);
                found.addAll(coordinatedObjects(r));
            }
        }
        Places places = new Places(ctx, demonyms);
        found.addAll(new NominalTriggers(ctx, lexicon).withPlaces(places).extract());
        found.addAll(new CoordinatedParties(ctx, lexicon).extract());
        found.addAll(new CountryAgents(ctx, lexicon, places).extract());
        found.addAll(new EventNounClauses(ctx, lexicon).extract());
        found.addAll(new ParticipleClauses(ctx, lexicon).extract());
        found.addAll(new OrphanVerbs(ctx, lexicon).extract());
        found.addAll(new ConcessiveTargets(ctx, lexicon).extract());
        found.addAll(new SuitAccusations(ctx, lexicon).extract());
        found.addAll(new PassiveSubjects(ctx, lexicon).extract());
        found.addAll(new StandingRelations(ctx, lexicon, places).extract());
        found.addAll(new SeatsAndSpouses(ctx, lexicon, places).extract());
        List<Relation> tierTwo = new ArrayList<>();
        Set<String> readings = new HashSet<>();
        for (Relation r : found) {
            if (r.subjectKey().equals(r.objectKey()) || !fits(r)) {
                continue;
            }
            tierTwo.add(r);
            readings.add(r.sentence() + "|" + r.subjectKey() + "|" + r.objectKey() + "|" + r.trigger());
        }
        tierTwo = HOME_VISITS.drop(tierTwo, ctx);
        List<Relation> out = new ArrayList<>();
        for (Relation r : tierOne) {
            if (!readings.contains(r.sentence() + "|" + r.subjectKey() + "|" + r.objectKey() + "|" + r.trigger())) {
                out.add(r);
            }
        }
        out.addAll(tierTwo);
        return out;
    }

    /**
     * "blamed both Israel and the United States", "sued Vance and Mazars": the same fact for each
     * name coordinated with the trigger's object.
     */
    private List<Relation> coordinatedObjects(Relation r) {
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String last = r.trigger().substring(r.trigger().lastIndexOf(' ') + 1);
        List<Relation> out = new ArrayList<>();
        for (int t = 0; t < g.size(); t++) {
            int tok = t;
            boolean argument = ctx.entitiesAt(r.sentence(), t).contains(r.objectKey()) && g.incoming(t).stream()
                    .anyMatch(d -> d.governor() >= 0 && g.token(d.governor()).word().equals(last)
                            && (d.relation().equals("obj") || d.relation().startsWith("obl")));
            if (!argument) {
                continue;
            }
            for (int c : g.children(tok, "conj")) {
                for (String key : conjunctEntities(g, r.sentence(), c)) {
                    if (!key.equals(r.objectKey()) && !key.equals(r.subjectKey())
                            && out.stream().noneMatch(o -> o.objectKey().equals(key))) {
                        out.add(new Relation(r.subjectKey(), r.predicate(), key, r.trigger(), r.theme(), r.recipientKey(),
                                r.date(), r.negated(), r.hedged(), r.attributedToKey(), r.confidence(), r.sentence()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A conjunct's entities; "and his own tax preparer Mazars USA": a common noun with the name it
     * runs straight into (parsed as its dep or appos) stands for that name.
     */
    private List<String> conjunctEntities(SentenceGraph g, int s, int c) {
        List<String> keys = ctx.entitiesAt(s, c);
        if (!keys.isEmpty() || !g.token(c).pos().startsWith("NN") || g.token(c).pos().startsWith("NNP")) {
            return keys;
        }
        for (int d : g.childrenExact(c, "dep")) {
            if (d == c + 1 || d > c && g.token(c + 1).pos().startsWith("NNP")) {
                boolean adjacent = true;
                for (int i = c + 1; i < d; i++) {
                    adjacent &= g.token(i).pos().startsWith("NNP");
                }
                for (int i = c + 1; adjacent && i <= d; i++) {
                    // the name's first word: "Mazars USA" is not the United States its last word may name
                    if (!ctx.entitiesAt(s, i).isEmpty()) {
                        return ctx.entitiesAt(s, i);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * "flew cargo to Syria" (a dependent the lexicon's without row forbids) and "looking forward to
     * working with X" (a verb of a finite row as a bare gerund or infinitive) are not the event.
     */
    private boolean verbShapeFits(Relation r) {
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String last = r.trigger().substring(r.trigger().lastIndexOf(' ') + 1);
        boolean seen = false;
        for (int t = 0; t < g.size(); t++) {
            if (!g.token(t).word().equals(last)) {
                continue;
            }
            seen = true;
            String lemma = g.lemma(t).toLowerCase();
            int tok = t;
            boolean forbidden = lexicon.forbiddenDependents(lemma).stream().anyMatch(d -> !g.childrenExact(tok, d).isEmpty());
            String pos = g.token(t).pos();
            boolean bare = lexicon.needsFinite(lemma) && (pos.equals("VBG") || pos.equals("VB"))
                    && g.children(t, "aux").isEmpty();
            if (!forbidden && !bare) {
                return true;
            }
        }
        return !seen;
    }

    private boolean fits(Relation r) {
        Entity s = ctx.entities().entity(r.subjectKey());
        Entity o = ctx.entities().entity(r.objectKey());
        EntityType st = s == null ? null : s.type();
        EntityType ot = o == null ? null : o.type();
        return lexicon.fits(r.predicate(), st, ot);
    }

    /**
     * "urged Congress to sanction Russia", "asked him to fire Comey": an action someone asked for
     * (the open clause of a tier-1 verb of asking, with its addressee) is not one that happened.
     */
    private boolean requested(Relation r) {
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String last = r.trigger().substring(r.trigger().lastIndexOf(' ') + 1);
        for (int t = 0; t < g.size(); t++) {
            if (!g.token(t).word().equals(last)) {
                continue;
            }
            for (Dependency d : g.incoming(t)) {
                if (d.relation().equals("xcomp") && d.governor() >= 0
                        && tier1.verbExpresses(g.lemma(d.governor()), "solicited")
                        && !g.childrenExact(d.governor(), "obj").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
