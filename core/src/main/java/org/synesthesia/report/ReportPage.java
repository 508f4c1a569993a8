package org.synesthesia.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.metrics.MetricResult;

/**
 * The report's {@code index.html}: one self-contained page (styles inline, pictures and sounds as
 * data URIs, charts as inline SVG, no external URL) with the runs side by side in a paper-style
 * table, then each run's metrics, confusion matrices, curves, examples and settings.
 */
public final class ReportPage {

    /** Published figures on Sub-URMP (SA-CMGAN's repository), shown for context only. */
    static final String PUBLISHED = "Published on Sub-URMP (SA-CMGAN's repository; different data, not comparable): "
            + "classifier accuracy on real data 0.94 (image) and 0.91 (sound); on generated data 0.84 (S2I) and 0.59 (I2S).";

    private static final String CSS = """
            :root{--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--accent:#2563eb}
            *{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
            main{max-width:1100px;margin:0 auto;padding:16px}
            h1{font-size:1.6em;margin:.2em 0}
            h2{font-size:1.3em;margin:1.6em 0 .4em;padding-top:.6em;border-top:2px solid var(--line)}
            h3{font-size:1.05em;margin:1.2em 0 .4em}
            .muted{color:var(--muted);font-size:.9em}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:.3em 0}
            th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
            th{background:#f3f4f6;font-weight:600}
            th:first-child,td:first-child{text-align:left}
            tbody tr:nth-child(even){background:#fafafa}
            td.text{text-align:left}
            #comparison-table td:first-child,#comparison-table th:first-child{position:sticky;left:0;background:#fff;z-index:1}
            #comparison-table th:first-child{background:#f3f4f6}
            #comparison-table{font-size:.92em}
            #comparison-table th,#comparison-table td{padding:4px 7px}
            #comparison-table td:nth-child(2),#comparison-table th:nth-child(2){text-align:left}
            .cards{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start}
            .card{border:1px solid var(--line);border-radius:6px;padding:6px 8px;max-width:100%}
            .card table{margin:0}
            .card th{background:none;border-bottom:2px solid var(--line)}
            .card .muted{font-size:.75em;max-width:300px;margin:.4em 0 0}
            .ci{color:var(--muted);font-size:.85em}
            .note{background:#fffbeb;border-left:4px solid #f59e0b;padding:6px 10px;margin:.5em 0}
            .published{background:#eff6ff;border-left:4px solid var(--accent);padding:6px 10px;margin:.5em 0}
            .charts{display:flex;flex-wrap:wrap;gap:12px}
            svg.curve{width:320px;max-width:100%;height:auto}
            svg.confusion{max-width:100%;height:auto}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-width:640px}
            .grid img{width:100%;image-rendering:pixelated;border-radius:3px;background:#000}
            .pair{display:grid;grid-template-columns:90px 1fr;gap:6px 12px;align-items:center;margin:.4em 0 1em}
            .label{font-weight:600}
            figure{margin:0}
            figure img{max-width:100%;image-rendering:pixelated}
            .sounds{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
            .sound{border:1px solid var(--line);border-radius:6px;padding:8px}
            .sound img{width:100%;height:120px;object-fit:fill;display:block}
            .sound audio{width:100%;margin-top:6px}
            details summary{cursor:pointer;color:var(--accent)}
            @media (max-width:600px){body{font-size:14px}main{padding:10px}th,td{padding:3px 6px}}
            """;

    private ReportPage() {}

    /** The page for {@code runs}, read from {@code sources} (shown in the provenance section). */
    public static String html(String title, List<ReportRun> runs, List<String> sources) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>").append(CSS).append("</style></head><body><main>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>");
        h.append("<p class=\"muted\">").append(runs.size()).append(runs.size() == 1 ? " run" : " runs")
                .append(" evaluated on the held-out split. Numbers are comparable only where their settings (judge, sample rate, clip length, counts) agree.</p>\n");
        comparison(h, runs);
        for (ReportRun run : runs) runSection(h, run);
        h.append("<h2 id=\"provenance\">Settings and data</h2><p>Made by <code>synesthesia report</code> from these run folders:</p><ul>");
        for (String s : sources) h.append("<li><code>").append(Html.escape(s)).append("</code></li>");
        h.append("</ul><p class=\"muted\">Each run's section lists the settings it was made with; <code>metrics.json</code> beside this page holds every number with its settings.</p>");
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private static void comparison(StringBuilder h, List<ReportRun> runs) {
        h.append("<h2 id=\"comparison\">Comparison</h2><div class=\"scroll\"><table id=\"comparison-table\"><thead><tr>")
                .append("<th>Run</th><th>Setup</th><th>Real acc.</th><th>Generated acc.<br><span class=\"ci\">top-1 [95% CI]</span></th>")
                .append("<th>Encoder acc.<br><span class=\"ci\">(gen. where it is right)</span></th><th>Top-3</th>")
                .append("<th>FD</th><th>KID</th><th>Pose MAE<br><span class=\"ci\">(baseline; real)</span></th><th>R@1</th><th>R@5</th><th>Diversity<br><span class=\"ci\">gen / real</span></th>")
                .append("</tr></thead><tbody>\n");
        for (ReportRun run : runs) {
            MetricResult acc = run.metric("instrument_accuracy");
            MetricResult cls = run.metric("classifier_test");
            MetricResult cond = run.metric("condition_accuracy");
            MetricResult fd = run.metric("frechet_distance");
            MetricResult kid = run.metric("kid");
            MetricResult pose = run.metric("pose_error");
            MetricResult ret = run.metric("retrieval");
            MetricResult div = run.metric("diversity");
            h.append("<tr><td><a href=\"#run-").append(Html.escape(anchor(run.name()))).append("\">").append(Html.escape(run.name())).append("</a></td>");
            h.append("<td class=\"text\">").append(Html.escape(setup(run))).append("</td>");
            double real = get(acc, "real_top1");
            if (Double.isNaN(real)) real = get(cls, "real_top1");
            cell(h, real);
            h.append("<td>").append(Html.number(get(acc, "generated_top1")));
            if (acc != null && acc.values().containsKey("generated_top1_ci_low")) {
                h.append(" <span class=\"ci\">[").append(Html.number(get(acc, "generated_top1_ci_low"))).append(", ")
                        .append(Html.number(get(acc, "generated_top1_ci_high"))).append("]</span>");
            }
            h.append("</td><td>").append(Html.number(get(cond, "encoder_top1")));
            if (cond != null && cond.values().containsKey("generated_top1_encoder_right")) {
                h.append(" <span class=\"ci\">(").append(Html.number(get(cond, "generated_top1_encoder_right"))).append(")</span>");
            }
            h.append("</td>");
            cell(h, get(acc, "generated_top3"));
            cell(h, get(fd, "fd"));
            h.append("<td>").append(Html.number(get(kid, "kid")));
            if (kid != null) h.append(" <span class=\"ci\">± ").append(Html.number(get(kid, "kid_std"))).append("</span>");
            h.append("</td><td>").append(Html.number(get(pose, "mae")));
            if (pose != null) {
                h.append(" <span class=\"ci\">(").append(Html.number(get(pose, "baseline_mae")));
                if (pose.values().containsKey("real_mae")) h.append("; ").append(Html.number(get(pose, "real_mae")));
                h.append(")</span>");
            }
            h.append("</td>");
            cell(h, get(ret, "recall_at_1"));
            cell(h, get(ret, "recall_at_5"));
            cell(h, get(div, "ratio"));
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div><p class=\"published\">").append(Html.escape(PUBLISHED)).append("</p>\n");
    }

    private static void runSection(StringBuilder h, ReportRun run) {
        h.append("<h2 id=\"run-").append(Html.escape(anchor(run.name()))).append("\">").append(Html.escape(run.name()))
                .append(" <span class=\"muted\">").append(Html.escape(run.kind() + ", " + setup(run))).append("</span></h2>\n");
        for (String note : run.notes()) h.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        if (!run.metrics().isEmpty()) {
            h.append("<h3>Metrics</h3><div class=\"cards\">");
            for (MetricResult m : run.metrics()) metricTable(h, m);
            h.append("</div>");
            perInstrument(h, run.metrics());
        }
        if (!run.confusions().isEmpty()) {
            h.append("<h3>Confusion matrices</h3><div class=\"charts\">");
            for (ReportRun.Confusion c : run.confusions()) {
                h.append("<figure><div class=\"scroll\">").append(ConfusionSvg.of(c)).append("</div><figcaption class=\"muted\">")
                        .append(Html.escape(c.title())).append(" (rows: true instrument)</figcaption></figure>");
            }
            h.append("</div>\n");
        }
        if (!run.curves().isEmpty()) {
            h.append("<h3>Training curves</h3><div class=\"charts\">");
            for (ReportRun.Curve c : run.curves()) h.append(CurveSvg.of(c));
            h.append("</div>\n");
        }
        if (!run.figures().isEmpty()) {
            h.append("<h3>Training samples</h3><div class=\"charts\">");
            for (ReportRun.Figure f : run.figures()) {
                h.append("<figure><img alt=\"").append(Html.escape(f.caption())).append("\" src=\"").append(Html.dataUri("image/png", f.png()))
                        .append("\"><figcaption class=\"muted\">").append(Html.escape(f.caption())).append("</figcaption></figure>");
            }
            h.append("</div>\n");
        }
        if (!run.images().isEmpty()) {
            h.append("<h3>Real and generated images</h3>");
            for (ReportRun.ImagePair p : run.images()) {
                h.append("<div class=\"pair\"><div class=\"label\">").append(Html.escape(Html.sentence(p.instrument().replace('_', ' ')))).append("</div><div>");
                imageRow(h, "real", p.real());
                imageRow(h, "generated", p.generated());
                h.append("</div></div>\n");
            }
        }
        if (!run.sounds().isEmpty()) {
            h.append("<h3>Real and generated sound</h3><div class=\"sounds\">");
            for (ReportRun.Sound s : run.sounds()) {
                String caption = Html.sentence(s.instrument().replace('_', ' ')) + ", " + (s.generated() ? "generated" : "real");
                h.append("<div class=\"sound\"><div class=\"label\">").append(Html.escape(caption)).append("</div>")
                        .append("<img alt=\"spectrogram of ").append(Html.escape(s.file())).append("\" src=\"").append(Html.dataUri("image/png", s.spectrogramPng())).append("\">")
                        .append("<audio controls preload=\"none\" src=\"").append(Html.dataUri("audio/wav", s.wav())).append("\"></audio>")
                        .append("<div class=\"muted\">").append(Html.escape(s.file())).append("</div></div>");
            }
            h.append("</div>\n");
        }
        if (!run.settings().isEmpty()) {
            h.append("<details><summary>Settings (").append(run.settings().size()).append(")</summary><div class=\"scroll\"><table class=\"settings\"><tbody>");
            for (Map.Entry<String, String> e : new TreeMap<>(run.settings()).entrySet()) {
                h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"text\">").append(Html.escape(e.getValue())).append("</td></tr>");
            }
            h.append("</tbody></table></div></details>\n");
        }
    }

    private static void imageRow(StringBuilder h, String kind, List<byte[]> pngs) {
        h.append("<div class=\"muted\">").append(kind).append("</div><div class=\"grid\">");
        for (byte[] png : pngs) h.append("<img alt=\"").append(kind).append("\" src=\"").append(Html.dataUri("image/png", png)).append("\">");
        if (pngs.isEmpty()) h.append("<span class=\"muted\">none</span>");
        h.append("</div>");
    }

    /** A metric's scalar values; per-instrument values go to their own table. */
    private static void metricTable(StringBuilder h, MetricResult m) {
        h.append("<div class=\"card scroll\"><table class=\"metric\" data-metric=\"").append(Html.escape(m.name())).append("\"><thead><tr><th>")
                .append(Html.escape(m.name().replace('_', ' '))).append("</th><th></th></tr></thead><tbody>");
        Map<String, Double> values = sorted(m.values());
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String key = e.getKey();
            if (instrumentOf(key) != null || key.endsWith("_ci_low") || key.endsWith("_ci_high")) continue;
            h.append("<tr><td>").append(Html.escape(key)).append("</td><td>").append(Html.number(e.getValue()));
            if (values.containsKey(key + "_ci_low")) {
                h.append(" <span class=\"ci\">[").append(Html.number(values.get(key + "_ci_low"))).append(", ")
                        .append(Html.number(values.get(key + "_ci_high"))).append("]</span>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table><p class=\"muted\">");
        List<String> parts = new ArrayList<>();
        m.settings().forEach((k, v) -> parts.add(k + "=" + v));
        parts.sort(null);
        h.append(Html.escape(String.join(" · ", parts))).append("</p></div>\n");
    }

    /** Top-1 per instrument, one column per series (e.g. real, generated), when any metric has them. */
    private static void perInstrument(StringBuilder h, List<MetricResult> metrics) {
        Map<String, Map<String, Double>> columns = new LinkedHashMap<>();
        for (MetricResult m : metrics) {
            for (Map.Entry<String, Double> e : m.values().entrySet()) {
                Instrument i = instrumentOf(e.getKey());
                if (i == null) continue;
                String series = e.getKey().substring(0, e.getKey().length() - i.code().length() - 1);
                columns.computeIfAbsent(series, k -> new LinkedHashMap<>()).put(i.code(), e.getValue());
            }
        }
        if (columns.isEmpty()) return;
        h.append("<h3>Top-1 accuracy per instrument</h3><div class=\"scroll\"><table class=\"per-instrument\"><thead><tr><th>instrument</th>");
        for (String c : columns.keySet()) h.append("<th>").append(Html.escape(c)).append("</th>");
        h.append("</tr></thead><tbody>");
        for (Instrument i : Instrument.values()) {
            boolean any = columns.values().stream().anyMatch(col -> col.containsKey(i.code()));
            if (!any) continue;
            h.append("<tr><td>").append(Html.escape(Html.sentence(i.subUrmpName().replace('_', ' ')))).append("</td>");
            for (Map<String, Double> col : columns.values()) h.append("<td>").append(Html.number(col.getOrDefault(i.code(), Double.NaN))).append("</td>");
            h.append("</tr>");
        }
        h.append("</tbody></table></div>\n");
    }

    /** The instrument a value key ends in ({@code ..._vn}), or null. */
    static Instrument instrumentOf(String key) {
        int us = key.lastIndexOf('_');
        if (us < 0 || !key.contains("top1_")) return null;
        return Instrument.ofCode(key.substring(us + 1)).orElse(null);
    }

    private static Map<String, Double> sorted(Map<String, Double> m) {
        return new TreeMap<>(m);
    }

    private static double get(MetricResult m, String key) {
        if (m == null) return Double.NaN;
        Double v = m.values().get(key);
        return v == null ? Double.NaN : v;
    }

    private static void cell(StringBuilder h, double v) {
        h.append("<td>").append(Html.number(v)).append("</td>");
    }

    /** What a run is, in the paper's terms: e.g. "S2I from lms" or "lms judge". */
    static String setup(ReportRun run) {
        Map<String, String> s = run.settings();
        if (s.containsKey("config.direction")) {
            return s.get("config.direction").toUpperCase(java.util.Locale.ROOT) + " from " + s.getOrDefault("config.encoder", "?").toLowerCase(java.util.Locale.ROOT);
        }
        if (s.containsKey("encoding")) return s.get("encoding").toLowerCase(java.util.Locale.ROOT) + " " + s.getOrDefault("role", "classifier");
        for (MetricResult m : run.metrics()) {
            if (m.settings().containsKey("direction")) return m.settings().get("direction") + ", judge " + m.settings().getOrDefault("extractor", "?");
        }
        return "unknown";
    }

    private static String anchor(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
