package org.synesthesia.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.Json;

/**
 * Resumable training state in a run folder: {@code checkpoint/net-STEP.zip} (DL4J's format, with
 * the updater state) and {@code checkpoint/state.json}, which names the newest complete zip. The
 * zip is written first and the state last, so a kill at any moment leaves a consistent pair.
 */
public final class Checkpoints {

    /** What {@code state.json} holds. */
    public record State(long step, String file) {}

    private Checkpoints() {}

    public static Path folder(Path run) { return run.resolve("checkpoint"); }

    public static void save(Path run, ComputationGraph net, long step) throws IOException {
        Path dir = folder(run);
        Files.createDirectories(dir);
        Optional<State> previous = state(run);
        String name = "net-" + step + ".zip";
        writeModel(dir.resolve(name), net, true);
        Json.writeFile(dir.resolve("state.json"), new State(step, name));
        if (previous.isPresent() && !previous.get().file().equals(name)) Files.deleteIfExists(dir.resolve(previous.get().file()));
    }

    public static Optional<State> state(Path run) throws IOException {
        Path file = folder(run).resolve("state.json");
        return Files.exists(file) ? Optional.of(Json.readFile(file, State.class)) : Optional.empty();
    }

    /** The newest checkpointed graph with its updater state, or empty when there is none. */
    public static Optional<ComputationGraph> restore(Path run) throws IOException {
        Optional<State> s = state(run);
        if (s.isEmpty()) return Optional.empty();
        return Optional.of(ModelSerializer.restoreComputationGraph(folder(run).resolve(s.get().file()).toFile(), true));
    }

    /** Writes a graph in DL4J's zip format atomically. */
    public static void writeModel(Path file, ComputationGraph net, boolean withUpdater) throws IOException {
        AtomicFiles.write(file, out -> ModelSerializer.writeModel(net, out, withUpdater));
    }

    public static ComputationGraph readModel(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new java.nio.file.NoSuchFileException(file + ": no model here");
        return ModelSerializer.restoreComputationGraph(file.toFile(), false);
    }
}
