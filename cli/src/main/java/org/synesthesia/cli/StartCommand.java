package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synesthesia start experiment.json}: launches an Experiment workflow on a cluster, by type
 * name with the file's JSON as its input, exactly as the Temporal UI's Start Workflow does.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Launch an experiment on a Temporal cluster (as the Temporal UI does) and print its workflow id.")
public final class StartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "The experiment's JSON input.")
    Path experiment;

    @Option(names = "--id", description = "Workflow (= experiment) id; default: the experiment's name.")
    String id;

    @Option(names = "--temporal", defaultValue = "${env:SYNESTHESIA_TEMPORAL:-127.0.0.1:7233}",
            description = "Temporal frontend HOST:PORT (env SYNESTHESIA_TEMPORAL; default: ${DEFAULT-VALUE}).")
    String temporal;

    @Option(names = "--namespace", defaultValue = "${env:SYNESTHESIA_NAMESPACE:-default}",
            description = "Temporal namespace (env SYNESTHESIA_NAMESPACE; default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--wait", description = "Wait for the experiment to end and print its result.")
    boolean await;

    @Override
    public Integer call() throws Exception {
        ExperimentInput input = ExperimentFiles.read(experiment); // checks the file before anything is started
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(Files.readString(experiment));
        } catch (java.io.IOException e) {
            throw new BadInputException(experiment + " is not valid JSON; fix it against docs/platform.md", e);
        }
        String workflowId = id != null ? id : input.name();
        try (TemporalConnection connection = TemporalConnection.to(temporal, namespace, null)) {
            WorkflowStub stub = connection.client().newUntypedWorkflowStub("Experiment",
                    WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(workflowId).build());
            stub.start(json);
            System.out.println(workflowId);
            if (!await) return 0;
            ExperimentResult result = stub.getResult(ExperimentResult.class);
            ExperimentReport.print(result, System.out);
            return result.succeeded() ? 0 : 1;
        }
    }
}
