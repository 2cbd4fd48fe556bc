package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * What pauses the whole relay and what delays only one entry. The benchmark showed that pausing everything when one
 * request timed out starved the starts of new cases while the engine was busy but working.
 */
class EngineRelayPushBackTest {

    @Test
    void anEngineThatPushesBackOrCannotBeReachedPausesTheRelay() {
        assertThat(EngineRelay.engineUnreachable(new ClientStatusException(Status.RESOURCE_EXHAUSTED, null)))
                .isTrue();
        assertThat(EngineRelay.engineUnreachable(new ClientStatusException(Status.UNAVAILABLE, null)))
                .isTrue();
        assertThat(EngineRelay.engineUnreachable(new ClientException("connection refused")))
                .isTrue();
    }

    @Test
    void aRequestThatWasNotAnsweredInTimeDelaysOnlyItsOwnEntry() {
        assertThat(EngineRelay.engineUnreachable(new ClientStatusException(Status.DEADLINE_EXCEEDED, null)))
                .isFalse();
        assertThat(EngineRelay.engineUnreachable(new ClientException("no answer", new TimeoutException())))
                .isFalse();
    }

    @Test
    void anEntryTheEngineRefusesDelaysOnlyItself() {
        assertThat(EngineRelay.engineUnreachable(new ClientStatusException(Status.NOT_FOUND, null)))
                .isFalse();
        assertThat(EngineRelay.engineUnreachable(new ClientStatusException(Status.INVALID_ARGUMENT, null)))
                .isFalse();
    }
}
