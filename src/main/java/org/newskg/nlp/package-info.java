/**
 * The NLP stage: the only package that uses Stanford CoreNLP. It builds one pipeline
 * (tokenize, ssplit, pos, lemma, ner with SUTime, depparse, coref fastneural, quote),
 * annotates documents and translates CoreNLP's annotations into NewsKG's own records
 * ({@link org.newskg.model.ParsedDocument}), converting UTF-16 offsets to code points.
 * May use: CoreNLP, org.newskg.model. Nothing else of NewsKG.
 */
package org.newskg.nlp;
