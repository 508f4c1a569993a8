package org.synesthesia.activities.rating;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.synesthesia.activities.records.Database;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.study.Question;
import org.synesthesia.study.Study;
import org.synesthesia.workflows.human.Rating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rating web app of one human evaluation: shows its study's questions one at a time to
 * anonymous raters, stores each answer in one transaction and signals it to the workflow. Only the
 * study's own media files are served, by name; nothing else on disk is reachable.
 */
public final class RatingApp implements AutoCloseable {

    /** Bodies above this are refused with 413: an answer is a few dozen bytes. */
    public static final long MAX_BODY_BYTES = 4096;
    private static final Pattern RATER = Pattern.compile("r-[a-z0-9]{12}");

    private final String evaluationId;
    private final Study study;
    private final Path media;
    private final Set<String> mediaNames;
    private final RatingStore store;
    private final RatingSignal signal;
    private final Javalin server;
    private static final Logger log = LoggerFactory.getLogger(RatingApp.class);

    private RatingApp(Database db, String evaluationId, RatingSignal signal) {
        this.evaluationId = evaluationId;
        String studyPath = RatingStore.studyPath(db, evaluationId);
        if (studyPath == null)
            throw new BadInputException("human evaluation " + evaluationId + " is not recorded or has no study yet; start its HumanEvaluation workflow first");
        Path folder = Path.of(studyPath).toAbsolutePath().normalize();
        this.study = Study.read(folder);
        this.media = folder.resolve(Study.MEDIA);
        this.mediaNames = Set.copyOf(study.questions().stream().flatMap(q -> q.media().stream()).toList());
        this.store = new RatingStore(db, evaluationId);
        this.signal = signal;
        this.server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
        });
        routes();
    }

    /** Serves the evaluation on {@code host:port} (port 0 picks a free one); {@code 127.0.0.1} unless asked otherwise. */
    public static RatingApp start(Database db, String evaluationId, RatingSignal signal, String host, int port) {
        RatingApp app = new RatingApp(db, evaluationId, signal);
        app.server.start(host, port);
        return app;
    }

    public int port() { return server.port(); }

    public Study study() { return study; }

    @Override
    public void close() { server.stop(); }

    private void routes() {
        server.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; media-src 'self'; img-src 'self'");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        server.get("/", ctx -> resource(ctx, "index.html", "text/html; charset=utf-8"));
        server.get("/rate.js", ctx -> resource(ctx, "rate.js", "text/javascript; charset=utf-8"));
        server.get("/rate.css", ctx -> resource(ctx, "rate.css", "text/css; charset=utf-8"));
        server.get("/media/{name}", this::media);
        server.post("/api/raters", this::newRater);
        server.get("/api/raters/{rater}/next", this::next);
        server.post("/api/answers", this::answer);
        server.exception(RatingRefusal.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
        server.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error",
                e.getStatus() == 413 ? "the request body is over " + MAX_BODY_BYTES + " bytes; an answer is a small JSON object" : e.getMessage())));
        server.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) ctx.json(Map.of("error", "no such page: " + ctx.path()));
        });
    }

    private void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = RatingApp.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the rating app's " + name + " is missing from the jar");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private void media(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        // Only names the study lists, looked up in the media folder itself: no path from a request reaches elsewhere.
        Path file = media.resolve(name).normalize();
        if (!mediaNames.contains(name) || !file.getParent().equals(media) || !Files.isRegularFile(file))
            throw new RatingRefusal(404, "no media file " + name + " in this study");
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.contentType(name.endsWith(".png") ? "image/png" : "audio/wav").result(Files.readAllBytes(file));
    }

    private void newRater(Context ctx) {
        if (!store.isOpen()) throw new RatingRefusal(409, "this evaluation is closed; thank you, no more answers are needed");
        ctx.status(201).json(Map.of("rater", store.newRater()));
    }

    private String knownRater(String rater) {
        if (rater == null || !RATER.matcher(rater).matches() || !store.isRater(rater))
            throw new RatingRefusal(404, "unknown rater " + abbreviate(rater) + "; reload the page to get a new rater id");
        return rater;
    }

    private void next(Context ctx) {
        String rater = knownRater(ctx.pathParam("rater"));
        Set<String> answered = store.answered(rater);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answered", answered.size());
        out.put("total", study.questions().size());
        Question next = study.questions().stream().filter(q -> !answered.contains(q.id())).findFirst().orElse(null);
        out.put("done", next == null);
        if (next != null) out.put("question", view(next));
        ctx.json(out);
    }

    /** What the page needs of a question: never its truth, condition or judge. */
    private static Map<String, Object> view(Question q) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", q.id());
        v.put("kind", q.kind().name());
        v.put("prompt", q.kind().prompt());
        v.put("media", q.media().stream().map(m -> "media/" + m).toList());
        List<Map<String, String>> choices = new ArrayList<>();
        for (String code : q.choices()) choices.add(Map.of("code", code, "label", label(code)));
        v.put("choices", choices);
        return v;
    }

    private static String label(String code) {
        String name = Instrument.ofCode(code).map(Enum::name).orElse(code).toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void answer(Context ctx) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (IOException | RuntimeException e) {
            if (e instanceof HttpResponseException h) throw h;
            throw new RatingRefusal(400, "the body is not JSON; send {\"rater\", \"question\", \"answer\"}");
        }
        if (body == null || !body.isObject()) throw new RatingRefusal(400, "the body must be a JSON object with rater, question and answer");
        String rater = knownRater(text(body, "rater"));
        String id = text(body, "question");
        Question q = study.question(id == null ? "" : id)
                .orElseThrow(() -> new RatingRefusal(404, "unknown question " + abbreviate(id) + " in this study"));
        String answer = text(body, "answer");
        if (!q.accepts(answer)) throw new RatingRefusal(400, "answer " + abbreviate(answer) + " is not one of " + q.choices() + " for " + q.id());
        Integer realism = null;
        if (body.hasNonNull("realism")) {
            if (!body.get("realism").canConvertToInt() || body.get("realism").asInt() < 1 || body.get("realism").asInt() > 5)
                throw new RatingRefusal(400, "realism must be a whole number from 1 to 5");
            realism = body.get("realism").asInt();
        }
        if (!store.isOpen()) throw new RatingRefusal(409, "this evaluation is closed; thank you, no more answers are needed");
        Rating rating = new Rating(q.id(), rater, answer, realism, q.condition(), q.truth(), q.judge());
        boolean fresh = store.record(rating);
        // Signalled again on a replay too: the workflow records idempotently, and a signal lost after the commit is then recovered.
        try {
            signal.send(evaluationId, rating);
        } catch (RuntimeException e) {
            // The answer is stored; the workflow counts from the database, so a missed signal delays, never loses, it.
            log.warn("answer {} of {} is stored but its signal to {} failed: {}", q.id(), rater, evaluationId, e.toString());
        }
        if (!fresh) throw new RatingRefusal(409, "question " + q.id() + " was already answered by this rater; the first answer counts");
        ctx.status(201).json(Map.of("answered", store.answered(rater).size(), "total", study.questions().size()));
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static String abbreviate(String s) {
        if (s == null) return "(none)";
        String clean = s.replaceAll("[^\\w.-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
