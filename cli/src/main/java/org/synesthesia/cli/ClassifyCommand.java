package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia classify}: the instrument in sound files or images. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Print the predicted instrument and its confidence for each sound file or image.")
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "A classifier run folder.")
    Path model;

    @Option(names = "--json", description = "Print one JSON object per line.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sound files (wav, flac, mp3, ...) for audio models, images for image models.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        Classifier classifier = Classifier.load(model);
        int exit = 0;
        for (Path f : files) {
            Classifier.Prediction p;
            try {
                p = classifier.classify(f);
            } catch (org.synesthesia.io.BadInputException e) {
                // one line per bad file; the good ones are still classified
                System.err.println("synesthesia: " + Main.describe(e));
                exit = 2;
                continue;
            }
            if (json) {
                System.out.println(Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(new Line(p.file(), p.instrument().code(), p.instrument().subUrmpName(), p.confidence(), p.chunks())));
            } else {
                System.out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", p.file(), p.instrument().subUrmpName(), p.confidence());
            }
        }
        return exit;
    }

    /** One JSON line. */
    record Line(String file, String instrument, String name, double confidence, int chunks) {}
}
