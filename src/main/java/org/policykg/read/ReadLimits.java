package org.policykg.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what one Office file may unpack to, so a zip bomb or a sheet of millions of cells is
 * refused with a clear line instead of exhausting memory. POI keeps its zip guard in JVM-wide
 * settings; they are set once, when this class is loaded, and are the same for every reader.
 *
 * @param maxCells filled cells read from one workbook: real decomposition tables have a few thousand
 */
public record ReadLimits(int maxCells) {

    /** Uncompressed size of one part of an Office zip (the XML of one sheet or of the body). */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** A part that unpacks to more than 100 times its packed size is taken for a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    public static final ReadLimits DEFAULT = new ReadLimits(200_000);

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    public ReadLimits {
        if (maxCells < 1) throw new IllegalArgumentException("maxCells must be positive: " + maxCells);
    }
}
