package org.policykg.serve;

/**
 * How the server runs: the host and port it listens on, how long a query may run, and how many
 * rows the explorer shows before it offers the download instead.
 */
public record ServeSettings(String host, int port, long timeoutMillis, int rowCap) {

    public static final String LOOPBACK = "127.0.0.1";

    public boolean loopback() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
    }
}
