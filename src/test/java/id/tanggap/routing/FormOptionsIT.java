package id.tanggap.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OPD and forwarding lists of the task forms come from the database (form-js valuesKey), not from the forms:
 * an OPD inserted into the register is offered at the next task, and triage offers every forwarding target.
 */
class FormOptionsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Opds opds;

    @AfterEach
    void removeTheOpd() {
        jdbc.update("DELETE FROM opd WHERE code = 'BAPPEDA'");
    }

    @Test
    void anOpdInsertedInTheDatabaseIsOfferedByTheNextTaskWithoutAModelChange() throws Exception {
        var cases = new Cases(new Api(port), runtime, jdbc);
        var before = cases.submit("JALAN_RUSAK");
        long firstTriage = scopeOf(before, "Task_TriageComplaint");
        assertThat(values(options(before.instance(), firstTriage, "opdOptions")))
                .contains("DPUPR", "DLHK", "INSPEKTORAT", "DISKOMINFOTIK")
                .doesNotContain("BAPPEDA");

        jdbc.update(
                "INSERT INTO opd (code, name, short_name, candidate_group, email) VALUES (?, ?, ?, ?, ?)",
                "BAPPEDA",
                "Badan Perencanaan Pembangunan Daerah Provinsi NTB",
                "Bappeda",
                "opd-bappeda",
                "bappeda@ntbprov.example");

        var after = cases.submit("JALAN_RUSAK");
        long triage = scopeOf(after, "Task_TriageComplaint");
        JsonNode opdOptions = options(after.instance(), triage, "opdOptions");
        assertThat(values(opdOptions)).contains("BAPPEDA", "DPUPR");
        for (JsonNode o : opdOptions) {
            if (o.get("value").asText().equals("BAPPEDA")) {
                assertThat(o.get("label").asText()).isEqualTo("Bappeda");
            }
        }
        // every regency and city the demo province forwards to, and SP4N-LAPOR! last
        List<String> targets = values(options(after.instance(), triage, "forwardTargetOptions"));
        assertThat(targets).contains("KAB_SUMBAWA_BARAT", "KAB_DOMPU", "KAB_BIMA", "KOTA_MATARAM");
        assertThat(targets).last().isEqualTo("LAPOR");

        // the OPD's response form (supporting OPDs) reads the same register
        cases.triageValid(after, "JALAN_RUSAK");
        long respond = scopeOf(after, "Task_RespondToComplaint");
        assertThat(values(options(after.instance(), respond, "opdOptions"))).contains("BAPPEDA");
    }

    /** The variable as the task sees it: set on the task's element or on the process instance, latest value. */
    private JsonNode options(long instance, long elementInstanceKey, String name) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            JsonNode found = null;
                            for (Record<VariableRecordValue> r :
                                    ENGINE.records().variableRecords()) {
                                VariableRecordValue v = r.getValue();
                                if (v.getProcessInstanceKey() == instance
                                        && v.getName().equals(name)
                                        && (v.getScopeKey() == elementInstanceKey || v.getScopeKey() == instance)) {
                                    found = new ObjectMapper().readTree(v.getValue());
                                }
                            }
                            return found;
                        },
                        n -> n != null);
    }

    private static List<String> values(JsonNode options) {
        List<String> values = new ArrayList<>();
        options.forEach(o -> values.add(o.get("value").asText()));
        return values;
    }

    /** The element instance of the case's open user task (the scope of its local variables). */
    private long scopeOf(Cases.Case c, String elementId) {
        // generous: the machines of the test run are shared, and the path to a task runs several workers
        return Long.parseLong(await().atMost(Duration.ofSeconds(90))
                .until(() -> ENGINE.openUserTask(c.instance(), elementId), java.util.Optional::isPresent)
                .orElseThrow()
                .elementInstanceKeyName());
    }
}
