package org.newskg.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * The one address the server binds: {@code --host} resolved and checked. An address literal
 * or a name is accepted when it is an address of this machine (a loopback address, the
 * wildcard 0.0.0.0 or ::, or an address of one of its interfaces); anything else is refused
 * with a one-line {@link ServerException} rather than silently listening everywhere.
 */
public record BindAddress(InetAddress address) {

    /**
     * Resolves and checks a host.
     *
     * @throws ServerException when the name does not resolve or names no address of this machine
     */
    public static BindAddress resolve(String host) {
        String h = host.trim();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.isEmpty()) {
            throw new ServerException("--host is empty: give an address of this machine, such as 127.0.0.1", null);
        }
        InetAddress[] candidates;
        try {
            candidates = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new ServerException("--host " + host + " does not resolve to an address", e);
        }
        for (InetAddress a : candidates) {
            if (isLocal(a)) {
                return new BindAddress(a);
            }
        }
        String resolved = candidates[0].getHostAddress();
        throw new ServerException("--host " + host + (resolved.equals(h) ? "" : " (" + resolved + ")")
                + " is not an address of this machine", null);
    }

    private static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** True for a loopback address: only this machine can connect. */
    public boolean loopback() {
        return address.isLoopbackAddress();
    }

    /** True for 0.0.0.0 or ::, every interface. */
    public boolean wildcard() {
        return address.isAnyLocalAddress();
    }

    /** The address as Jetty binds it: a bare literal (no brackets, no scope for loopback). */
    public String literal() {
        String s = address.getHostAddress();
        int scope = s.indexOf('%');
        String scopeId = scope >= 0 && !address.isLoopbackAddress() ? s.substring(scope) : "";
        String bare = scope >= 0 ? s.substring(0, scope) : s;
        return address instanceof Inet6Address ? compressed(bare) + scopeId : bare;
    }

    /** An IPv6 address in its short form (RFC 5952): the longest run of zero groups as "::". */
    private static String compressed(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].replaceFirst("^0+", "").isEmpty()) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                b.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            String g = groups[i].replaceFirst("^0+(?=.)", "");
            b.append(g).append(i < groups.length - 1 ? ":" : "");
        }
        return b.toString();
    }

    /** The address as the host part of a URL: IPv6 in brackets; the wildcard as loopback. */
    public String urlHost() {
        if (wildcard()) {
            return address instanceof Inet6Address ? "[::1]" : "127.0.0.1";
        }
        String s = literal();
        return address instanceof Inet6Address ? "[" + s.replace("%", "%25") + "]" : s;
    }
}
