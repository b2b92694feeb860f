package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.shapes.ValidationOutcome;
import org.newskg.store.Quarantine;
import org.newskg.shapes.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg validate}: SHACL check of the store against ontology/shapes.ttl. */
@Command(name = "validate", description = "Check the store against the contract's SHACL shapes; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().build()) {
            ValidationOutcome out = kg.validateStore();
            List<Quarantine.Entry> held = kg.store().quarantined();
            for (Quarantine.Entry e : held) {
                System.out.println("quarantined: " + e.document() + ": " + e.record().focusNode() + ": "
                        + e.record().shape() + ": " + e.record().message());
            }
            if (out.conforms()) {
                System.out.println("conforms: 0 violations" + (held.isEmpty() ? ""
                        : " (" + held.size() + " statements held back in the quarantine graph, listed above)"));
                return Errors.OK;
            }
            for (Violation v : out.violations()) {
                System.out.println(v.toText());
            }
            System.err.println("newskg: " + out.violations().size() + " violations of the shapes");
            return Errors.FAILURE;
        }
    }
}
