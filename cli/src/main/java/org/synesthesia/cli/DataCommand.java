package org.synesthesia.cli;

import picocli.CommandLine.Command;

/** {@code synesthesia data ...}: the built-in performance generator and pair preparation. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Synthesize performances and prepare training pairs.",
        subcommands = {SynthCommand.class, PrepareCommand.class})
public final class DataCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
