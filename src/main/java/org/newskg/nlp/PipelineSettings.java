package org.newskg.nlp;

import java.util.Properties;

/** The CoreNLP properties NewsKG runs with: the one place CoreNLP property strings live. */
final class PipelineSettings {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    public static final String MODELS_DESCRIPTION = "stanford-corenlp 4.5.10 models (english): pos, ner 3class/7class/MISC + SUTime,"
            + " depparse UD, coref fastneural, quote attribution";

    private PipelineSettings() {
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("coref.algorithm", "fastneural");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("tokenize.options", "invertible=true");
        return p;
    }
}
