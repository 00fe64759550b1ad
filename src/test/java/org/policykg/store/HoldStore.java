package org.policykg.store;

import java.nio.file.Path;

/** Test helper run as a separate process: holds a store open until its standard input closes. */
public final class HoldStore {

    public static void main(String[] args) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
