package id.tanggap.tasks;

import id.tanggap.security.StaffGroups;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code checkTaskAssignee}: the user task listener on {@code assigning} and {@code completing} of every
 * user task (bpmn/*.bpmn). It refuses (denies the transition) when the person is not in one of the task's
 * candidate groups, so that an official of one OPD cannot take or finish another OPD's task through any
 * door: Tasklist, its API, or the orchestration cluster's REST API, where Tasklist's user task access
 * restrictions do not apply. The groups come from {@link StaffGroups} (Keycloak in production).
 *
 * <p>Completing is checked on the assignee: Camunda 8.8 does not tell a listener who completes, and
 * Tasklist completes only tasks assigned to the user, so an unassigned task is refused too
 * ({@code tanggap.tasks.completion-requires-assignee}; the tests and the dev run, which complete tasks as
 * the process runtime without a Tasklist user, turn that off). {@code tanggap.tasks.check-candidate-groups=false}
 * lets everything through: only for the local demo stack, whose Tasklist users are camunda-init's demo users,
 * not the application's. Answering the
 * same job twice gives the same answer, so a retried job is harmless.
 */
@Component
public class CheckTaskAssigneeWorker {

    private static final Logger log = LoggerFactory.getLogger(CheckTaskAssigneeWorker.class);

    private final StaffGroups staffGroups;
    private final boolean checkCandidateGroups;
    private final boolean completionRequiresAssignee;

    CheckTaskAssigneeWorker(
            StaffGroups staffGroups,
            @Value("${tanggap.tasks.check-candidate-groups:true}") boolean checkCandidateGroups,
            @Value("${tanggap.tasks.completion-requires-assignee:true}") boolean completionRequiresAssignee) {
        this.staffGroups = staffGroups;
        this.checkCandidateGroups = checkCandidateGroups;
        this.completionRequiresAssignee = completionRequiresAssignee;
    }

    @JobWorker(type = "checkTaskAssignee", autoComplete = false)
    public void checkTaskAssignee(JobClient client, ActivatedJob job) {
        TaskListenerJob task = TaskListenerJob.of(job);
        Optional<String> refusal = refusal(task);
        refusal.ifPresent(reason -> log.info(
                "refused to {} user task {} ({}): {}", task.action(), task.userTaskKey(), job.getElementId(), reason));
        client.newCompleteCommand(job)
                .withResult(r -> refusal.isPresent()
                        ? r.forUserTask().deny(true, refusal.get())
                        : r.forUserTask().deny(false))
                .send()
                .join();
    }

    /** Why the transition must not happen, or empty when the assignee may work on the task. */
    Optional<String> refusal(TaskListenerJob task) {
        if (!checkCandidateGroups
                || task.event() != TaskListenerJob.Event.ASSIGNING
                        && task.event() != TaskListenerJob.Event.COMPLETING) {
            return Optional.empty();
        }
        if (task.assignee() == null) {
            return task.event() == TaskListenerJob.Event.ASSIGNING || !completionRequiresAssignee
                    ? Optional.empty() // unassigning: nobody gains the task
                    : Optional.of("tugas belum ditugaskan kepada siapa pun");
        }
        if (task.candidateGroups().isEmpty()) {
            return Optional.of("tugas tanpa candidate group");
        }
        Optional<Set<String>> groups = staffGroups.of(task.assignee());
        if (groups.isEmpty()) {
            return Optional.of("pengguna tidak dikenal");
        }
        return task.candidateGroups().stream().anyMatch(groups.get()::contains)
                ? Optional.empty()
                : Optional.of("pengguna bukan anggota " + String.join(", ", task.candidateGroups()));
    }
}
