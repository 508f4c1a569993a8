package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;

/**
 * A GAN's resumable training state in {@code RUN/checkpoint/}: the combined graph (G and D's
 * frozen copy) and D, both in DL4J's zip format with their Adam state, the EMA G, and
 * {@code state.json} naming them, the step and the EMA's age. The zips are written first and the
 * state last, so a kill at any moment leaves a consistent set. Every step's batch, noise and
 * mismatches follow from (seed, step), so the step is all the RNG state there is.
 */
final class GanCheckpoints {

    /**
     * What {@code state.json} holds. {@code emaPairs} is null in checkpoints written before it was
     * kept; their EMA had seen {@code step} batches.
     */
    record State(long step, String combined, String discriminator, String ema, Long emaPairs) {}

    /**
     * The networks being trained, the steps done, and the pairs the EMA has averaged over, which
     * set its ramp ({@link Ema#beta(int, double, long)}): the steps' pairs, plus, in a run started
     * from another ({@code --from}), those of the run it started from.
     */
    record Snapshot(ComputationGraph combined, ComputationGraph discriminator, ComputationGraph ema, long step, long emaPairs) {}

    private GanCheckpoints() {}

    static void save(Path run, Snapshot s) throws IOException {
        Path dir = Checkpoints.folder(run);
        Files.createDirectories(dir);
        Optional<State> previous = state(run);
        State next = new State(s.step(), "gan-" + s.step() + ".zip", "d-" + s.step() + ".zip", "ema-" + s.step() + ".zip", s.emaPairs());
        Checkpoints.writeModel(dir.resolve(next.combined()), s.combined(), true);
        Checkpoints.writeModel(dir.resolve(next.discriminator()), s.discriminator(), true);
        Checkpoints.writeModel(dir.resolve(next.ema()), s.ema(), false);
        Json.writeFile(dir.resolve("state.json"), next);
        if (previous.isPresent() && previous.get().step() != next.step()) {
            for (String f : new String[] {previous.get().combined(), previous.get().discriminator(), previous.get().ema()}) {
                Files.deleteIfExists(dir.resolve(f));
            }
        }
    }

    static Optional<State> state(Path run) throws IOException {
        Path file = Checkpoints.folder(run).resolve("state.json");
        return Files.exists(file) ? Optional.of(Json.readFile(file, State.class)) : Optional.empty();
    }

    /** The run's checkpoint, if it has one; {@code batch} dates the EMA of a checkpoint that does not say its age. */
    static Optional<Snapshot> restore(Path run, int batch) throws IOException {
        Optional<State> s = state(run);
        if (s.isEmpty()) return Optional.empty();
        Path dir = Checkpoints.folder(run);
        return Optional.of(new Snapshot(
                ModelSerializer.restoreComputationGraph(dir.resolve(s.get().combined()).toFile(), true),
                ModelSerializer.restoreComputationGraph(dir.resolve(s.get().discriminator()).toFile(), true),
                Checkpoints.readModel(dir.resolve(s.get().ema())),
                s.get().step(),
                s.get().emaPairs() != null ? s.get().emaPairs() : s.get().step() * batch));
    }
}
