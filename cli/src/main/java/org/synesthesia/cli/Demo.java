package org.synesthesia.cli;

import java.io.IOException;
import java.io.InputStream;
import org.synesthesia.io.Json;
import org.synesthesia.workflows.experiment.ExperimentInput;

/**
 * The built-in demo experiment, kept in one place ({@value #RESOURCE}): the tiny synthesized
 * dataset, an encoder sweep per direction (lms, cqt and wave for S2I; image for I2S), the judges,
 * both GANs and their evaluation, all at tiny sizes so that it runs in minutes on two cores.
 */
final class Demo {
    static final String RESOURCE = "/demo-experiment.json";

    private Demo() {}

    static ExperimentInput experiment() {
        try (InputStream in = Demo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE + ": rebuild it");
            return Json.MAPPER.readValue(in, ExperimentInput.class);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is not a valid experiment: " + e.getMessage(), e);
        }
    }
}
