/**
 * The command line: one Picocli class per verb, shared options in mixins, exit codes and error
 * lines mapped in {@link org.newskg.cli.Errors}. The only package that uses Picocli; it calls
 * NewsKG through {@link org.newskg.NewsKg} and the stage packages' public types only.
 */
package org.newskg.cli;
