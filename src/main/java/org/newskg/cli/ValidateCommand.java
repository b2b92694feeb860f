package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.shapes.ValidationOutcome;
import org.newskg.shapes.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
            if (out.conforms()) {
                System.out.println("conforms: 0 violations");
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
