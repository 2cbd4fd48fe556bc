package id.tanggap.tasks;

import id.tanggap.notification.Mailer;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code sendTaskLink}: the user task listener on {@code creating} of the tasks an OPD works on. Its job
 * carries the new task's key, so the official gets an e-mail with a deep link straight to the task in
 * Tasklist ({@code tanggap.tasklist.base-url} + "/" + key). The official is the one the case names
 * ({@code officialNip}), else the head of the task's OPD (candidate group {@code opd-<code>}); a task of
 * Diskominfo or the supervisors has no such official and sends nothing. Once per task (dedup key).
 */
@Component
public class SendTaskLinkWorker {

    private static final Logger log = LoggerFactory.getLogger(SendTaskLinkWorker.class);

    private final Officials officials;
    private final Mailer mailer;
    private final String tasklistBaseUrl;

    SendTaskLinkWorker(
            Officials officials,
            Mailer mailer,
            @Value("${tanggap.tasklist.base-url:http://localhost:8088/tasklist}") String tasklistBaseUrl) {
        this.officials = officials;
        this.mailer = mailer;
        this.tasklistBaseUrl = tasklistBaseUrl.replaceAll("/+$", "");
    }

    /** The Tasklist page of one task. */
    String linkTo(long userTaskKey) {
        return tasklistBaseUrl + "/" + userTaskKey;
    }

    @JobWorker(
            type = "sendTaskLink",
            fetchVariables = {"ticket", "complaintId", "officialNip"})
    public void sendTaskLink(
            ActivatedJob job,
            @Variable(optional = true) String ticket,
            @Variable(optional = true) Long complaintId,
            @Variable(optional = true) String officialNip) {
        TaskListenerJob task = TaskListenerJob.of(job);
        if (task.userTaskKey() == null) {
            throw new IllegalStateException("job " + job.getKey() + " carries no user task key");
        }
        Optional<Official> official = officials
                .find(officialNip)
                .or(() -> task.candidateGroups().stream()
                        .filter(g -> g.startsWith("opd-"))
                        .findFirst()
                        .flatMap(g -> officials.headOf(g.substring(4).toUpperCase(Locale.ROOT))));
        if (official.isEmpty() || official.get().getEmail() == null) {
            log.info("no official to e-mail the link of user task {} ({})", task.userTaskKey(), job.getElementId());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("official", official.get());
        model.put("ticket", ticket);
        model.put("taskLink", linkTo(task.userTaskKey()));
        mailer.sendOnce(
                "sendTaskLink:" + task.userTaskKey(),
                complaintId,
                official.get().getEmail(),
                "[Tanggap] Tautan tugas di Tasklist" + (ticket == null ? "" : " untuk " + ticket),
                "task-link",
                model);
    }
}
