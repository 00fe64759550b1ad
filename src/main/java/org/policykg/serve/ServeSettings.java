package org.policykg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs: the host and port it listens on, how long a query may run, and how many
 * rows the explorer shows before it offers the download instead.
 */
public record ServeSettings(String host, int port, long timeoutMillis, int rowCap) {

    public static final String LOOPBACK = "127.0.0.1";

    /** Whether only this machine can reach the server; a host that does not resolve is not. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
