/**
 * When facts happened: explicit and relative dates in narrative time, dates counted from the
 * publication day, and which date a trigger takes ({@link org.newskg.extract.time.TimeResolver},
 * {@link org.newskg.extract.time.TriggerDates}).
 * May use: org.newskg.extract (the document context), org.newskg.model and the JDK.
 */
package org.newskg.extract.time;
