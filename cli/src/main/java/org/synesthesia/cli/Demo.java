package org.synesthesia.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.training.MissingCapability;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.GanSpec;
import org.synesthesia.workflows.experiment.SweepSpec;

/**
 * The built-in demo experiment: the tiny synthesized dataset, an encoder sweep per direction, both
 * GANs and their classification evaluation. Stages whose core capability is missing are left out
 * (and said so), never faked.
 */
final class Demo {
    private Demo() {}

    static ExperimentInput experiment(Trainers trainers, PrintStream notes) {
        List<SweepSpec> sweeps = new ArrayList<>();
        List<GanSpec> gans = new ArrayList<>();
        if (available(trainers.encoder(), notes)) {
            sweeps.add(new SweepSpec("s2i-encoders", Direction.S2I, List.of("lms", "cqt"), List.of(Map.of("epochs", 2)), "test_accuracy", "max", 2));
            sweeps.add(new SweepSpec("i2s-encoders", Direction.I2S, List.of("image"), List.of(Map.of("epochs", 2)), "test_accuracy", "max", 2));
        }
        if (available(trainers.gan(), notes)) {
            gans.add(new GanSpec(Direction.S2I, Map.of("steps", 200)));
            gans.add(new GanSpec(Direction.I2S, Map.of("steps", 200)));
        }
        boolean evaluate = !gans.isEmpty() && available(trainers.judge(), notes);
        return new ExperimentInput("demo", DatasetSpec.synthesized("tiny", 1), sweeps, gans, evaluate, null);
    }

    private static boolean available(Object trainer, PrintStream notes) {
        if (trainer instanceof MissingCapability m) {
            notes.println("demo: leaving out " + m.capability() + ": not in core yet (comes with " + m.comesWith() + ")");
            return false;
        }
        return true;
    }
}
