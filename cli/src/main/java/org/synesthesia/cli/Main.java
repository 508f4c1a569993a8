package org.synesthesia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.synesthesia.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code synesthesia} command. */
@Command(name = "synesthesia", mixinStandardHelpOptions = true, version = "synesthesia 0.1.0",
        description = "Cross-modal audio-visual generation of musical performances: sound to image and image to sound.",
        subcommands = {DataCommand.class, TrainCommand.class, GenerateCommand.class, ClassifyCommand.class, EvaluateCommand.class, ChooseCommand.class,
                ReportCommand.class, LocalCommand.class, WorkerCommand.class, StartCommand.class, SweepCommand.class,
                RateCommand.class, StudyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; user errors become one line on stderr. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("synesthesia: " + describe(e));
        err.flush();
        if (System.getenv("SYNESTHESIA_DEBUG") != null) e.printStackTrace(err);
        return e instanceof BadInputException || e instanceof IOException || e instanceof UncheckedIOException ? 2 : 1;
    }

    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) msg = t.getClass().getSimpleName();
        if (t instanceof java.nio.file.NoSuchFileException) msg = msg.endsWith("not found") ? msg : msg + ": not found";
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
