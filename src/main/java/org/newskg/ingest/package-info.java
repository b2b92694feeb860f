/**
 * Reading input files into {@link org.newskg.model.Document} records.
 *
 * <p>{@link org.newskg.ingest.DocumentSource} walks files and folders and reports, one item at a
 * time, an {@link org.newskg.ingest.Input}: a document read, a warning about it, or a problem with
 * an item that gave no document. Formats: plain text and Markdown with an optional
 * {@code Title:}/{@code Date:}/{@code Source:}/{@code URL:} header, HTML, JSON Lines and JSON.
 * Bad input never throws; it becomes a problem and the walk goes on. Document text is kept
 * exactly as read (only a UTF-8 byte order mark is dropped).
 *
 * <p>May use: the JDK, Jackson, jsoup and {@code org.newskg.model}. Must not use Jena, CoreNLP or
 * picocli.
 */
package org.newskg.ingest;
