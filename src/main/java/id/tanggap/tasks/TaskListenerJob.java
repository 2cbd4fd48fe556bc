package id.tanggap.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.ListenerEventType;
import java.util.List;
import java.util.Map;

/**
 * What a user task listener's job says about its task: the key, the action (assign, claim, complete), the
 * assignee (on assigning: the one being assigned) and the candidate groups. Read from the job's user task
 * properties, or from the reserved {@code io.camunda.zeebe:*} headers the engine writes into every task
 * listener job (the in-memory test engine's gateway passes only those).
 */
record TaskListenerJob(Long userTaskKey, Event event, String action, String assignee, List<String> candidateGroups) {

    /** The listener's event; from the action where the job does not name it (in-memory engine). */
    enum Event {
        CREATING,
        ASSIGNING,
        COMPLETING,
        OTHER
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static TaskListenerJob of(ActivatedJob job) {
        UserTaskProperties task = job.getUserTask();
        if (task != null && task.getUserTaskKey() != null) {
            return new TaskListenerJob(
                    task.getUserTaskKey(),
                    event(job.getListenerEventType(), task.getAction()),
                    task.getAction(),
                    blankToNull(task.getAssignee()),
                    task.getCandidateGroups() == null ? List.of() : List.copyOf(task.getCandidateGroups()));
        }
        Map<String, String> headers = job.getCustomHeaders();
        String key = headers.get("io.camunda.zeebe:userTaskKey");
        String action = headers.get("io.camunda.zeebe:action");
        return new TaskListenerJob(
                key == null || key.isBlank() ? null : Long.valueOf(key),
                event(job.getListenerEventType(), action),
                action,
                blankToNull(headers.get("io.camunda.zeebe:assignee")),
                groups(headers.get("io.camunda.zeebe:candidateGroups")));
    }

    private static Event event(ListenerEventType type, String action) {
        if (type != null) {
            switch (type) {
                case CREATING -> {
                    return Event.CREATING;
                }
                case ASSIGNING -> {
                    return Event.ASSIGNING;
                }
                case COMPLETING -> {
                    return Event.COMPLETING;
                }
                default -> {
                    // not named: fall through to the action
                }
            }
        }
        if (action == null || action.isBlank()) {
            return Event.CREATING;
        }
        return switch (action) {
            case "assign", "claim", "unassign" -> Event.ASSIGNING;
            case "update" -> Event.OTHER;
            default -> Event.COMPLETING; // "complete" or a custom completion action
        };
    }

    private static List<String> groups(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(header, new TypeReference<List<String>>() {});
        } catch (Exception notJson) {
            return List.of(header.split(",")).stream()
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
