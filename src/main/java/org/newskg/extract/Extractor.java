package org.newskg.extract;

import org.newskg.extract.entities.Demonyms;
import org.newskg.extract.entities.EntityResolver;
import org.newskg.extract.entities.ResolvedEntities;
import org.newskg.extract.entities.TitleAnaphors;
import org.newskg.extract.relations.ChannelPosts;
import org.newskg.extract.relations.CoFounders;
import org.newskg.extract.relations.ForwardedMessages;
import org.newskg.extract.relations.GroupTargets;
import org.newskg.extract.relations.QuoteDenials;
import org.newskg.extract.relations.QuotedQuestions;
import org.newskg.extract.relations.RelationExtractor;
import org.newskg.extract.relations.Replies;
import org.newskg.extract.relations.ReportedDenials;
import org.newskg.extract.relations.RequestedActs;
import org.newskg.extract.relations.RequestedMeetings;
import org.newskg.extract.relations.RoleExtractor;
import org.newskg.extract.relations.Stances;
import org.newskg.extract.relations.Tier2Extractor;
import org.newskg.extract.relations.UnnamedGroups;
import org.newskg.extract.speech.QuoteAttributor;
import org.newskg.extract.speech.QuotedFacts;
import org.newskg.extract.time.EventDates;
import org.newskg.extract.time.TimeResolver;
import org.newskg.extract.time.WorkYears;
import org.newskg.model.Extraction;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Quote;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extraction of one document: a pure function from a {@link ParsedDocument} to an
 * {@link Extraction}. Thread-safe; holds only the lexicon and cue words.
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final Cues cues;
    private final Tier2Lexicon tier2 = Tier2Lexicon.bundled();
    private final Demonyms demonyms = Demonyms.bundled();

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = Cues.bundled();
    }

    /** With the bundled lexicon. */
    public static Extractor standard() {
        return new Extractor(Lexicon.bundled());
    }

    public Extraction extract(ParsedDocument doc) {
        List<SentenceGraph> graphs = new ArrayList<>();
        doc.sentences().forEach(s -> graphs.add(new SentenceGraph(s, doc.document())));
        ResolvedEntities entities = new EntityResolver(doc, graphs, cues).resolve();
        List<int[]> quoteSpans = doc.quotes().stream().map(q -> new int[]{q.begin(), q.end()}).toList();
        var anchor = TimeResolver.dateInTitle(doc.document().title());
        TimeResolver time = new TimeResolver(doc, anchor, quoteSpans);
        DocContext ctx = new DocContext(doc, graphs, entities, time, cues, doc.quotes(), new HashMap<>(), new HashMap<>(),
                new TitleAnaphors(graphs, entities, cues));
        ctx.speakers().putAll(new QuoteAttributor(ctx).attribute(ctx.addressees()));

        List<Relation> relations = new ArrayList<>();
        relations.addAll(new RelationExtractor(ctx, lexicon).extract());
        relations.addAll(new RoleExtractor(ctx).extract());
        relations.addAll(CoFounders.of(ctx, relations));
        relations.addAll(new ChannelPosts(ctx, lexicon).extract());
        relations.addAll(new QuoteDenials(ctx).extract());
        relations.addAll(new ReportedDenials(ctx).extract());
        relations.addAll(new QuotedQuestions(ctx).extract());
        relations.addAll(new ForwardedMessages(ctx).extract());
        relations.addAll(new RequestedMeetings(ctx).extract());
        relations.addAll(new RequestedActs(ctx).extract());
        relations.addAll(new Replies(ctx).extract(relations));
        relations.addAll(new Stances(ctx, tier2.triggers()).extract());
        relations = new ArrayList<>(UnnamedGroups.withoutGroupObjects(relations, entities));
        relations = new Tier2Extractor(ctx, tier2, lexicon, demonyms).extract(relations);
        relations = GroupTargets.retarget(relations, ctx);
        relations.addAll(new EventDates(ctx).extract(relations));
        relations = QuotedFacts.attributed(ctx, relations);
        relations = WorkYears.dated(ctx, relations);
        return new Extraction(doc, new ArrayList<>(entities.entities().values()), entities.mentions(),
                dedupe(relations), quotes(ctx));
    }

    private static List<Quote> quotes(DocContext ctx) {
        List<Quote> out = new ArrayList<>();
        for (QuoteSpan q : ctx.quotes()) {
            String speaker = ctx.speakers().get(q);
            int s = q.sentence();
            out.add(new Quote(q.begin(), q.end(), q.text(), speaker, ctx.time().sentenceDate(s), s));
        }
        return out;
    }

    /** One relation per (subject, property, object, sentence, date), keeping the most confident. */
    private static List<Relation> dedupe(List<Relation> all) {
        Map<String, Relation> best = new LinkedHashMap<>();
        for (Relation r : all) {
            String key = r.subjectKey() + "|" + r.predicate() + "|" + r.objectKey() + "|" + r.sentence() + "|" + r.date();
            best.merge(key, r, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<Relation> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(Relation::sentence).thenComparing(Relation::predicate)
                .thenComparing(Relation::subjectKey).thenComparing(Relation::objectKey));
        return out;
    }
}
