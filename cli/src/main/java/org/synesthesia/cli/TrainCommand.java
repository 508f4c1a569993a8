package org.synesthesia.cli;

import picocli.CommandLine.Command;

/** {@code synesthesia train ...}: encoders, judges and generators. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train classifiers (encoders, judges, the pose regressor) and generators.",
        subcommands = {TrainClassifierCommand.class, TrainGanCommand.S2i.class, TrainGanCommand.I2s.class})
public final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
