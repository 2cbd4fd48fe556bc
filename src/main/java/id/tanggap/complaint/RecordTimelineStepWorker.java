package id.tanggap.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/**
 * {@code recordTimelineStep} (element template record-timeline-step): a process owner's step noted on the case's
 * public timeline ({@code timelineText}, by {@code timelineActor}, "Sistem Tanggap" by default) without changing its
 * status; noted once however often the job is delivered. The public reads it: a role or an OPD as actor, never a
 * person's name. No text is the BPMN error TIMELINE_TEXT_MISSING.
 */
@Component
public class RecordTimelineStepWorker {

    public static final String TEXT_MISSING = "TIMELINE_TEXT_MISSING";
    private static final int MAX = 1000;

    private final CaseUpdates cases;

    RecordTimelineStepWorker(CaseUpdates cases) {
        this.cases = cases;
    }

    @JobWorker(type = "recordTimelineStep")
    public void recordTimelineStep(
            ActivatedJob job,
            @Variable long complaintId,
            @Variable(optional = true) String timelineText,
            @Variable(optional = true) String timelineActor) {
        if (timelineText == null || timelineText.isBlank()) {
            throw CamundaError.bpmnError(TEXT_MISSING, "the step names no timelineText");
        }
        String text = timelineText.trim().length() > MAX ? timelineText.trim().substring(0, MAX) : timelineText.trim();
        String actor = timelineActor == null || timelineActor.isBlank() ? "Sistem Tanggap" : timelineActor.trim();
        cases.update(complaintId, (c, now) -> {
            cases.note(c, JobStep.of(job), c.getStatus(), now, actor, text);
            return null;
        });
    }
}
