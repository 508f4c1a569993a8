package org.synesthesia.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.synesthesia.activities.rating.RatingApp;
import org.synesthesia.activities.rating.RatingSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code synesthesia rate}: serves the rating web app of one human evaluation until stopped. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Serve the rating web app of a human evaluation: raters answer its study's questions in a browser.")
public final class RateCommand implements Callable<Integer> {

    @Option(names = "--evaluation", required = true,
            description = "The human evaluation's id, i.e. its HumanEvaluation workflow id (e.g. paper-s2i/human-panel).")
    String evaluation;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 only behind a proxy you trust).")
    String bind;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--temporal", defaultValue = "${env:SYNESTHESIA_TEMPORAL:-127.0.0.1:7233}",
            description = "Temporal frontend HOST:PORT that answers are signalled to (env SYNESTHESIA_TEMPORAL; default: ${DEFAULT-VALUE}).")
    String temporal;

    @Option(names = "--namespace", defaultValue = "${env:SYNESTHESIA_NAMESPACE:-default}",
            description = "Temporal namespace (env SYNESTHESIA_NAMESPACE; default: ${DEFAULT-VALUE}).")
    String namespace;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (TemporalConnection connection = TemporalConnection.to(temporal, namespace, "rating-app");
             RatingApp app = RatingApp.start(db.open(), evaluation, RatingSignal.temporal(connection.client()), bind, port)) {
            System.out.println("rating " + evaluation + " (" + app.study().questions().size() + " questions) at http://"
                    + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + app.port() + "/  (Ctrl-C stops)");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
