package id.tanggap.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.devrun.DevMailText;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.AuditRows;
import id.tanggap.testsupport.ComplaintRows;
import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.ProcessRuntime;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data subject's rights end to end (UU 27/2022): a complainant proves control of the e-mail address
 * they gave with a one-time code (single use, a few attempts, expiring), sees the personal data of their
 * cases (and no one else's, and no anonymous report), asks for erasure; Diskominfo's task carries the
 * legal deadline, the team is reminded when it passes, and the granted request erases exactly the chosen
 * case, is audited and answered by e-mail. Bad input gets an Indonesian page that keeps what was typed; a
 * telephone contact is refused politely; a form without its CSRF token is refused.
 */
class DataSubjectRequestIT extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("Kode verifikasi Anda: (\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    record Page(int status, String location, String body) {}

    /** A browser: keeps its cookies, does not follow redirects, sends the CSRF token of the last page it read. */
    class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String csrf;

        Page get(String path) {
            Page p = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .build());
            Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(p.body());
            if (input.find()) {
                Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
                if (value.find()) {
                    csrf = value.group(1);
                }
            }
            return p;
        }

        Page post(String path, String form) {
            return postRaw(path, form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }

        Page postRaw(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
        }

        private Page send(HttpRequest request) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Page(
                        r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String submit(String name, String contact, boolean anonymous) {
        var r = new Api(port)
                .post(
                        "/api/complaints",
                        Api.complaint("WEB", null, "JALAN_RUSAK", name, contact, anonymous, -8.7, 116.3, null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("ticket").asText();
    }

    private String codeSentTo(String email, int nth) {
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TestMail.to(email).stream()
                                .filter(m -> TestMail.subjectOf(m).contains("Kode verifikasi"))
                                .toList(),
                        l -> l.size() >= nth);
        try {
            Matcher m = CODE.matcher(DevMailText.plainText(mails.get(nth - 1)));
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a code for the address and returns the token of the code page. */
    private String askCode(Browser b, String email) {
        b.get("/privasi/permintaan");
        Page sent = b.post("/privasi/permintaan", "contact=" + enc(email));
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.location()).contains("/privasi/permintaan/kode?t=");
        return sent.location().substring(sent.location().indexOf("t=") + 2);
    }

    private Page typeCode(Browser b, String token, String code) {
        b.get("/privasi/permintaan/kode?t=" + token);
        return b.post("/privasi/permintaan/kode", "t=" + token + "&code=" + enc(code));
    }

    private int audits(String action, String subjectLike) {
        return AuditRows.count(jdbc, action, subjectLike);
    }

    @Test
    void aVerifiedComplainantSeesTheirDataAndAGrantedErasureIsCarriedOutAuditedAndAnswered() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "warga-" + tag + "@contoh.id";
        String first = submit("Baiq Pemohon " + tag, email, false);
        String second = submit("Baiq Pemohon " + tag, email.toUpperCase(), false);
        String stranger = submit("Lalu Lain " + tag, "lain-" + tag + "@contoh.id", false);
        String anonymous = submit(null, "", true);

        Browser b = new Browser();
        // without its CSRF token the form is refused
        b.get("/privasi/permintaan");
        assertThat(b.postRaw("/privasi/permintaan", "contact=" + enc(email)).status())
                .isEqualTo(403);
        // a telephone number cannot be verified without an SMS gateway: a polite refusal that keeps the input
        Page phone = b.post("/privasi/permintaan", "contact=" + enc("0812-3456-7890"));
        assertThat(phone.status()).isEqualTo(422);
        assertThat(phone.body()).contains("layanan SMS", "PPID", "value=\"0812-3456-7890\"");
        Page bad = b.post("/privasi/permintaan", "contact=" + enc("bukan alamat"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("tidak valid", "value=\"bukan alamat\"");

        String token = askCode(b, email);
        String code = codeSentTo(email, 1);
        Page wrong = typeCode(b, token, code.equals("000000") ? "111111" : "000000");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Kode salah", "Sisa percobaan: 4");
        assertThat(b.get("/privasi/data-saya").location())
                .as("no data without the right code")
                .endsWith("/privasi/permintaan");
        Page right = typeCode(b, token, code);
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.location()).endsWith("/privasi/data-saya");
        Page reused = typeCode(new Browser(), token, code);
        assertThat(reused.status()).as("a code is used once").isEqualTo(422);
        assertThat(reused.body()).contains("tidak berlaku");

        int accesses = audits("SUBJECT_ACCESS", "%" + first + "%");
        Page data = b.get("/privasi/data-saya");
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.body())
                .contains(first, second, "Baiq Pemohon " + tag, email, "Jl. Adi Sucipto")
                .doesNotContain(stranger, anonymous, "Lalu Lain");
        assertThat(audits("SUBJECT_ACCESS", "%" + first + "%")).isEqualTo(accesses + 1);
        // the channel and the status as the tracking page names them, not their codes
        assertThat(data.body())
                .contains("<td class=\"channel\">Formulir web</td>")
                .doesNotContain(">WEB<");
        Matcher status = Pattern.compile("<td class=\"status\">([^<]*)</td>").matcher(data.body());
        assertThat(status.find()).isTrue();
        assertThat(status.group(1))
                .isIn(java.util.Arrays.stream(ComplaintStatus.values())
                        .map(ComplaintStatus::label)
                        .toList());
        assertThat(data.body()).doesNotContainPattern(">(DITERIMA|DIVERIFIKASI|MENUNGGU_INFO|DITUNDA)<");

        // bad input: the page again, with the choices kept
        Page missingName =
                b.post("/privasi/data-saya", "kind=KOREKSI&tickets=" + first + "&note=" + enc("catatan saya"));
        assertThat(missingName.status()).isEqualTo(422);
        assertThat(missingName.body()).contains("nama yang benar", "catatan saya");
        Page notOwn = b.post("/privasi/data-saya", "kind=HAPUS&tickets=" + stranger);
        assertThat(notOwn.status()).isEqualTo(422);
        assertThat(notOwn.body()).contains("Hanya aduan dengan kontak Anda");

        Page asked = b.post("/privasi/data-saya", "kind=HAPUS&tickets=" + first + "&note=" + enc("hapus data saya"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        Matcher ref = Pattern.compile("id=\"reference\">(PDP-[0-9A-Z-]+)<").matcher(asked.body());
        assertThat(ref.find()).as(asked.body()).isTrue();
        String reference = ref.group(1);
        assertThat(asked.body()).contains("3 x 24 jam");
        assertThat(audits("SUBJECT_REQUEST_RECEIVED", reference)).isEqualTo(1);

        long instance = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ENGINE.processInstances("data-subject-request").stream()
                                .filter(k -> reference.equals(
                                        ENGINE.processVariables(k).get("requestRef")))
                                .findFirst()
                                .orElse(-1L),
                        k -> k > 0);
        assertThat(ENGINE.processVariables(instance).toString())
                .as("no name or contact in the process")
                .doesNotContain(email, "Pemohon");
        ProcessRuntime.UserTaskView task = runtime.awaitUserTask(instance, "Task_HandleRequest");
        assertThat(task.candidateGroups()).containsExactly("diskominfo");
        assertThat(task.dueDate()).isNotBlank();
        Instant due = jdbc.queryForObject(
                        "SELECT due_at FROM data_subject_request WHERE reference = ?", Timestamp.class, reference)
                .toInstant();
        Instant received = jdbc.queryForObject(
                        "SELECT received_at FROM data_subject_request WHERE reference = ?", Timestamp.class, reference)
                .toInstant();
        assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(72));

        // Diskominfo's details of the request: for Diskominfo, not for an OPD
        Api api = new Api(port);
        var details = api.get("/api/privacy-requests/" + reference, "diskominfo", "tanggap");
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.json().get("note").asText()).isEqualTo("hapus data saya");
        assertThat(api.get("/api/privacy-requests/" + reference, "pupr", "tanggap")
                        .status())
                .isEqualTo(403);

        // the deadline passes: the team is reminded once and the delay is audited
        runtime.increaseTime(Duration.ofHours(73));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestMail.to("ppid@tanggap.example").stream()
                        .anyMatch(m -> TestMail.subjectOf(m).contains(reference)));
        await().atMost(Duration.ofSeconds(10)).until(() -> audits("SUBJECT_REQUEST_OVERDUE", reference) == 1);

        runtime.completeUserTask(task.key(), Map.of("requestDecision", "GRANT"));
        runtime.awaitCompletedThrough(
                instance,
                "StartEvent_RequestReceived",
                "Task_HandleRequest",
                "Task_CarryOutRequest",
                "EndEvent_RequestAnswered");

        Map<String, Object> erased = ComplaintRows.row(jdbc, first);
        assertThat(erased.get("reporter_name")).isNull();
        assertThat(erased.get("reporter_contact")).isNull();
        assertThat(erased.get("address")).isNull();
        assertThat(erased.get("personal_data_erased_at")).isNotNull();
        Map<String, Object> kept = ComplaintRows.row(jdbc, second);
        assertThat(cipher.decrypt((String) kept.get("reporter_name"))).isEqualTo("Baiq Pemohon " + tag);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM data_subject_request WHERE reference = ?", String.class, reference))
                .isEqualTo("DIKABULKAN");
        List<Map<String, Object>> decided = AuditRows.of(jdbc, "SUBJECT_REQUEST_DECIDED", reference);
        assertThat(decided).hasSize(1);
        assertThat(decided.get(0).toString()).contains("HAPUS dikabulkan").doesNotContain(email, "Pemohon");
        assertThat(audits("PERSONAL_DATA_ERASED", reference)).isEqualTo(1);
        MimeMessage answer = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TestMail.to(email).stream()
                                .filter(m -> TestMail.subjectOf(m).contains(reference))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        try {
            assertThat(DevMailText.plainText(answer)).contains("DIKABULKAN", first);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        // the audit rows of the request cannot be altered
        long rowId = ((Number) decided.get(0).get("id")).longValue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("UPDATE audit_log SET detail = 'ditolak' WHERE id = ?", rowId))
                .isInstanceOf(DataAccessException.class);

        // the erased case is no longer shown to the subject; the other one still is
        Browser again = new Browser();
        String token2 = askCode(again, email);
        assertThat(typeCode(again, token2, codeSentTo(email, 2)).status()).isEqualTo(302);
        assertThat(again.get("/privasi/data-saya").body()).contains(second).doesNotContain(first);
    }

    @Test
    void aCodeIsVoidAfterFiveWrongTriesOrWhenExpiredAndAnUnknownAddressGetsTheSameAnswerButNoMail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "coba-" + tag + "@contoh.id";
        submit("Lalu Coba " + tag, email, false);

        Browser b = new Browser();
        String token = askCode(b, email);
        String code = codeSentTo(email, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(typeCode(b, token, wrong).body()).contains("Kode salah");
        }
        Page fifth = typeCode(b, token, wrong);
        assertThat(fifth.body()).contains("tidak berlaku");
        Page late = typeCode(b, token, code);
        assertThat(late.status()).as("the right code after five wrong ones").isEqualTo(422);
        assertThat(late.body()).contains("tidak berlaku");

        String token2 = askCode(b, email);
        String code2 = codeSentTo(email, 2);
        jdbc.update(
                "UPDATE subject_code SET expires_at = ? WHERE token = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                token2);
        Page expired = typeCode(b, token2, code2);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.body()).contains("tidak berlaku");

        // an address that reported nothing: the same next page, but no e-mail leaves
        String nobody = "tidak-ada-" + tag + "@contoh.id";
        String token3 = askCode(b, nobody);
        assertThat(token3).hasSize(48);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMail.to(nobody).isEmpty());
        // the codes are stored only as hashes
        assertThat(jdbc.queryForObject("SELECT code_hash FROM subject_code WHERE token = ?", String.class, token))
                .doesNotContain(code)
                .hasSize(64);
    }

    @Test
    void anAddressGetsThreeCodesAnHourAndTheFourthRequestIsRefusedWithoutAnEmail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "ulang-" + tag + "@contoh.id";
        submit("Lalu Ulang " + tag, email, false);

        Browser b = new Browser();
        for (int i = 1; i <= 3; i++) {
            askCode(b, email);
            codeSentTo(email, i);
        }
        b.get("/privasi/permintaan");
        // the same address in other letters is the same address
        Page fourth = b.post("/privasi/permintaan", "contact=" + enc(email.toUpperCase()));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.location()).isEmpty();
        assertThat(fourth.body())
                .contains("sudah diminta 3 kali dalam satu jam terakhir", "value=\"" + email.toUpperCase() + "\"");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMail.to(email).stream()
                                .filter(m -> TestMail.subjectOf(m).contains("Kode verifikasi"))
                                .count()
                        == 3);

        // an address that reported nothing is counted and refused alike: the refusal tells nobody who reported
        String nobody = "tidak-ada-" + tag + "@contoh.id";
        for (int i = 1; i <= 3; i++) {
            askCode(b, nobody);
        }
        b.get("/privasi/permintaan");
        Page nobodysFourth = b.post("/privasi/permintaan", "contact=" + enc(nobody));
        assertThat(nobodysFourth.status()).isEqualTo(429);
        assertThat(nobodysFourth.body()).contains("sudah diminta 3 kali dalam satu jam terakhir");

        // another address is not held up by them
        String other = "lain-" + tag + "@contoh.id";
        submit("Baiq Lain " + tag, other, false);
        askCode(b, other);
        assertThat(codeSentTo(other, 1)).hasSize(6);
    }

    private long instanceOf(String reference) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ENGINE.processInstances("data-subject-request").stream()
                                .filter(k -> reference.equals(
                                        ENGINE.processVariables(k).get("requestRef")))
                                .findFirst()
                                .orElse(-1L),
                        k -> k > 0);
    }

    private String reference(Page submitted) {
        Matcher ref = Pattern.compile("id=\"reference\">(PDP-[0-9A-Z-]+)<").matcher(submitted.body());
        assertThat(ref.find()).as(submitted.body()).isTrue();
        return ref.group(1);
    }

    @Test
    void aGrantedCorrectionRenamesTheReporterAndARefusedWithdrawalChangesNothingAndSaysWhy() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "koreksi-" + tag + "@contoh.id";
        String ticket = submit("Baiq Salah Ketik " + tag, email, false);

        Browser b = new Browser();
        String token = askCode(b, email);
        assertThat(typeCode(b, token, codeSentTo(email, 1)).status()).isEqualTo(302);
        b.get("/privasi/data-saya");
        String correction = reference(b.post(
                "/privasi/data-saya", "kind=KOREKSI&tickets=" + ticket + "&correctedName=" + enc("Baiq Benar " + tag)));
        b.get("/privasi/data-saya");
        String withdrawal = reference(b.post("/privasi/data-saya", "kind=TARIK_PERSETUJUAN&tickets=" + ticket));
        assertThat(withdrawal).as("each request its own reference").isNotEqualTo(correction);

        long corrected = instanceOf(correction);
        runtime.completeUserTask(
                runtime.awaitUserTask(corrected, "Task_HandleRequest").key(), Map.of("requestDecision", "GRANT"));
        runtime.awaitCompletedThrough(corrected, "Task_CarryOutRequest", "EndEvent_RequestAnswered");
        Map<String, Object> row = ComplaintRows.row(jdbc, ticket);
        assertThat(cipher.decrypt((String) row.get("reporter_name"))).isEqualTo("Baiq Benar " + tag);
        assertThat(cipher.decrypt((String) row.get("reporter_contact"))).isEqualTo(email);

        long refused = instanceOf(withdrawal);
        runtime.completeUserTask(
                runtime.awaitUserTask(refused, "Task_HandleRequest").key(),
                Map.of(
                        "requestDecision",
                        "REFUSE",
                        "decisionReason",
                        "Aduan masih ditangani OPD dan memerlukan kontak Anda."));
        runtime.awaitCompletedThrough(refused, "Task_CarryOutRequest", "EndEvent_RequestAnswered");
        row = ComplaintRows.row(jdbc, ticket);
        assertThat(row.get("personal_data_erased_at"))
                .as("a refusal erases nothing")
                .isNull();
        assertThat(cipher.decrypt((String) row.get("reporter_name"))).isEqualTo("Baiq Benar " + tag);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM data_subject_request WHERE reference = ?", String.class, withdrawal))
                .isEqualTo("DITOLAK");
        assertThat(audits("SUBJECT_REQUEST_DECIDED", withdrawal)).isEqualTo(1);
        MimeMessage answer = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TestMail.to(email).stream()
                                .filter(m -> TestMail.subjectOf(m).contains(withdrawal))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        assertThat(DevMailText.plainText(answer)).contains("DITOLAK", "masih ditangani OPD");
    }
}
