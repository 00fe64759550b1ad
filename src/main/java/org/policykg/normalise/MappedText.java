package org.policykg.normalise;

/**
 * A normalised text that remembers, for each of its characters, the offset of the character it
 * came from in the original (Lucene's CharFilter offset correction, made explicit).
 * {@code origin} has one entry more than the text: the original offset of its end.
 */
public record MappedText(String original, String text, int[] origin) {

    public static MappedText identity(String original) {
        int[] origin = new int[original.length() + 1];
        for (int i = 0; i <= original.length(); i++) origin[i] = i;
        return new MappedText(original, original, origin);
    }

    /** Text with no original of its own, such as the field label a table's header implies. */
    public static MappedText synthetic(String text) {
        return new MappedText("", text, new int[text.length() + 1]);
    }

    /**
     * Joins texts with a separator. The result's original is the originals joined the same way,
     * and each part's offsets are shifted to match.
     */
    public static MappedText join(java.util.List<MappedText> parts, String separator) {
        StringBuilder original = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int total = parts.stream().mapToInt(MappedText::length).sum() + separator.length() * Math.max(0, parts.size() - 1);
        int[] origin = new int[total + 1];
        int n = 0;
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0) {
                for (int i = 0; i < separator.length(); i++) origin[n++] = original.length() + i;
                original.append(separator);
                text.append(separator);
            }
            MappedText part = parts.get(p);
            int shift = original.length();
            for (int i = 0; i < part.length(); i++) origin[n++] = part.origin()[i] + shift;
            original.append(part.original());
            text.append(part.text());
        }
        origin[n] = original.length();
        return new MappedText(original.toString(), text.toString(), origin);
    }

    /** The part {@code [from, to)} of the normalised text, with the original behind it. */
    public MappedText slice(int from, int to) {
        int[] shifted = new int[to - from + 1];
        for (int i = from; i <= to; i++) shifted[i - from] = origin[i] - origin[from];
        return new MappedText(original.substring(origin[from], origin[to]), text.substring(from, to), shifted);
    }

    /** The original text behind {@code text.substring(from, to)}. */
    public String originalSlice(int from, int to) {
        return original.substring(origin[from], origin[to]);
    }

    /** Original offset of the normalised offset {@code i}. */
    public int originalOffset(int i) {
        return origin[i];
    }

    public int length() {
        return text.length();
    }
}
