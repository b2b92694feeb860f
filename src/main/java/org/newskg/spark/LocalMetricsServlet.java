package org.newskg.spark;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

import java.util.Properties;

/**
 * Spark's metrics servlet without its web handler, for Spark embedded in NewsKG ({@code local[N]}).
 * Spark 4.0 builds the handler even with the UI off, and its Jetty 11 needs the Servlet 5 API, while
 * the same JVM holds the Servlet 6.1 API that Fuseki's Jetty 12 needs; with no handler Spark never
 * touches the servlet API. Metrics still reach every other configured sink.
 */
public final class LocalMetricsServlet extends MetricsServlet {

    public LocalMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
