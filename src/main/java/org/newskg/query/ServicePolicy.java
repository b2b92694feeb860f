package org.newskg.query;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which SPARQL {@code SERVICE} calls a query may make. By default none: a query that names a
 * remote endpoint, by IRI or through a variable, is refused before it runs, and the execution
 * context carries a service registry whose only executor refuses again at run time, so no
 * request leaves the process. {@link #allowing} opts in for exactly the listed hosts (a
 * {@code host} entry matches any port, a {@code host:port} entry that port only); a variable
 * endpoint is then checked when it is bound.
 */
public final class ServicePolicy {

    private static final ServicePolicy NONE = new ServicePolicy(Set.of());

    private final Set<String> hosts;

    private ServicePolicy(Set<String> hosts) {
        this.hosts = hosts;
    }

    /** No SERVICE call at all (the default). */
    public static ServicePolicy refuseAll() {
        return NONE;
    }

    /**
     * SERVICE calls to these hosts only: names or addresses, each optionally with {@code :port}
     * (IPv6 addresses in brackets when a port is given). Compared case-insensitively with the
     * host of the endpoint IRI as written, without resolving names.
     *
     * @throws IllegalArgumentException for an empty or malformed entry
     */
    public static ServicePolicy allowing(Collection<String> hostList) {
        Set<String> set = new TreeSet<>();
        for (String h : hostList) {
            String entry = h.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty() || entry.contains("/") || entry.contains("@")) {
                throw new IllegalArgumentException("--allow-service wants HOST or HOST:PORT, not '" + h + "'");
            }
            set.add(entry);
        }
        return set.isEmpty() ? NONE : new ServicePolicy(Set.copyOf(set));
    }

    /** True when no SERVICE call is allowed. */
    public boolean refusesAll() {
        return hosts.isEmpty();
    }

    /** The allowed entries, sorted. */
    public Set<String> hosts() {
        return new TreeSet<>(hosts);
    }

    /** True when a call to this endpoint IRI is allowed: http(s) and a listed host. */
    public boolean allows(String endpoint) {
        if (hosts.isEmpty()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (Exception e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return hosts.contains(host) || hosts.contains(host + ":" + port)
                || host.startsWith("[") && hosts.contains(host.substring(1, host.length() - 1));
    }

    /**
     * Refuses a query whose SERVICE calls this policy does not allow, before it runs; looks into
     * subqueries and EXISTS too.
     *
     * @throws QueryFailure naming the first refused endpoint
     */
    public void check(Query query) {
        Op op = Algebra.compile(query);
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                checkEndpoint(service.getService());
            }
        };
        Walker.walk(op, services, new ExprVisitorBase(), null, null);
    }

    private void checkEndpoint(Node endpoint) {
        if (endpoint.isVariable()) {
            if (hosts.isEmpty()) {
                throw new QueryFailure(refusal("SERVICE " + endpoint));
            }
            return;
        }
        if (!endpoint.isURI() || !allows(endpoint.getURI())) {
            throw new QueryFailure(refusal("SERVICE <" + endpoint + ">"));
        }
    }

    private String refusal(String what) {
        return hosts.isEmpty()
                ? what + " is refused: this endpoint makes no outbound requests (federation is off; see --allow-service)"
                : what + " is refused: only SERVICE calls to " + String.join(", ", hosts) + " are allowed";
    }

    /**
     * Puts this policy into an execution context: a service registry holding one executor that
     * applies the policy to each call (variables bound) before handing allowed ones to Jena's
     * HTTP executor, and, when nothing is allowed, {@code arq:httpServiceAllowed false} as well.
     *
     * @param timeoutMillis limit for each remote call; 0 or less for Jena's default
     */
    public void install(Context context, long timeoutMillis) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addSingleLink(new Gate(this, ServiceExecutorRegistry.httpService));
        ServiceExecutorRegistry.set(context, registry);
        if (hosts.isEmpty()) {
            context.set(Service.httpServiceAllowed, false);
        } else if (timeoutMillis > 0) {
            context.set(Service.httpQueryTimeout, timeoutMillis);
        }
    }

    /** The run-time check: refuses what the policy does not allow, never reaching the network. */
    private record Gate(ServicePolicy policy, ServiceExecutor http) implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                             ExecutionContext execCxt, ServiceExecutor chain) {
            Node endpoint = opExecute.getService();
            if (!endpoint.isURI() || !policy.allows(endpoint.getURI())) {
                throw new ServiceRefusedException(policy.refusal(endpoint.isURI()
                        ? "SERVICE <" + endpoint.getURI() + ">" : "SERVICE " + endpoint));
            }
            return http.createExecution(opExecute, original, binding, execCxt);
        }
    }

    @Override
    public String toString() {
        return hosts.isEmpty() ? "no SERVICE" : "SERVICE to " + hosts;
    }
}
