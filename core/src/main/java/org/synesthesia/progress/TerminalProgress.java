package org.synesthesia.progress;

import java.io.PrintStream;
import java.util.Locale;

/** Prints progress with rate and ETA to a terminal, at most a few times a second. */
public final class TerminalProgress implements Progress {

    private final PrintStream out;
    private final String unit;
    /** Units of the stages that count something else than {@link #unit}, by the start of their name. */
    private final java.util.Map<String, String> stageUnits = new java.util.LinkedHashMap<>();
    private final long intervalNanos;
    private final boolean tty = System.console() != null;
    /** Per stage: when it started and when it was last printed; parallel work reports several at once. */
    private final java.util.Map<String, long[]> stages = new java.util.HashMap<>();
    private String lastStage = "";

    public TerminalProgress(PrintStream out, String unit) {
        this.out = out;
        this.unit = unit;
        this.intervalNanos = tty ? 250_000_000L : 5_000_000_000L;
    }

    /** Counts the stages whose name starts with {@code stagePrefix} in {@code unit} instead. Returns this. */
    public TerminalProgress unit(String stagePrefix, String unit) {
        stageUnits.put(stagePrefix, unit);
        return this;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        // the clock starts at a stage's first report, so the rate counts only what was done after it
        long[] times = stages.computeIfAbsent(stage, k -> new long[] {now, now - intervalNanos, done});
        boolean finished = total > 0 && done >= total;
        if (!finished && now - times[1] < intervalNanos) return;
        times[1] = now;
        if (tty && !stage.equals(lastStage) && !lastStage.isEmpty()) out.println();
        lastStage = stage;
        String unit = stageUnits.entrySet().stream().filter(e -> stage.startsWith(e.getKey())).map(java.util.Map.Entry::getValue).findFirst().orElse(this.unit);
        double secs = (now - times[0]) / 1e9;
        double rate = done == times[2] ? Double.NaN : (done - times[2]) / Math.max(1e-3, secs);
        String line;
        if (total > 0) {
            double eta = rate > 0 ? (total - done) / rate : Double.NaN;
            line = String.format(Locale.ROOT, "%s: %d/%d %s (%.0f%%), %s %s/s, ETA %s",
                    stage, done, total, unit, 100.0 * done / total, formatRate(rate), unit, formatSeconds(eta));
        } else {
            line = String.format(Locale.ROOT, "%s: %d %s, %s %s/s", stage, done, unit, formatRate(rate), unit);
        }
        if (tty) {
            out.print("\r" + line + "   ");
            if (finished) out.println();
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String formatRate(double rate) {
        return Double.isNaN(rate) ? "?" : String.format(Locale.ROOT, "%.1f", rate);
    }

    static String formatSeconds(double s) {
        if (Double.isNaN(s) || Double.isInfinite(s)) return "?";
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60);
    }
}
