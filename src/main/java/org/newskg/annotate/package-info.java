/**
 * W3C Web Annotations of the store's evidence: each extracted statement becomes an
 * {@code oa:Annotation} whose target is the sentence it came from (a text quote and a code-point
 * position in the document's text) and whose body is the statement. Reads a Jena dataset laid
 * out as the contract says; written as JSON-LD with the W3C annotation context. No other
 * NewsKG package but {@code org.newskg.rdf} is used.
 */
package org.newskg.annotate;
