package org.policykg.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads TDB2's lock failure: whether an exception means another process holds the store, and which. */
final class StoreLock {

    /** TDB2 says "Failed to get a lock: file='…/tdb.lock': held by process 1234". */
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private StoreLock() {}

    static boolean heldElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked) return true;
            String m = String.valueOf(t.getMessage());
            if (m.contains("held by process") || m.contains("Failed to get a lock")) return true;
        }
        return false;
    }

    /** "process 1234, policykg build", or null when TDB2 does not say. */
    static String holder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = HOLDER.matcher(String.valueOf(t.getMessage()));
            if (m.find()) return describe(Long.parseLong(m.group(1)));
        }
        return null;
    }

    private static String describe(long pid) {
        Optional<String> command = ProcessHandle.of(pid).flatMap(p -> p.info().arguments())
                .map(args -> policykgCommand(args));
        return "process " + pid + command.map(c -> ", " + c).orElse("");
    }

    /** The subcommand of a policykg process, from its arguments after the main class or jar. */
    private static String policykgCommand(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].endsWith("PolicyKg") || args[i].endsWith("policykg.jar")) return "policykg " + args[i + 1];
        }
        return "java";
    }
}
