package org.synesthesia.activities.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.workflows.trial.TrialRequest;

/** A trial's JSON settings laid over a core config's defaults; unknown settings are bad input, not ignored. */
final class TrialSettings {
    private TrialSettings() {}

    /** {@code defaults} with every setting of the trial except {@code skip} applied. */
    static <T> T over(T defaults, Class<T> type, TrialRequest trial, Set<String> skip) {
        ObjectNode node = (ObjectNode) Json.MAPPER.valueToTree(defaults);
        for (Map.Entry<String, Object> e : trial.config().entrySet()) {
            if (skip.contains(e.getKey())) continue;
            if (!node.has(e.getKey())) {
                throw new BadInputException("trial " + trial.trialId() + " has the unknown setting '" + e.getKey() + "': use one of "
                        + String.join(", ", (Iterable<String>) node::fieldNames));
            }
            Object v = e.getValue();
            // enums (encoding, direction, conditioning) are written in capitals in core's JSON
            node.set(e.getKey(), v instanceof String s && node.get(e.getKey()).isTextual()
                    ? node.textNode(s.toUpperCase(java.util.Locale.ROOT)) : Json.MAPPER.valueToTree(v));
        }
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInputException("trial " + trial.trialId() + " has settings that " + type.getSimpleName() + " refuses: "
                    + cause.getMessage().lines().findFirst().orElse("") + "; correct them");
        }
    }

    /** A required text setting. */
    static String text(TrialRequest trial, String name, String what) {
        Object v = trial.config().get(name);
        if (v == null || v.toString().isBlank()) throw new BadInputException("trial " + trial.trialId() + " needs \"" + name + "\": " + what);
        return v.toString();
    }

    /** The run folder of a release's weights: the file's folder, or the folder itself. */
    static Path runOf(String weights) {
        Path p = Path.of(weights);
        return Files.isRegularFile(p) ? p.getParent() : p;
    }
}
