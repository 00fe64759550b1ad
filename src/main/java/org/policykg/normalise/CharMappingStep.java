package org.policykg.normalise;

/** Base for steps that replace characters one for one, so offsets stay as they are. */
abstract class CharMappingStep implements NormalisationStep {

    @Override
    public final MappedText apply(MappedText in) {
        String text = in.text();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = map(c);
            if (m != c) {
                if (out == null) out = new StringBuilder(text);
                out.setCharAt(i, m);
            }
        }
        return out == null ? in : new MappedText(in.original(), out.toString(), in.origin());
    }

    abstract char map(char c);
}
