package org.newskg.dev;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.shapes.ShapeValidator;

/** Developer tool (test scope): times SHACL validation of an N-Quads export's union, per shapes file. */
public final class ShapesTiming {
    public static void main(String[] args) {
        Graph data = RDFDataMgr.loadDatasetGraph(args[0]).getUnionGraph();
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        data.find().forEach(g::add);
        for (int i = 1; i < args.length; i++) {
            ShapeValidator v = ShapeValidator.fromFile(java.nio.file.Path.of(args[i]));
            v.validate(g);
            long t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                v.validate(g);
            }
            System.out.printf("%s: %.1f ms per validation of %d triples%n", args[i], (System.nanoTime() - t0) / 1e7, g.size());
        }
    }
}
