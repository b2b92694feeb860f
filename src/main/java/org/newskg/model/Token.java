package org.newskg.model;

/**
 * One token of a sentence.
 *
 * @param index  0-based position in its sentence
 * @param word   the surface form
 * @param lemma  its lemma
 * @param pos    Penn Treebank tag
 * @param ner    named-entity tag ("O" for none)
 * @param begin  code-point offset of its first character in the document
 * @param end    code-point offset after its last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
}
