package org.synesthesia.cli;

import org.synesthesia.activities.DescentTrainer;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import picocli.CommandLine;

/** {@code synesthesia local} with the small real DescentTrainer as its GAN trainer, for process tests. */
public final class DescentLocalMain {
    public static void main(String[] args) {
        LocalCommand local = new LocalCommand(Trainers.core().withGan(new DescentTrainer()), new CoreDatasetSteps());
        System.exit(new CommandLine(local).execute(args));
    }
}
