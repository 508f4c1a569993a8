package org.synesthesia.report;

import java.util.List;
import java.util.Map;
import org.synesthesia.metrics.MetricResult;

/**
 * What one run contributes to a report: its settings, metric results, confusion matrices,
 * training curves, real-vs-generated image grids and sounds, and notes on what it lacked.
 *
 * @param name     the run's name, normally its folder name
 * @param kind     {@code classifier}, {@code gan} or {@code run} when neither record is present
 * @param settings what made the run, flattened to text (e.g. {@code config.encoding = lms})
 */
public record ReportRun(String name, String kind, Map<String, String> settings, List<MetricResult> metrics,
                        List<Confusion> confusions, List<Curve> curves, List<Figure> figures,
                        List<ImagePair> images, List<Sound> sounds, List<String> notes) {

    public ReportRun {
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        metrics = List.copyOf(metrics);
        confusions = List.copyOf(confusions);
        curves = List.copyOf(curves);
        figures = List.copyOf(figures);
        images = List.copyOf(images);
        sounds = List.copyOf(sounds);
        notes = List.copyOf(notes);
    }

    /** A confusion matrix: {@code counts[true][predicted]} over {@code labels}. */
    public record Confusion(String title, List<String> labels, int[][] counts) {}

    /** One logged series of a training run, e.g. {@code d_loss} against step. */
    public record Curve(String name, long[] steps, double[] values) {}

    /** A picture with a caption, e.g. a training sample grid, as PNG bytes. */
    public record Figure(String caption, byte[] png) {}

    /** Real and generated images of one instrument, as PNG bytes. */
    public record ImagePair(String instrument, List<byte[]> real, List<byte[]> generated) {}

    /** A real or generated sound of one instrument: WAV bytes and a spectrogram PNG of them. */
    public record Sound(String instrument, boolean generated, String file, byte[] wav, byte[] spectrogramPng) {}

    /** The first result named {@code metric}, or null. */
    public MetricResult metric(String metric) {
        return metrics.stream().filter(m -> m.name().equals(metric)).findFirst().orElse(null);
    }
}
