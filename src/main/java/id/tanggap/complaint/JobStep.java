package id.tanggap.complaint;

import io.camunda.client.api.response.ActivatedJob;

/**
 * The job a worker is handling, as far as the case needs it: its type and element instance make the key a
 * step is noted under once (a redelivered job finds it), the process instance links the case to its process.
 */
public record JobStep(String type, long elementInstanceKey, long processInstanceKey) {

    public static JobStep of(ActivatedJob job) {
        return new JobStep(job.getType(), job.getElementInstanceKey(), job.getProcessInstanceKey());
    }

    /** "type:elementInstanceKey": the timeline's and the outbox's idempotency key for this step. */
    public String key() {
        return type + ":" + elementInstanceKey;
    }
}
