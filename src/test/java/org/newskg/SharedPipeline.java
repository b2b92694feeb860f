package org.newskg;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newskg.nlp.CoreNlpAnnotator;

/**
 * JUnit extension that loads the real CoreNLP pipeline once per test JVM (15-25 s, ~3 GB) and
 * hands the same instance to every test that declares a {@link CoreNlpAnnotator} parameter.
 */
public final class SharedPipeline implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == CoreNlpAnnotator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(CoreNlpAnnotator.class, k -> CoreNlpAnnotator.load(), CoreNlpAnnotator.class);
    }
}
