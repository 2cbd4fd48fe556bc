package id.tanggap.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.zeebe.process.test.engine.HandedOutJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case's jobs carry the variables their workers name and nothing else of the case ({@link FetchDeclaredVariables}):
 * what the engine hands out with a job it reads from its state, and the gateway and the worker turn it into JSON and
 * back, on every step of every case. Seen as the worker receives it: the jobs the test engine pushes on a job stream
 * or returns to a poll ({@link HandedOutJobs}).
 */
class WorkerVariablesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachJobOnTheWayToTheOfficialsEmailCarriesOnlyWhatItsWorkerNames() throws Exception {
        Cases cases = new Cases(new Api(port), runtime, jdbc);
        List<HandedOutJobs.Job> handedOut = new CopyOnWriteArrayList<>();
        Cases.Case c;
        try (var watch = HandedOutJobs.watch(handedOut::add)) {
            c = cases.submit("JALAN_RUSAK");
            cases.triageValid(c, "JALAN_RUSAK");
            cases.mails(c, "kabid.dpupr@ntbprov.example", "Aduan baru", 1);
            cases.task(c, "Task_RespondToComplaint");
        }
        Map<String, List<Set<String>>> jobs = byType(handedOut, c.instance());
        assertThat(jobs)
                .containsKeys(
                        "registerComplaint",
                        "loadTriageOptions",
                        "checkTaskAssignee",
                        "recordVerification",
                        "recordDisposition",
                        "notifyOfficial",
                        "loadOpdOptions");

        // the case's texts and the triage form's option lists go to no job that does not name them
        jobs.forEach((type, each) -> each.forEach(names -> assertThat(names)
                .as(type)
                .doesNotContain("complaintText", "historyText", "opdOptions", "forwardTargetOptions")));
        // a worker that needs nothing of the case gets nothing
        for (String type : List.of("loadTriageOptions", "checkTaskAssignee", "loadOpdOptions")) {
            assertThat(jobs.get(type))
                    .as(type)
                    .allSatisfy(names -> assertThat(names).isEmpty());
        }
        // the others get their parameters (a record's fields), those the case has
        assertThat(jobs.get("recordVerification"))
                .allSatisfy(names -> assertThat(names)
                        .containsExactlyInAnyOrder("complaintId", "category", "urgency", "complaintType"));
        assertThat(jobs.get("notifyOfficial"))
                .allSatisfy(names -> assertThat(names)
                        .contains("complaintId", "officialNip", "responseDueDate")
                        .isSubsetOf(
                                "complaintId",
                                "officialNip",
                                "responseDueDate",
                                "mailTemplate",
                                "mailSubject",
                                "mailMessage"));
        assertThat(jobs.get("recordDisposition"))
                .allSatisfy(names -> assertThat(names)
                        .contains("complaintId", "opdCode", "position", "from", "limits", "category", "urgency")
                        .isSubsetOf(
                                "complaintId",
                                "opdCode",
                                "position",
                                "officialNip",
                                "headNip",
                                "responseDueDate",
                                "resolutionDueDate",
                                "aboutOwnOfficial",
                                "assignedOpd",
                                "category",
                                "region",
                                "urgency",
                                "from",
                                "limits"));
    }

    /** The variable names of each job handed out for the instance, by job type. */
    private static Map<String, List<Set<String>>> byType(List<HandedOutJobs.Job> jobs, long instance) {
        Map<String, List<Set<String>>> byType = new TreeMap<>();
        for (HandedOutJobs.Job job : jobs) {
            if (job.processInstanceKey() == instance) {
                byType.computeIfAbsent(job.type(), t -> new ArrayList<>()).add(job.variableNames());
            }
        }
        return byType;
    }
}
