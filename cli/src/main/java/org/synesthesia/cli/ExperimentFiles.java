package org.synesthesia.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.workflows.experiment.ExperimentInput;

/** Reads an experiment JSON file: the same JSON the Temporal UI takes as the Experiment workflow's input. */
final class ExperimentFiles {
    private ExperimentFiles() {}

    static ExperimentInput read(Path file) {
        if (!Files.isRegularFile(file))
            throw new BadInputException(file + " does not exist; give an experiment JSON file (see docs/platform.md)");
        try {
            return Json.MAPPER.readValue(Files.readString(file), ExperimentInput.class);
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new BadInputException(file + " is not a valid experiment (" + why + "); fix it against docs/platform.md", e);
        }
    }
}
