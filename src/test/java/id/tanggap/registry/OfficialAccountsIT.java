package id.tanggap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.devrun.DevMailText;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.testsupport.AccountRows;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.AuditRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import id.tanggap.testsupport.TestMail;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Points 1 and 2: submitting accounts, Diskominfo's verification process, the public directory and its snippet. */
class OfficialAccountsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfficialAccounts accounts;

    private static final ObjectMapper JSON = new ObjectMapper();

    private long processOf(long accountId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> AccountRows.processInstance(jdbc, accountId), k -> k != null);
    }

    @Test
    void aVerifiedAccountClosesAPointOneGapAndAppearsInTheDirectory() throws Exception {
        Api api = new Api(port);
        String head = "197001091996031002"; // Kepala Dinas LHK: Facebook and Instagram verified, X missing
        var gaps = api.get("/api/officials/point-1-gaps?opd=DLHK", "diskominfo", "tanggap")
                .json();
        assertThat(gaps.get("DLHK").findValuesAsText("nip")).contains(head);
        assertThat(gaps.get("DLHK").get(0).get("missing"))
                .extracting(JsonNode::asText)
                .containsExactly("X");

        var submitted = new Api(port)
                .postAs(
                        "dlhk",
                        "/api/officials/" + head + "/accounts",
                        "application/json",
                        "{\"platform\":\"X\",\"handle\":\"JuainiTaofik\",\"url\":\"https://x.com/JuainiTaofik\"}");
        assertThat(submitted.status()).isEqualTo(201);
        long accountId = submitted.json().get("accountId").asLong();
        assertThat(api.get("/api/directory/DLHK").body()).doesNotContain("JuainiTaofik");

        var task = runtime.awaitUserTask(processOf(accountId), "Task_VerifyAccount");
        assertThat(task.candidateGroups()).containsExactly("diskominfo");
        runtime.completeUserTask(
                task.key(),
                Map.of("verificationDecision", "VERIFIED", "checks", java.util.List.of("EXISTS", "OWNED", "PUBLIC")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "VERIFIED".equals(accounts.load(accountId).getStatus()));

        assertThat(api.get("/api/directory/DLHK").json().findValuesAsText("handle"))
                .contains("JuainiTaofik");
        var after = api.get("/api/officials/point-1-gaps?opd=DLHK", "diskominfo", "tanggap")
                .json();
        assertThat(after.path("DLHK").findValuesAsText("nip")).doesNotContain(head);
        assertThat(api.get("/api/official-accounts/" + accountId + "/history", "diskominfo", "tanggap")
                        .json()
                        .findValuesAsText("status"))
                .containsExactly("SUBMITTED", "VERIFIED");
        // the audit trail has the submission (who, from where) and the decision, once each
        var audited = AuditRows.of(jdbc, "ACCOUNT_CHANGED", "akun-pejabat:" + accountId);
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0).get("actor")).isEqualTo("dlhk");
        assertThat(String.valueOf(audited.get(0).get("client_ip"))).isNotEqualTo("-");
        assertThat(String.valueOf(audited.get(1).get("detail"))).contains("JuainiTaofik", "Terverifikasi");
    }

    @Test
    void aRejectedAccountIsNotPublishedAndTheOfficialLearnsWhy() throws Exception {
        String nip = "198002172005011005"; // Kepala Bidang Lalu Lintas Jalan, Dinas Perhubungan
        var submitted = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/officials/" + nip + "/accounts",
                        "application/json",
                        "{\"platform\":\"INSTAGRAM\",\"handle\":\"ketut.ardana\",\"url\":\"https://www.instagram.com/ketut.ardana\"}");
        long accountId = submitted.json().get("accountId").asLong();
        var task = runtime.awaitUserTask(processOf(accountId), "Task_VerifyAccount");
        runtime.completeUserTask(
                task.key(),
                Map.of(
                        "verificationDecision",
                        "REJECTED",
                        "rejectionReason",
                        "Akun dikunci (privat), bukan akun publik."));
        var mail = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> TestMail.to("kabid.dishub@ntbprov.example").stream()
                                .filter(m -> {
                                    try {
                                        return m.getSubject().contains("ketut.ardana");
                                    } catch (Exception e) {
                                        return false;
                                    }
                                })
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(mail)).contains("Akun dikunci (privat)", "Ketut Ardana Putra");
        assertThat(accounts.load(accountId).getStatus()).isEqualTo("REJECTED");
        assertThat(new Api(port).get("/api/directory/DISHUB").body()).doesNotContain("ketut.ardana");
        assertThat(AuditRows.of(jdbc, "ACCOUNT_CHANGED", "akun-pejabat:" + accountId))
                .filteredOn(r -> String.valueOf(r.get("detail")).contains("Ditolak: Akun dikunci"))
                .hasSize(1);
    }

    @Test
    void submissionsAreCheckedAndLimitedToTheOwnOpd() throws Exception {
        var bad = new Api(port)
                .postAs(
                        "diskominfo",
                        "/api/officials/198002172005011005/accounts",
                        "application/json",
                        "{\"platform\":\"MYSPACE\",\"handle\":\"x\",\"url\":\"http://a\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("platform", "handle", "url");
        var otherOpd = new Api(port)
                .postAs(
                        "pupr",
                        "/api/officials/198002172005011005/accounts",
                        "application/json",
                        "{\"platform\":\"X\",\"handle\":\"ardana\",\"url\":\"https://x.com/ardana\"}");
        assertThat(otherOpd.status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/officials/point-1-gaps").status()).isEqualTo(401);
    }

    @Test
    void theDirectoryPagesAndTheSnippetShowOnlyVerifiedAccountsInChromium() throws Exception {
        NodeTool.Result run = NodeTool.run(
                "e2e-directory.mjs",
                new Api(port).base(),
                "DPUPR",
                NodeTool.repoDir().resolve("target/screenshots").toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode r = JSON.readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(r.get("regionOpds"))
                .extracting(JsonNode::asText)
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");
        assertThat(r.get("regionOfficials"))
                .extracting(JsonNode::asText)
                .contains("Ir. Lalu Hamdan Wirasakti, M.T.", "Baiq Rahmawati Sasmita, S.T.");
        assertThat(r.get("opdTitle").asText())
                .isEqualTo("Akun resmi pejabat Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTB");
        assertThat(r.get("opdAccounts"))
                .extracting(JsonNode::asText)
                .anyMatch(a -> a.startsWith("X LaluHamdanPUPR https://x.com/LaluHamdanPUPR"));
        assertThat(r.get("embedded"))
                .extracting(JsonNode::asText)
                .anyMatch(l -> l.startsWith("Baiq Rahmawati Sasmita"));
        assertThat(r.get("embeddedBeforeAfter").asBoolean()).isTrue();
        assertThat(new Api(port).get("/direktori/TIDAK_ADA").status()).isEqualTo(404);
    }
}
