package org.newskg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newskg.model.Document;

/** Everything a {@link DocumentSource} emitted for some paths, in order. */
final class Results {

    final List<Input> all = new ArrayList<>();

    static Results read(int maxChars, LocalDate defaultDate, Path... paths) {
        Results r = new Results();
        new DocumentSource(maxChars, defaultDate).read(List.of(paths), r.all::add);
        return r;
    }

    static Results read(Path... paths) {
        return read(1_000_000, null, paths);
    }

    List<Document> documents() {
        return all.stream().filter(Input.Read.class::isInstance).map(i -> ((Input.Read) i).document()).toList();
    }

    Document onlyDocument() {
        List<Document> docs = documents();
        if (docs.size() != 1 || all.size() != 1) {
            throw new AssertionError("expected exactly one document, got " + all);
        }
        return docs.get(0);
    }

    List<Input.Problem> problems() {
        return all.stream().filter(Input.Problem.class::isInstance).map(Input.Problem.class::cast).toList();
    }

    Input.Problem onlyProblem() {
        if (all.size() != 1 || !(all.get(0) instanceof Input.Problem p)) {
            throw new AssertionError("expected exactly one problem, got " + all);
        }
        return p;
    }

    List<Input.Warning> warnings() {
        return all.stream().filter(Input.Warning.class::isInstance).map(Input.Warning.class::cast).toList();
    }
}
