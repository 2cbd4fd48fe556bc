package id.tanggap.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.security.StaffGroups;
import id.tanggap.shared.Role;
import id.tanggap.tasks.TaskListenerJob.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule of {@code checkTaskAssignee}, including what the engine tests cannot reach with the test settings. */
class CheckTaskAssigneeWorkerTest {

    private final StaffGroups groups = user -> Optional.ofNullable(Map.of(
                    "pupr", StaffGroups.fromRoles(Set.of(Role.OPD), "DPUPR"),
                    "dlhk", StaffGroups.fromRoles(Set.of(Role.OPD), "DLHK"),
                    "kadis-kominfo", StaffGroups.fromRoles(Set.of(Role.OPD_HEAD), "DISKOMINFOTIK"))
            .get(user));

    private final CheckTaskAssigneeWorker strict = new CheckTaskAssigneeWorker(groups, true, true);

    private static TaskListenerJob task(Event event, String assignee, String... candidateGroups) {
        return new TaskListenerJob(
                1L, event, event == Event.COMPLETING ? "complete" : "assign", assignee, List.of(candidateGroups));
    }

    @Test
    void onlyMembersOfACandidateGroupMayTakeOrFinishTheTask() {
        assertThat(strict.refusal(task(Event.ASSIGNING, "pupr", "opd-dpupr"))).isEmpty();
        assertThat(strict.refusal(task(Event.ASSIGNING, "dlhk", "opd-dpupr")))
                .get()
                .asString()
                .contains("opd-dpupr");
        assertThat(strict.refusal(task(Event.COMPLETING, "dlhk", "opd-dpupr"))).isPresent();
        assertThat(strict.refusal(task(Event.COMPLETING, "pupr", "diskominfo", "opd-dpupr")))
                .isEmpty();
        assertThat(strict.refusal(task(Event.ASSIGNING, "stranger", "opd-dpupr")))
                .get()
                .asString()
                .contains("tidak dikenal");
        assertThat(strict.refusal(task(Event.ASSIGNING, "pupr"))).isPresent();
        assertThat(strict.refusal(task(Event.ASSIGNING, "kadis-kominfo", "kepala-diskominfotik")))
                .isEmpty();
    }

    @Test
    void unassigningIsAllowedCompletingAnUnassignedTaskIsNot() {
        assertThat(strict.refusal(task(Event.ASSIGNING, null, "opd-dpupr"))).isEmpty();
        assertThat(strict.refusal(task(Event.COMPLETING, null, "opd-dpupr")))
                .get()
                .asString()
                .contains("belum ditugaskan");
        assertThat(new CheckTaskAssigneeWorker(groups, true, false).refusal(task(Event.COMPLETING, null, "opd-dpupr")))
                .isEmpty();
    }

    @Test
    void theDemoStackCanTurnTheCheckOff() {
        var off = new CheckTaskAssigneeWorker(groups, false, true);
        assertThat(off.refusal(task(Event.ASSIGNING, "dlhk", "opd-dpupr"))).isEmpty();
    }

    @Test
    void theGroupsOfARoleAreTheRealmsGroups() {
        assertThat(StaffGroups.fromRoles(Set.of(Role.DISKOMINFO), null)).containsExactly("diskominfo");
        assertThat(StaffGroups.fromRoles(Set.of(Role.SUPERVISOR), null)).containsExactly("supervisors");
        assertThat(StaffGroups.fromRoles(Set.of(Role.OPD), "BPBD")).containsExactly("opd-bpbd");
        assertThat(StaffGroups.fromRoles(Set.of(Role.OPD), null)).isEmpty();
        assertThat(StaffGroups.fromRoles(Set.of(Role.ADMIN), null)).isEmpty();
    }
}
