package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which hosts make `serve` warn that others can reach it. */
class ServeSettingsTest {

    static boolean loopback(String host) {
        return new ServeSettings(host, 0, 1000, 10).loopback();
    }

    @Test
    void loopbackAddressesAreThisMachineOnly() {
        assertTrue(loopback("127.0.0.1"));
        assertTrue(loopback("127.0.0.2"));
        assertTrue(loopback("::1"));
        assertTrue(loopback("localhost"));
    }

    @Test
    void everyInterfaceOrAnotherAddressIsNot() {
        assertFalse(loopback("0.0.0.0"));
        assertFalse(loopback("192.0.2.10"));
        assertFalse(loopback("::"));
    }
}
