package org.policykg.normalise;

/** One step of the normalisation chain. */
@FunctionalInterface
public interface NormalisationStep {
    MappedText apply(MappedText in);
}
