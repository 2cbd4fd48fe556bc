package id.tanggap.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Publishes a message that starts a process, at most once per message id: the engine rejects a
 * message id it still remembers, and that rejection counts as delivered. Used by the relays that
 * bring saved cases and campaigns to the engine, however often they retry.
 */
@Component
public class StartMessages {

    /** DELIVERED (now or before), NOT_DEPLOYED (the processes are not in the engine yet) or FAILED (with the error). */
    public record Outcome(Kind kind, String error) {

        public enum Kind { DELIVERED, NOT_DEPLOYED, FAILED }

        public boolean delivered() {
            return kind == Kind.DELIVERED;
        }
    }

    private final CamundaClient camunda;
    private final ProcessModels models;

    public StartMessages(CamundaClient camunda, ProcessModels models) {
        this.camunda = camunda;
        this.models = models;
    }

    public Outcome publishOnce(String name, String id, Duration timeToLive, Map<String, Object> variables) {
        if (!models.deployed()) {
            return new Outcome(Outcome.Kind.NOT_DEPLOYED, null); // a start message before the process exists would start nothing
        }
        try {
            camunda.newPublishMessageCommand().messageName(name).correlationKey(id).messageId(id).timeToLive(timeToLive)
                    .variables(variables).send().join(10, TimeUnit.SECONDS);
            return new Outcome(Outcome.Kind.DELIVERED, null);
        } catch (ClientStatusException e) {
            return e.getStatusCode() == Status.Code.ALREADY_EXISTS ? new Outcome(Outcome.Kind.DELIVERED, null) : failed(e);
        } catch (ProblemException e) {
            return e.code() == 409 ? new Outcome(Outcome.Kind.DELIVERED, null) : failed(e);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private static Outcome failed(RuntimeException e) {
        return new Outcome(Outcome.Kind.FAILED, e.getMessage());
    }
}
