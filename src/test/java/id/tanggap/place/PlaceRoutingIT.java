package id.tanggap.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import io.camunda.zeebe.client.ZeebeClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The routing table's region column gets its value from the case's place: a complaint whose address names a regency
 * carries that regency into the process ({@code region}), and a region rule decides over the category rule. The
 * shipped table has no region rule yet, so a test copy gets one: the JALAN_RUSAK rule, for Kota Mataram only, to
 * Dinas Perhubungan.
 */
class PlaceRoutingIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A complaint through the public door and its process instance; waits longer than Cases does, since this may be
     * the first test of the run, while the engine is still taking the models.
     */
    private Cases.Case submit(String json) {
        var r = new Api(port).post("/api/complaints", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String ticket = r.json().get("ticket").asText();
        long instance = await().atMost(Duration.ofSeconds(120))
                .until(() -> ComplaintRows.processInstance(jdbc, ticket), k -> k != null);
        return new Cases.Case(ticket, instance);
    }

    private String regionOfProcess(Cases.Case c) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> (String) runtime.variables(c.instance()).get("region"), r -> r != null);
    }

    /** complaint-routing.dmn with a region rule in front of the JALAN_RUSAK category rule. */
    private String routingWithARegionRule() throws Exception {
        String dmn = Files.readString(NodeTool.repoDir().resolve("bpmn/complaint-routing.dmn"));
        List<String> inputs = Pattern.compile("<input id=\"([^\"]+)\"")
                .matcher(dmn)
                .results()
                .map(r -> r.group(1))
                .toList();
        int regionColumn = inputs.indexOf("Input_Region");
        assertThat(regionColumn).as("the routing table has a region column").isNotNegative();
        Matcher m = Pattern.compile("<rule id=\"Rule_Category_JALAN_RUSAK\">.*?</rule>", Pattern.DOTALL)
                .matcher(dmn);
        assertThat(m.find()).isTrue();
        String rule = m.group();
        Matcher entries = Pattern.compile("<inputEntry [^>]*><text>([^<]*)</text></inputEntry>")
                .matcher(rule);
        StringBuilder regional = new StringBuilder();
        int column = 0;
        while (entries.find()) {
            String entry = entries.group();
            if (column++ == regionColumn) {
                entry = entry.replace("<text>" + entries.group(1) + "</text>", "<text>\"KOTA_MATARAM\"</text>");
            }
            entries.appendReplacement(regional, Matcher.quoteReplacement(entry));
        }
        entries.appendTail(regional);
        String regionRule = regional.toString()
                .replace("_Category_JALAN_RUSAK", "_Region_Mataram")
                .replaceFirst("\"DPUPR\"", "\"DISHUB\"");
        return dmn.replace(rule, regionRule + "\n      " + rule)
                .replace("\"complaint-routing\"", "\"complaint-routing-region-test\"")
                .replace("Definitions_complaint_routing", "Definitions_complaint_routing_region_test");
    }

    private String routedOpd(ZeebeClient camunda, Map<String, Object> processVariables) throws Exception {
        Map<String, Object> input = new HashMap<>();
        input.put("aboutOwnOfficial", false);
        input.put("assignedOpd", null);
        input.put("category", processVariables.get("category"));
        input.put("region", processVariables.get("region"));
        String output = camunda.newEvaluateDecisionCommand()
                .decisionId("complaint-routing-region-test")
                .variables(input)
                .requestTimeout(Duration.ofSeconds(60))
                .send()
                .join()
                .getDecisionOutput();
        return new ObjectMapper().readTree(output).path("opdCode").asText();
    }

    @Test
    void theRegionOfTheAddressReachesTheRoutingTableAndARegionRuleDecides() throws Exception {
        // the address names Mataram (no boundary file in the test run: matched by name)
        var mataram = submit(Api.complaint("WEB", "tempat-" + UUID.randomUUID(), "JALAN_RUSAK", "Lalu Ahmad", false));
        assertThat(ComplaintRows.value(jdbc, mataram.ticket(), "region", String.class))
                .isEqualTo("KOTA_MATARAM");
        assertThat(regionOfProcess(mataram)).isEqualTo("KOTA_MATARAM");
        // Lombok Timur
        var timur = submit(Api.complaint("WEB", "tempat-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Ani", false)
                .replace("Jl. Adi Sucipto, Ampenan, Mataram", "Desa Suela, Kab. Lombok Timur"));
        assertThat(regionOfProcess(timur)).isEqualTo("KAB_LOMBOK_TIMUR");

        // the region rule decides for Mataram; Lombok Timur keeps the category rule
        try (ZeebeClient camunda = ENGINE.engine().createClient()) {
            camunda.newDeployResourceCommand()
                    .addResourceStringUtf8(routingWithARegionRule(), "complaint-routing-region-test.dmn")
                    .requestTimeout(Duration.ofSeconds(60))
                    .send()
                    .join();
            assertThat(routedOpd(camunda, runtime.variables(mataram.instance())))
                    .isEqualTo("DISHUB");
            assertThat(routedOpd(camunda, runtime.variables(timur.instance()))).isEqualTo("DPUPR");
        }
    }
}
