package org.synesthesia.activities.rating;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synesthesia.study.StudyFixtures;
import org.synesthesia.study.StudySources;
import org.synesthesia.workflows.human.HumanEvaluationInput;

/** A tiny pair store and a GAN-looking samples folder made from its held-out pairs, and an evaluation input over them. */
record StudyInputs(Path pairs, Path samples) {

    static StudyInputs make(Path dir) throws IOException {
        Path pairs = dir.resolve("pairs");
        var store = StudyFixtures.store(pairs);
        var real = StudySources.heldOut(store, 2, dir.resolve("scratch"));
        Path samples = Files.createDirectories(dir.resolve("gan-s2i").resolve("samples"));
        StudyFixtures.generated(real, samples);
        return new StudyInputs(pairs, samples.getParent());
    }

    /** Two name questions per (condition, image or sound) and one match per image condition: 8 questions. */
    HumanEvaluationInput input(String experiment, int expectedRatings) {
        return new HumanEvaluationInput(experiment, "panel", samples.toString(), null, expectedRatings, 1,
                pairs.toString(), "s2i", 3L, 2, 1);
    }
}
