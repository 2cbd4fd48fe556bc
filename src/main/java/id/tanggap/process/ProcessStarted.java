package id.tanggap.process;

/**
 * Published (inside the transaction that marks the entry delivered) when the engine created the
 * instance of a {@link EngineGateway#startLater} entry; {@code startId} is the id given there.
 */
public record ProcessStarted(String bpmnProcessId, String startId, long processInstanceKey) {}
