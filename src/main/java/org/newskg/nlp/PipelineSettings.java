package org.newskg.nlp;

import java.util.Properties;

/** The CoreNLP properties NewsKG runs with: the one place CoreNLP property strings live. */
final class PipelineSettings {

    /** Every annotator NewsKG runs, in order (part of the annotation cache's key). */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    /** Run on the shared pipeline, several documents at once: these annotators are thread-safe. */
    static final String SHARED_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";
    /** CoreNLP's quote annotator, run after {@link #SHARED_ANNOTATORS}, one document at a time. */
    static final String QUOTE = "quote";
    public static final String MODELS_DESCRIPTION = "stanford-corenlp 4.5.10 models (english): pos, ner 3class/7class/MISC + SUTime,"
            + " depparse UD, coref fastneural, quote attribution";

    private PipelineSettings() {
    }

    /** The properties of the shared pipeline: {@link #properties()} without the quote annotator. */
    static Properties sharedPipelineProperties() {
        Properties p = properties();
        p.setProperty("annotators", SHARED_ANNOTATORS);
        return p;
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("coref.algorithm", "fastneural");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty(QUOTE + ".attributeQuotes", "true");
        p.setProperty("tokenize.options", "invertible=true");
        return p;
    }
}
