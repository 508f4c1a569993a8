package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;

/**
 * A GAN's resumable training state in {@code RUN/checkpoint/}: the combined graph (G and D's
 * frozen copy) and D, both in DL4J's zip format with their Adam state, the EMA G, the running mean
 * of the EMA's checkpoints when the run averages its release ({@link GanConfig#averageFrom}), and
 * {@code state.json} naming them, the step, the EMA's age and how many checkpoints the mean holds. The zips are written first and the
 * state last, so a kill at any moment leaves a consistent set. The EMA of every averaged checkpoint
 * stays beside the last set as a candidate release ({@link #candidates}). Every step's batch, noise and
 * mismatches follow from (seed, step), so the step is all the RNG state there is.
 */
final class GanCheckpoints {

    /**
     * What {@code state.json} holds. {@code emaPairs} is null in checkpoints written before it was
     * kept; their EMA had seen {@code step} batches. {@code average} is null, and {@code averaged}
     * null or 0, before the run's first averaged checkpoint.
     */
    record State(long step, String combined, String discriminator, String ema, Long emaPairs, String average, Integer averaged) {}

    /**
     * The networks being trained, the steps done, and the pairs the EMA has averaged over, which
     * set its ramp ({@link Ema#beta(int, double, long)}): the steps' pairs, plus, in a run started
     * from another ({@code --from}), those of the run it started from. {@code average} is the mean
     * of the EMA at the {@code averaged} checkpoints so far, null before the first.
     */
    record Snapshot(ComputationGraph combined, ComputationGraph discriminator, ComputationGraph ema, long step, long emaPairs,
                    ComputationGraph average, int averaged) {}

    private static final Pattern EMA = Pattern.compile("ema-(\\d+)\\.zip");

    private GanCheckpoints() {}

    /** Saves the training state; the previous set is removed but for its EMA if {@code keptEma} (an averaged checkpoint's). */
    static void save(Path run, Snapshot s, LongPredicate keptEma) throws IOException {
        Path dir = Checkpoints.folder(run);
        Files.createDirectories(dir);
        Optional<State> previous = state(run);
        String average = s.average() == null ? null : "average-" + s.step() + ".zip";
        State next = new State(s.step(), "gan-" + s.step() + ".zip", "d-" + s.step() + ".zip", "ema-" + s.step() + ".zip", s.emaPairs(), average, s.averaged());
        Checkpoints.writeModel(dir.resolve(next.combined()), s.combined(), true);
        Checkpoints.writeModel(dir.resolve(next.discriminator()), s.discriminator(), true);
        Checkpoints.writeModel(dir.resolve(next.ema()), s.ema(), false);
        if (average != null) Checkpoints.writeModel(dir.resolve(average), s.average(), false);
        Json.writeFile(dir.resolve("state.json"), next);
        if (previous.isPresent() && previous.get().step() != next.step()) {
            State p = previous.get();
            String ema = keptEma.test(p.step()) ? null : p.ema();
            for (String f : new String[] {p.combined(), p.discriminator(), ema, p.average()}) {
                if (f != null) Files.deleteIfExists(dir.resolve(f));
            }
        }
    }

    /**
     * The releases a run could give from its last checkpoint: the mean of its averaged checkpoints
     * (if it averages), then the EMA at each checkpoint kept, latest first. Steps after the last
     * checkpoint's, left by a killed run, are not among them.
     */
    static List<ConditionalGenerator.Candidate> candidates(Path run) throws IOException {
        Optional<State> s = state(run);
        if (s.isEmpty()) return List.of();
        Path dir = Checkpoints.folder(run);
        List<ConditionalGenerator.Candidate> out = new ArrayList<>();
        if (s.get().average() != null) out.add(new ConditionalGenerator.Candidate(s.get().step(), s.get().averaged(), dir.resolve(s.get().average())));
        List<Long> steps = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = EMA.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                long step = Long.parseLong(m.group(1));
                if (step <= s.get().step()) steps.add(step);
            }
        }
        steps.sort(Comparator.reverseOrder());
        for (long step : steps) out.add(new ConditionalGenerator.Candidate(step, 0, dir.resolve("ema-" + step + ".zip")));
        return out;
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
                s.get().emaPairs() != null ? s.get().emaPairs() : s.get().step() * batch,
                s.get().average() != null ? Checkpoints.readModel(dir.resolve(s.get().average())) : null,
                s.get().averaged() != null ? s.get().averaged() : 0));
    }
}
