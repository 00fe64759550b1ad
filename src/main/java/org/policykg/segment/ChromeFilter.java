package org.policykg.segment;

import org.policykg.lexicon.Lexicon;

/**
 * Recognises the web-page chrome that copies of notices carry: navigation, share buttons, site
 * footers with ICP numbers, image file names. Such lines are neither tasks, titles nor report
 * paragraphs. The markers are the lexicon's page furniture.
 */
public final class ChromeFilter {

    private final Lexicon lexicon = Lexicon.get();

    public boolean isChrome(String norm) {
        if (norm.length() <= 1) return norm.equals("•") || norm.equals("|");
        return lexicon.isFurniture(norm);
    }

    /** An image's file name (640.webp.jpg): never a task, whatever number it starts with. */
    public boolean isFileName(String norm) {
        return lexicon.isFileName(norm);
    }
}
