package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.officials.Official;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import id.tanggap.officials.Officials;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.Cases;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff pages of monitoring ({@code /pemantauan}, as Diskominfo and as the head of Dinas PUPR), the hoax register
 * ({@code /hoaks}, also with a refused entry), evidence upload ({@code /bukti/<ticket>}), connecting official accounts
 * ({@code /pejabat/<nip>/akun}, {@code /akun-resmi/<id>} with the connect button and with the WhatsApp form), the
 * master data screens ({@code /data-induk/...}) and the complainant call-back task form, in headless Chromium at 360, 390 and 1280 px, each as the role that uses it
 * (tools/e2e-staff-layout.mjs): no page wider than the screen, no control covered, no serious or critical axe-core
 * violation at 360 and 1280 px. Screenshots go to target/screenshots/ ({@code script/screenshots} regenerates them).
 */
class StaffPagesLayoutIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Officials officials;

    @Autowired
    OfficialAccounts accounts;

    @Test
    void everyNewStaffPageFitsPhoneAndDesktopScreensWithNothingOverAControl() throws Exception {
        Api api = new Api(port);
        Cases cases = new Cases(api, runtime, jdbc);
        var c = cases.submitJson(
                Api.complaint("WEB", "tata-letak-" + UUID.randomUUID(), "JALAN_RUSAK", "Baiq Rahmi", false));
        cases.triageValid(c, "JALAN_RUSAK");

        String nip = "198002" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
        officials.register(new Official(
                nip,
                "Lalu Muhammad Tata Letak Pemeriksaan Halaman, S.T., M.Eng.",
                "Kepala Bidang Bina Marga dan Pemeliharaan Jalan Provinsi",
                "III",
                "DPUPR",
                "tata.letak." + nip + "@ntbprov.example",
                null));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OfficialAccount facebook = account("FACEBOOK", nip, "dinas.pupr.ntb.bidang.bina.marga." + suffix);
        OfficialAccount whatsApp = account("WHATSAPP", nip, "+62 812-3456-" + suffix.substring(0, 4));
        try {
            NodeTool.Result run = NodeTool.run(
                    "e2e-staff-layout.mjs",
                    api.base(),
                    c.ticket(),
                    nip,
                    facebook.getId().toString(),
                    whatsApp.getId().toString(),
                    NodeTool.repoDir().resolve("target/screenshots").toString());
            assertThat(run.exitCode()).as(run.output()).isZero();
            JsonNode report = new ObjectMapper()
                    .readTree(run.output().lines().reduce((a, b) -> b).orElseThrow());

            // the shared checks, on a page spoilt on purpose (a 600 px block, a layer over everything), report both
            assertThat(report.get("canary"))
                    .extracting(JsonNode::asText)
                    .anyMatch(p -> p.startsWith("canary: page is") && p.contains("wide on a 360px screen"))
                    .anyMatch(p -> p.equals("canary: button#simpan covered by div#penutup"));
            assertThat(report.get("problems"))
                    .as(report.get("problems").toString())
                    .isEmpty();
            assertThat(report.get("a11y"))
                    .as("axe-core, serious or critical: " + report.get("a11y"))
                    .isEmpty();
            // 15 pages and the call-back form at 3 widths, each with its controls checked and a screenshot kept
            assertThat(report.get("checked")).hasSize(48);
            Set<String> withForms = Set.of(
                    "hoaks",
                    "hoaks-kesalahan",
                    "bukti",
                    "akun-resmi-whatsapp",
                    "telepon-balik",
                    "data-induk-opd",
                    "data-induk-jabatan",
                    "data-induk-kategori",
                    "data-induk-kontak-eskalasi",
                    "data-induk-tujuan-penerusan",
                    "data-induk-hari-libur");
            for (JsonNode checked : report.get("checked")) {
                assertThat(Files.size(Path.of(checked.get("screenshot").asText())))
                        .as(checked.toString())
                        .isPositive();
                if (withForms.contains(checked.get("page").asText())) {
                    assertThat(checked.get("controls").asInt())
                            .as("the controls were found and checked: " + checked)
                            .isGreaterThan(1);
                }
            }
            List<String> pages = StreamSupport.stream(report.get("checked").spliterator(), false)
                    .map(n -> n.get("page").asText())
                    .distinct()
                    .toList();
            assertThat(pages)
                    .containsExactlyInAnyOrder(
                            "pemantauan",
                            "pemantauan-kepala-opd",
                            "hoaks",
                            "hoaks-kesalahan",
                            "bukti",
                            "pejabat-akun",
                            "akun-resmi",
                            "akun-resmi-whatsapp",
                            "telepon-balik",
                            "data-induk",
                            "data-induk-opd",
                            "data-induk-jabatan",
                            "data-induk-kategori",
                            "data-induk-kontak-eskalasi",
                            "data-induk-tujuan-penerusan",
                            "data-induk-hari-libur");
        } finally {
            // verified accounts count in other tests' monitoring figures: take them out again
            jdbc.update(
                    "UPDATE official_account SET status = 'REJECTED' WHERE id IN (?, ?)",
                    facebook.getId(),
                    whatsApp.getId());
        }
    }

    private OfficialAccount account(String platform, String nip, String handle) {
        String id = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        OfficialAccount a = new OfficialAccount(
                platform,
                id,
                handle,
                "https://example.test/" + handle.replaceAll("[^a-z0-9.]", ""),
                "DPUPR",
                nip,
                "SUBMITTED",
                null,
                Instant.now());
        a.verified(Instant.now());
        return accounts.save(a);
    }
}
