package org.policykg.normalise;

import java.util.List;

/**
 * The normalisation chain applied to every line before parsing: width, then script, then
 * footnote markers. The original line is kept alongside, so names are reported as written.
 */
public final class TextNormaliser {

    private final List<NormalisationStep> steps;

    public TextNormaliser() {
        this(List.of(new WidthFolder(), new TraditionalToSimplified(), new FootnoteMarkerRemover()));
    }

    public TextNormaliser(List<NormalisationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public MappedText normalise(String original) {
        MappedText text = MappedText.identity(original);
        for (NormalisationStep step : steps) text = step.apply(text);
        return text;
    }
}
