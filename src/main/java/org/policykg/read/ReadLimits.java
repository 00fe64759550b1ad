package org.policykg.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what one Office file may unpack to, so a zip bomb or a sheet of millions of cells is
 * refused with a clear line instead of exhausting memory. POI keeps its zip guard in JVM-wide
 * settings; they are set here once, when the first Office file is read.
 */
final class ReadLimits {

    /** Filled cells read from one workbook: real decomposition tables have a few thousand. */
    static final int MAX_CELLS = 200_000;
    /** Uncompressed size of one part of an Office zip (the XML of one sheet or of the body). */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    /** A part that unpacks to more than 100 times its packed size is taken for a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private ReadLimits() {}

    /** Makes sure the limits are in force (loading this class sets them). */
    static void apply() {
        // the static initialiser has run by the time this is called
    }
}
