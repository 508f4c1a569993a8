package org.synesthesia.workflows.experiment;

/** A human evaluation of the first GAN's samples; 0 expected ratings skips it. */
public record HumanSpec(String name, Integer expectedRatings, Integer timeoutHours) {}
