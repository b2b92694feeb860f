package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain program runs with no Spark jar on its class path (as {@code ./newskg} runs it for every
 * command but spark-extract): the real command line, loaded in a class loader over this test's class
 * path minus Spark, Scala and Hadoop, lists its commands and queries, creates a store with load and
 * counts it, and answers
 * spark-extract without Spark with a failure status instead of a linkage error.
 */
class PlainCliWithoutSparkTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandButSparkExtractRunsWithoutSpark() throws Exception {
        try (URLClassLoader plain = new URLClassLoader(classPathWithoutSpark(), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> plain.loadClass("org.apache.spark.SparkConf"));
            Method run = plain.loadClass("org.newskg.cli.Main").getMethod("run", String[].class);
            assertEquals(0, run.invoke(null, (Object) new String[]{"--help"}));
            assertEquals(0, run.invoke(null, (Object) new String[]{"spark-extract", "--help"}));
            assertEquals(0, run.invoke(null, (Object) new String[]{"queries"}));
            Path empty = Files.writeString(tmp.resolve("empty.nq"), "");
            assertEquals(0, run.invoke(null, (Object) new String[]{"load", "-q", "--store", tmp.resolve("s").toString(),
                    empty.toString()}));
            assertEquals(0, run.invoke(null, (Object) new String[]{"stats", "--store", tmp.resolve("s").toString()}));
            assertEquals(1, run.invoke(null, (Object) new String[]{"spark-extract", "--master", "local[1]",
                    "--out", tmp.resolve("out").toString(), tmp.toString()}));
        }
    }

    private static URL[] classPathWithoutSpark() throws MalformedURLException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            String p = entry.replace('\\', '/');
            if (!p.contains("/org/apache/spark/") && !p.contains("/org/scala-lang/") && !p.contains("/org/apache/hadoop/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertTrue(urls.size() > 20, "test class path not found: " + cp);
        return urls.toArray(URL[]::new);
    }
}
