package org.newskg.extract.relations;

import org.newskg.extract.ClauseLinks;
import org.newskg.extract.DependencyPaths;
import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.entities.NamingParticiples;
import org.newskg.model.Dependency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the entities that fill a trigger's argument slots in the dependency graph. */
public final class Arguments {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom", "whose");

    private final DocContext ctx;

    public Arguments(DocContext ctx) {
        this.ctx = ctx;
    }

    /** The agents of a verb: its subject, or the by-phrase of a passive; inherited from the governing verb. */
    public List<String> subjects(SentenceGraph g, int s, int verb) {
        return subjects(g, s, verb, 0);
    }

    /** As above; {@code depth} counts controller hops, since a misparse can make them cycle. */
    private List<String> subjects(SentenceGraph g, int s, int verb, int depth) {
        List<Integer> tokens = new ArrayList<>();
        if (isPassive(g, verb) || ClauseLinks.isParticipleModifier(g, verb)) {
            tokens.addAll(g.childrenExact(verb, "obl:agent"));
            tokens.addAll(g.childrenExact(verb, "obl:by"));
        } else {
            tokens.addAll(g.childrenExact(verb, "nsubj"));
            tokens.addAll(g.childrenExact(verb, "nsubj:xsubj"));
        }
        List<Integer> conjuncts = new ArrayList<>();
        tokens.forEach(t -> conjuncts.addAll(g.children(t, "conj")));
        tokens.addAll(conjuncts);
        List<String> keys = entities(g, s, tokens);
        Integer antecedent = keys.isEmpty() ? ClauseLinks.commaRelativeAntecedent(g, verb) : null;
        if (keys.isEmpty() && antecedent == null) {
            antecedent = ClauseLinks.appositionSubject(g, verb);
        }
        if (antecedent != null) {
            keys = entities(g, s, List.of(antecedent));
        }
        if (keys.isEmpty() && !isPassive(g, verb)) {
            Integer gov = ClauseLinks.controller(g, verb);
            if (gov != null && depth < 8) {
                return subjects(g, s, gov, depth + 1);
            }
        }
        if (keys.isEmpty() && !isPassive(g, verb) && g.children(verb, "nsubj").isEmpty()) {
            keys = TornSubjects.namesRightBefore(ctx, g, s, verb).stream().filter(this::isAgent).toList();
        }
        return keys;
    }

    /** Objects through the given relations; for passives and participles, the patient instead. */
    List<String> objects(SentenceGraph g, int s, int verb, Frame f) {
        List<Integer> tokens = new ArrayList<>();
        if (isPassive(g, verb)) {
            tokens.addAll(patients(g, verb, 0));
        }
        if (ClauseLinks.isParticipleModifier(g, verb)) {
            g.incoming(verb).stream().filter(d -> d.relation().startsWith("acl")).forEach(d -> tokens.add(d.governor()));
        }
        if (tokens.isEmpty()) {
            for (String rel : f.objectRels()) {
                if ((rel.equals("xcomp") || rel.equals("ccomp")) && !tokens.isEmpty()) {
                    break;
                }
                if (rel.equals("xcomp") || rel.equals("ccomp")) {
                    return firstInClause(g, s, g.childrenExact(verb, rel), subjects(g, s, verb));
                }
                tokens.addAll(DependencyPaths.follow(g, verb, rel));
                tokens.addAll(CoordinatedRecipients.misattached(g, verb, rel));
            }
        }
        if (tokens.isEmpty()) {
            tokens.addAll(ClauseLinks.reducedRelativeSubjects(g, verb));
        }
        if (f.controllerObject() && entities(g, s, tokens).isEmpty()) {
            Integer gov = ClauseLinks.controller(g, verb);
            if (gov != null) {
                tokens.clear();
                tokens.addAll(g.childrenExact(gov, "obj"));
            }
        }
        if (tokens.isEmpty() && f.objectRels().contains("obj")) {
            tokens.addAll(g.childrenExact(verb, "iobj"));
        }
        if (tokens.isEmpty() && f.objectRels().contains("obj")) {
            tokens.addAll(ClauseLinks.sharedObject(g, verb));
        }
        if (f.possessor()) {
            List<Integer> owners = new ArrayList<>();
            tokens.forEach(t -> owners.addAll(g.children(t, "nmod:poss")));
            List<String> ownerKeys = entities(g, s, owners);
            if (!ownerKeys.isEmpty()) {
                return ownerKeys;
            }
        }
        return entities(g, s, tokens);
    }

    /** The entities a passive verb happened to (see {@link #patients}). */
    List<String> patientsOf(SentenceGraph g, int s, int verb) {
        return entities(g, s, patients(g, verb, 0));
    }

    /**
     * The patient of a passive verb: its passive subject; for "published after being obtained",
     * the governing passive's; for "which X maintains were stolen", the noun the clause modifies.
     */
    private List<Integer> patients(SentenceGraph g, int verb, int depth) {
        List<Integer> direct = new ArrayList<>(g.childrenExact(verb, "nsubj:pass"));
        direct.addAll(g.childrenExact(verb, "nsubj"));
        if (!direct.isEmpty() || depth > 3) {
            return direct;
        }
        List<Integer> reported = ClauseLinks.reportedPatient(g, verb, ctx.cues());
        if (!reported.isEmpty()) {
            return reported;
        }
        for (Dependency d : g.incoming(verb)) {
            if (d.governor() < 0) {
                continue;
            }
            if (d.relation().equals("acl:relcl")) {
                return List.of(d.governor());
            }
            if (d.relation().startsWith("advcl") || d.relation().startsWith("conj") || d.relation().equals("xcomp")
                    || d.relation().equals("dep") || d.relation().equals("ccomp")) {
                int gov = d.governor();
                List<Integer> up = isPassive(g, gov) ? patients(g, gov, depth + 1) : List.of();
                if (!up.isEmpty()) {
                    return up;
                }
                for (Dependency e : g.incoming(gov)) {
                    if (e.relation().equals("acl:relcl")) {
                        return List.of(e.governor());
                    }
                }
            }
        }
        return direct;
    }

    /**
     * Entities in the given relations' dependents; "acl:to>nsubj" follows two edges ("an
     * invitation for Trump to meet him": the subject of the clause that completes the noun).
     */
    List<String> via(SentenceGraph g, int s, int head, List<String> rels) {
        List<Integer> tokens = new ArrayList<>();
        rels.forEach(r -> tokens.addAll(DependencyPaths.follow(g, head, r)));
        return entities(g, s, tokens);
    }

    /** The first entity named inside the clauses under the given heads. */
    List<String> firstInClause(SentenceGraph g, int s, List<Integer> heads) {
        return firstInClause(g, s, heads, List.of());
    }

    /** "X denied that he had known that Y ...": the first entity of the clause other than the verb's own subject. */
    List<String> firstInClause(SentenceGraph g, int s, List<Integer> heads, List<String> skip) {
        for (int h : heads) {
            int[] span = g.span(h);
            for (int t = span[0]; t <= span[1]; t++) {
                List<String> keys = ctx.entitiesAt(s, t).stream().filter(k -> !skip.contains(k)).toList();
                if (!keys.isEmpty()) {
                    return List.of(keys.get(0));
                }
            }
        }
        return List.of();
    }

    /** Entities of argument head tokens, looking through "copies of", "praise of", relative pronouns. */
    public List<String> entities(SentenceGraph g, int s, List<Integer> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (int t : tokens) {
            keys.addAll(entitiesOf(g, s, t, 0));
        }
        return new ArrayList<>(keys);
    }

    private List<String> entitiesOf(SentenceGraph g, int s, int t, int depth) {
        List<String> keys = ctx.entitiesAt(s, t);
        if (!keys.isEmpty() || depth > 2) {
            return keys;
        }
        // "his counterparts, A, B and C": every named apposition, with its conjuncts
        List<String> apposed = new ArrayList<>();
        for (int a : g.childrenExact(t, "appos")) {
            apposed.addAll(ctx.entitiesAt(s, a));
            g.children(a, "conj").forEach(c -> apposed.addAll(ctx.entitiesAt(s, c)));
        }
        for (int a : g.childrenExact(t, "dep")) {
            // "the individual at issue -- Sergei Millian -- remained": a name set off by dashes
            if (a > t + 1 && g.token(a - 1).word().matches("--|—|–") || a > t + 1 && g.token(a - 2).word().matches("--|—|–")) {
                apposed.addAll(ctx.entitiesAt(s, a));
            }
        }

        if (!apposed.isEmpty()) {
            return new ArrayList<>(new LinkedHashSet<>(apposed));
        }
        // "Pericles, an investment fund created by X", "Bulatov, an official who worked at X": the
        // common noun in apposition stands for the name it follows
        if (g.token(t).pos().matches("NNS?")) {
            for (Dependency d : g.incoming(t)) {
                if (d.relation().equals("appos") && d.governor() >= 0 && d.governor() < t) {
                    apposed.addAll(ctx.entitiesAt(s, d.governor()));
                }
            }
            if (!apposed.isEmpty()) {
                return apposed;
            }
        }
        List<String> named = NamingParticiples.named(g, s, t, ctx);
        if (!named.isEmpty()) {
            return named;
        }
        if (RELATIVE_PRONOUNS.contains(g.token(t).word().toLowerCase())) {
            Integer antecedent = ClauseLinks.antecedent(g, t);
            return antecedent == null ? List.of() : entitiesOf(g, s, antecedent, depth + 1);
        }
        List<String> out = new ArrayList<>();
        // "allies such as Germany", "several books, including X": the examples are the argument
        for (Dependency d : g.outgoing(t)) {
            if (d.relation().equals("nmod:such_as") || d.relation().equals("nmod:including")) {
                out.addAll(entitiesOf(g, s, d.dependent(), depth + 1));
                for (int c : g.children(d.dependent(), "conj")) {
                    out.addAll(entitiesOf(g, s, c, depth + 1));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        // "copies of the messages": only a partitive noun's "of" holds the real argument, not
        // "the daughter of Y" or "a member of X"
        if (ctx.cues().is("partitive", g.lemma(t)) || ctx.cues().is("partitive", g.token(t).word())) {
            for (int of : g.childrenExact(t, "nmod:of")) {
                out.addAll(entitiesOf(g, s, of, depth + 1));
            }
        }
        // "the Black, Manafort, Stone and Kelly firm": a list of names naming the noun, not its argument
        boolean nameList = g.childrenExact(t, "compound").stream().filter(c -> !ctx.entitiesAt(s, c).isEmpty()).count() > 1;
        if (out.isEmpty() && !nameList && g.token(t).pos().startsWith("NN") && ctx.cues().titleRelation(g.token(t).word()) == null) {
            for (int c : g.childrenExact(t, "compound")) {
                // "U.S. citizens" are not the United States
                ctx.entitiesAt(s, c).stream().filter(k -> !isPlace(k)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Passive voice, also where the parser missed it: a past form with no object, no "have",
     * and a by-phrase naming an entity ("Copies, turned over ... by Trump Jr.'s lawyers").
     */
    boolean isPassive(SentenceGraph g, int verb) {
        if (g.hasChild(verb, "nsubj:pass") || g.hasChild(verb, "aux:pass")) {
            return true;
        }
        String pos = g.token(verb).pos();
        int s = g.sentence().index();
        List<Integer> objects = g.childrenExact(verb, "obj");
        boolean objectFree = objects.isEmpty() || pos.equals("VBN") && entities(g, s, objects).isEmpty();
        // "X alleged, ..., Y had ...": a verb with a clause of its own that has a subject is active
        boolean clausal = java.util.stream.Stream.of("ccomp", "parataxis").flatMap(r -> g.childrenExact(verb, r).stream())
                .anyMatch(c -> g.hasChild(c, "nsubj"));
        if (!pos.equals("VBN") && !pos.equals("VBD") || !objectFree || clausal
                || g.children(verb, "aux").stream().anyMatch(a -> g.lemma(a).equals("have"))) {
            return false;
        }
        List<Integer> agents = new ArrayList<>(g.childrenExact(verb, "obl:by"));
        agents.addAll(g.childrenExact(verb, "obl:agent"));
        return entities(g, s, agents).stream().anyMatch(this::isAgent);
    }

    private boolean isPlace(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() == org.newskg.model.EntityType.LOCATION;
    }

    /** People, organisations and places act; works do not. */
    boolean isAgent(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() != org.newskg.model.EntityType.WORK;
    }
}
