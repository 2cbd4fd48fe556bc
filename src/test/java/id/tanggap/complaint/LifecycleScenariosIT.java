package id.tanggap.complaint;

import static id.tanggap.testsupport.Cases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.devrun.DevMailText;
import id.tanggap.intake.ComplaintIntake;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.Cases;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The branches of complaint-handling and cross-sector-coordination, each as a case would live it. */
@Tag("scenario")
class LifecycleScenariosIT extends CaseScenarioTest {

    /** Social-media reports come in through signed webhooks; these tests hand them to the intake as those doors do. */
    @Autowired
    ComplaintIntake intake;

    @Test
    void aLateResponseClimbsTheEscalationLadder() throws Exception {
        var c = cases.submit("KEMACETAN");
        cases.triageValid(c, "KEMACETAN");
        cases.task(c, "Task_RespondToComplaint");
        assertThat(cases.mailCount(c, "kabid.dishub@ntbprov.example", "ESKALASI"))
                .isZero();

        // level 1 at the deadline: the responsible official and the head of Dinas Perhubungan
        cases.advancePast(c, "responseDueDate");
        var official = cases.mails(c, "kabid.dishub@ntbprov.example", "ESKALASI level 1", 1);
        cases.mails(c, "kadis.dishub@ntbprov.example", "ESKALASI level 1", 1);
        assertThat(DevMailText.plainText(official.get(0)))
                .contains("Ketut Ardana Putra", "tanggapan pertama", "Dinas Perhubungan");
        assertThat(cases.mailCount(c, "sekda@ntbprov.example", "ESKALASI")).isZero();

        // level 2, 1x24 hours later: the regional secretary
        runtime.increaseTime(Duration.ofHours(24));
        cases.mails(c, "sekda@ntbprov.example", "ESKALASI level 2", 1);
        assertThat(cases.mailCount(c, "gubernur@ntbprov.example", "ESKALASI")).isZero();

        // level 3, another 24 hours: the Governor's office through Diskominfotik
        runtime.increaseTime(Duration.ofHours(24));
        cases.mails(c, "gubernur@ntbprov.example", "ESKALASI level 3", 1);
        cases.mails(c, "kadis.diskominfotik@ntbprov.example", "ESKALASI level 3", 1);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ?",
                                Integer.class,
                                c.ticket())
                        == 3);
        assertThat(jdbc.queryForList(
                        "SELECT e.level, e.recipients FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id "
                                + "WHERE c.ticket = ? ORDER BY e.level",
                        c.ticket()))
                .extracting(m -> m.get("level") + ":" + m.get("recipients"))
                .containsExactly("1:OFFICIAL,HEAD", "2:SEKDA", "3:GOVERNOR_OFFICE,DISKOMINFO_HEAD");
        assertThat(cases.row(c).get("escalation_level")).isEqualTo(3);
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.startsWith("Eskalasi level 3"));
        // the task stays open with the OPD: escalation tells, it does not take the case away
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-dishub");
        cases.respond(c, "Maaf terlambat, petugas Dishub sudah di lokasi.");
        cases.awaitStatus(c, "DIPROSES");
    }

    @Test
    void notOurAuthorityGoesBackToTriageTwiceThenDiskominfoDecides() throws Exception {
        var c = cases.submit("JALAN_RUSAK");
        cases.triageValid(c, "JALAN_RUSAK");
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-dpupr");
        notOurs(c, "Jalan ini jalan kabupaten, bukan jalan provinsi.");

        cases.triageValid(c, "SAMPAH");
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-dlhk");
        notOurs(c, "Tidak ada sampah di lokasi, ini soal drainase.");

        cases.triage(
                c,
                vars("triageDecision", "VALID", "category", "BANJIR", "urgency", "NORMAL", "complaintType", "SIMPLE"));
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-bpbd");
        notOurs(c, "Bukan bencana, mohon ke dinas teknis.");

        // the third re-route: Diskominfo decides, and routing follows its decision
        var decide = cases.task(c, "Task_DecideAuthority");
        assertThat(decide.candidateGroups()).containsExactly("diskominfo");
        // Diskominfo has 1x24 hours to decide; then its head is reminded, once
        java.time.Instant decideDue = id.tanggap.shared.ProcessDates.parse(decide.dueDate());
        assertThat(decideDue)
                .isBetween(
                        runtime.engineNow().plus(Duration.ofHours(23)),
                        runtime.engineNow().plus(Duration.ofHours(24)));
        assertThat(cases.mailCount(c, "kadis.diskominfotik@ntbprov.example", "PENGINGAT"))
                .isZero();
        cases.advancePast(decideDue);
        assertThat(DevMailText.plainText(cases.mails(c, "kadis.diskominfotik@ntbprov.example", "PENGINGAT", 1)
                        .get(0)))
                .contains("penetapan OPD berwenang");
        cases.complete(
                c,
                "Task_DecideAuthority",
                vars("assignedOpd", "DISHUB", "decisionNote", "Drainase jalan nasional, koordinasi Dishub"));
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-dishub");
        assertThat(cases.row(c).get("reroute_count")).isEqualTo(3);
        assertThat(cases.publicStatus(c).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("Bukan wewenang Dinas Pekerjaan Umum"));
    }

    private void notOurs(Cases.Case c, String reason) {
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars("responseOutcome", "NOT_OUR_AUTHORITY", "notAuthorityReason", reason));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DIVERIFIKASI".equals(cases.status(c)));
    }

    @Test
    void aHoaxIsClarifiedByDiskominfoAndTheOpdConcerned() {
        var c = cases.submit("KESEHATAN");
        cases.triage(c, vars("triageDecision", "HOAX", "concernedOpd", "DIKES"));
        var clarify = cases.task(c, "Task_ClarifyHoax");
        assertThat(clarify.candidateGroups()).containsExactlyInAnyOrder("diskominfo", "opd-dikes");
        cases.complete(
                c,
                "Task_ClarifyHoax",
                vars(
                        "clarificationText",
                        "Tidak ada wabah di RSUD; informasi itu keliru.",
                        "clarificationUrl",
                        "https://diskominfotik.ntbprov.example/klarifikasi/rsud"));
        cases.awaitStatus(c, "HOAKS");
        runtime.awaitCompletedThrough(
                c.instance(), "Task_ClarifyHoax", "Task_RecordHoaxClarification", "EndEvent_HoaxClarified");
        assertThat(cases.row(c).get("hoax_clarification_url"))
                .isEqualTo("https://diskominfotik.ntbprov.example/klarifikasi/rsud");
        assertThat(cases.publicStatus(c).get("statusLabel").asText()).isEqualTo("Hoaks telah diklarifikasi");
    }

    @Test
    void aComplaintOutsideTheProvincesAuthorityIsForwardedToTheCity() throws Exception {
        var c = cases.submit("SAMPAH");
        cases.triage(c, vars("triageDecision", "NOT_AUTHORITY", "forwardTarget", "KOTA_MATARAM"));
        var mail = cases.mails(c, "aduan@mataramkota.example", "Penerusan aduan", 1)
                .get(0);
        assertThat(DevMailText.plainText(mail))
                .contains("Pemerintah Kota Mataram", c.ticket(), "Pasar Kebon Roek")
                .doesNotContain("Lalu Muhammad");
        cases.awaitStatus(c, "DITERUSKAN");
        runtime.awaitCompletedThrough(c.instance(), "Task_ForwardComplaint", "EndEvent_Forwarded");
        assertThat(cases.row(c).get("forwarded_to")).isEqualTo("KOTA_MATARAM");
    }

    @Test
    void triageCanJoinACaseToTheSameEarlierCaseWhichThenWaitsForIt() {
        var first = cases.submit("POHON");
        var second = cases.submit("POHON");
        cases.triage(second, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", first.ticket()));
        cases.awaitStatus(second, "DITUTUP");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Integer) cases.row(first).get("supporter_count") == 1);
        assertThat(cases.publicStatus(second).get("timeline").findValuesAsText("note"))
                .contains("Digabungkan dengan aduan " + first.ticket());
        assertThat(cases.publicStatus(second).get("joinedTicket").asText()).isEqualTo(first.ticket());
    }

    @Test
    void aComplaintAboutAnOpdsOwnOfficialGoesToTheInspectorate() {
        var c = cases.submit("JALAN_RUSAK");
        cases.triage(
                c,
                vars(
                        "triageDecision",
                        "VALID",
                        "category",
                        "JALAN_RUSAK",
                        "urgency",
                        "IMPORTANT",
                        "complaintType",
                        "NO_FIELD_CHECK",
                        "aboutOwnOfficial",
                        true));
        assertThat(cases.task(c, "Task_RespondToComplaint").candidateGroups()).containsExactly("opd-inspektorat");
        assertThat(cases.row(c).get("opd_code")).isEqualTo("INSPEKTORAT");
    }

    @Test
    void threeOpdsContributeToAJointFollowUpAndALateOneIsEscalated() throws Exception {
        var c = cases.submit("BANJIR");
        cases.triageValid(c, "BANJIR");
        cases.complete(
                c,
                "Task_RespondToComplaint",
                vars(
                        "responseOutcome",
                        "NEEDS_COORDINATION",
                        "responseText",
                        "Banjir ditangani bersama DLHK, Dishub dan PUPR.",
                        "publicReplyUrl",
                        "https://x.com/bpbdntb/status/1",
                        "supportingOpds",
                        List.of("DLHK", "DISHUB", "DPUPR")));
        cases.awaitStatus(c, "KOORDINASI");

        long coordination = ENGINE.awaitProcessInstance("cross-sector-coordination", c.ticket());
        var tasks = ENGINE.awaitOpenUserTasks(coordination, "Task_ContributeToFollowUp", 3);
        assertThat(tasks)
                .flatExtracting(t -> t.candidateGroups())
                .containsExactlyInAnyOrder("opd-dlhk", "opd-dishub", "opd-dpupr");

        for (var t : tasks) {
            if (!t.candidateGroups().contains("opd-dpupr")) {
                runtime.completeUserTask(
                        t.key(),
                        vars(
                                "contribution",
                                "Kontribusi " + t.candidateGroups().get(0) + ": tim dan alat dikirim.",
                                "contributionEvidenceUrl",
                                "https://foto.example/" + t.candidateGroups().get(0) + ".jpg"));
            }
        }
        // a completion passes the task's completing listener first: wait until the two contributions are in
        ENGINE.awaitOpenUserTasks(coordination, "Task_ContributeToFollowUp", 1);
        // PUPR misses the shared deadline: its head is e-mailed, the others' heads are not
        cases.advancePast(c, "coordinationDueDate");
        cases.mails(c, "kadis.dpupr@ntbprov.example", "ESKALASI", 1);
        assertThat(cases.mailCount(c, "kadis.dlhk@ntbprov.example", "ESKALASI")).isZero();
        var late = tasks.stream()
                .filter(t -> t.candidateGroups().contains("opd-dpupr"))
                .findFirst()
                .orElseThrow();
        runtime.completeUserTask(late.key(), vars("contribution", "PUPR membersihkan saluran drainase."));

        var consolidate = runtime.awaitUserTask(coordination, "Task_ConsolidateJointFollowUp");
        assertThat(consolidate.candidateGroups()).containsExactly("opd-bpbd");
        // the lead OPD has 2x24 hours to consolidate; then its head is reminded
        java.time.Instant consolidateDue = id.tanggap.shared.ProcessDates.parse(consolidate.dueDate());
        assertThat(consolidateDue)
                .isBetween(
                        runtime.engineNow().plus(Duration.ofHours(47)),
                        runtime.engineNow().plus(Duration.ofHours(48)));
        cases.advancePast(consolidateDue);
        assertThat(DevMailText.plainText(cases.mails(c, "kadis.bpbd@ntbprov.example", "PENGINGAT", 1)
                        .get(0)))
                .contains("penyusunan tindak lanjut bersama", c.ticket());
        runtime.completeUserTask(
                consolidate.key(),
                vars("jointFollowUp", "Evakuasi oleh BPBD, saluran dibersihkan PUPR, sampah diangkut DLHK."));

        cases.task(c, "Task_ResolveComplaint");
        assertThat(jdbc.queryForList(
                        "SELECT opd_code FROM coordination_contribution WHERE complaint_id = ?",
                        String.class,
                        cases.row(c).get("id")))
                .containsExactlyInAnyOrder("DLHK", "DISHUB", "DPUPR");
        assertThat(cases.row(c).get("joint_follow_up")).asString().contains("Evakuasi oleh BPBD");
        assertThat(cases.timelineStatuses(c)).containsSubsequence("DIPROSES", "KOORDINASI", "DIPROSES");
    }

    @Test
    void aLowRatingReopensTheCaseOnceAndASupervisorCanSendItBack() {
        var c = cases.submit("SAMPAH");
        cases.triageValid(c, "SAMPAH");
        cases.respond(c, "Petugas kebersihan dijadwalkan.");
        cases.resolve(c, "Sampah sudah diangkut.");
        assertThat(cases.rate(c, 2).status()).isEqualTo(202);

        // reopened: back to the OPD's resolution task
        cases.task(c, "Task_ResolveComplaint");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Integer) cases.row(c).get("reopen_count") == 1);
        assertThat(cases.status(c)).isEqualTo("DIPROSES");
        cases.resolve(c, "Sampah diangkut lagi dan tong sampah ditambah.");

        // a second low rating does not reopen again: it goes to the supervisor, who sends it back
        assertThat(cases.rate(c, 1).status()).isEqualTo(202);
        assertThat(cases.task(c, "Task_VerifyClosure").candidateGroups()).containsExactly("supervisors");
        cases.verify(c, "RETURN");
        cases.resolve(c, "Jadwal angkut sampah menjadi setiap hari.");
        assertThat(cases.rate(c, 4).status()).isEqualTo(202);
        cases.verify(c, "APPROVE");
        cases.awaitStatus(c, "DITUTUP");
        assertThat(cases.row(c).get("rating")).isEqualTo(4);
    }

    @Test
    void ratingsNeedTheCodeAndAWaitingCase() {
        var c = cases.submit("SAMPAH");
        var early = cases.api().post("/api/complaints/" + c.ticket() + "/rating", "{\"code\":\"XXXX\",\"rating\":5}");
        assertThat(early.status()).isEqualTo(403);
        String code = jdbc.queryForObject(
                "SELECT COALESCE(confirmation_code, 'NONE') FROM complaint WHERE ticket = ?", String.class, c.ticket());
        var bad = cases.api()
                .post("/api/complaints/" + c.ticket() + "/rating", "{\"code\":\"" + code + "\",\"rating\":9}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("rating");
    }

    @Test
    void withoutAReplyTheResolvedCaseClosesItself() {
        var c = cases.submit("KEMACETAN");
        cases.triageValid(c, "KEMACETAN");
        cases.respond(c, "Dishub menambah petugas pengatur lalu lintas.");
        cases.resolve(c, "Lampu lalu lintas sudah diperbaiki.");
        cases.advancePast(c, "autoCloseAt");
        cases.awaitStatus(c, "DITUTUP");
        runtime.awaitCompletedThrough(
                c.instance(), "Timer_AutoClose", "Task_AutoCloseComplaint", "EndEvent_AutoClosed");
        assertThat(cases.row(c).get("close_reason")).isEqualTo("NO_REPLY");
    }

    @Test
    void anOverdueResolutionClimbsTheLadderLikeAnOverdueResponse() throws Exception {
        var c = cases.submit("BANTUAN_SOSIAL");
        cases.triageValid(c, "BANTUAN_SOSIAL");
        cases.respond(c, "Dinas Sosial memeriksa data penerima bantuan.");
        cases.task(c, "Task_ResolveComplaint");
        cases.advancePast(c, "resolutionDueDate");
        var head = cases.mails(c, "kadis.dinsos@ntbprov.example", "ESKALASI level 1", 1);
        assertThat(DevMailText.plainText(head.get(0))).contains("penyelesaian tindak lanjut");
        assertThat(cases.mailCount(c, "sekda@ntbprov.example", "ESKALASI")).isZero();

        // 1x24 hours late: the regional secretary; another 24: the Governor's office through Diskominfotik
        runtime.increaseTime(Duration.ofHours(24));
        cases.mails(c, "sekda@ntbprov.example", "ESKALASI level 2", 1);
        assertThat(cases.mailCount(c, "gubernur@ntbprov.example", "ESKALASI")).isZero();
        runtime.increaseTime(Duration.ofHours(24));
        cases.mails(c, "gubernur@ntbprov.example", "ESKALASI level 3", 1);
        cases.mails(c, "kadis.diskominfotik@ntbprov.example", "ESKALASI level 3", 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id WHERE c.ticket = ? AND e.kind = 'RESOLUTION'",
                                Integer.class,
                                c.ticket())
                        == 3);
        assertThat(jdbc.queryForList(
                        "SELECT e.level, e.recipients FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id "
                                + "WHERE c.ticket = ? AND e.kind = 'RESOLUTION' ORDER BY e.level",
                        c.ticket()))
                .extracting(m -> m.get("level") + ":" + m.get("recipients"))
                .containsExactly("1:OFFICIAL,HEAD", "2:SEKDA", "3:GOVERNOR_OFFICE,DISKOMINFO_HEAD");
        assertThat(cases.row(c).get("escalation_level")).isEqualTo(3);
        // the OPD still holds the task and can finish it
        assertThat(cases.task(c, "Task_ResolveComplaint").candidateGroups()).containsExactly("opd-dinsos");
    }

    /** A report as the public web form sends it, at a given place (outside the area Api.complaint scatters cases over). */
    private static String webReport(String category, String name, String text, double lat, double lon) {
        return Api.complaint(
                        "WEB",
                        "web-" + UUID.randomUUID(),
                        category,
                        name,
                        name.toLowerCase().replace(' ', '.') + "@warga.example",
                        false,
                        lat,
                        lon,
                        null)
                .replace("Jalan di depan Pasar Kebon Roek berlubang besar dan sudah dua motor jatuh minggu ini.", text);
    }

    private long triageTaskKey(Cases.Case c) {
        return cases.task(c, "Task_TriageComplaint").key();
    }

    /** Waits for a triage task other than the one already done: the case came back to Diskominfo. */
    private void awaitNewTriageTask(Cases.Case c, long doneTaskKey) {
        await().atMost(Duration.ofSeconds(20)).until(() -> triageTaskKey(c) != doneTaskKey);
    }

    @Test
    void aReportNearbyIsOnlyASuggestionUntilDiskominfoConfirmsItAndThenClosesWithTheCase() throws Exception {
        Api api = cases.api();
        var first = cases.submitJson(webReport(
                "POHON", "Made Sudana", "Pohon mahoni tumbang menutup jalan di depan SD Negeri 3.", -8.2500, 116.7200));
        cases.triageValid(first, "POHON");
        cases.task(first, "Task_RespondToComplaint");

        // 111 m away, same category: a case of its own with its own process, nothing closed, the first case untouched
        String secondText = "Pohon tumbang juga merusak atap warung saya di sebelah sekolah.";
        var posted = api.post("/api/complaints", webReport("POHON", "Wayan Arsa", secondText, -8.2510, 116.7200));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("ticket").asText()).isNotEqualTo(first.ticket());
        assertThat(posted.json().get("joinedExistingCase").asBoolean()).isFalse();
        var second = new Cases.Case(
                posted.json().get("ticket").asText(),
                cases.instanceOf(posted.json().get("ticket").asText()));
        assertThat(cases.status(second)).isEqualTo("DITERIMA");
        assertThat(cases.row(first).get("supporter_count")).isEqualTo(0);
        assertThat(cases.row(second).get("suggested_duplicate_of_id"))
                .isEqualTo(cases.row(first).get("id"));
        // the triage task shows the candidate case to confirm, with the ticket prefilled
        cases.task(second, "Task_TriageComplaint");
        var variables = runtime.variables(second.instance());
        assertThat(variables)
                .containsEntry("suggestedDuplicateTicket", first.ticket())
                .containsEntry("duplicateOfTicket", first.ticket())
                .containsEntry("suggestedDuplicateCategory", "POHON")
                .containsEntry("suggestedDuplicateText", "Pohon mahoni tumbang menutup jalan di depan SD Negeri 3.");
        // 2 km away is no candidate
        var far = cases.submitJson(webReport(
                "POHON", "Ani", "Pohon besar miring di tepi jalan desa, khawatir tumbang.", -8.2700, 116.7200));
        assertThat(cases.row(far).get("suggested_duplicate_of_id")).isNull();

        // Diskominfo confirms: the report joins the case, which lists it, and its text reaches the OPD's official
        cases.triage(second, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", first.ticket()));
        cases.awaitStatus(second, "DITUTUP");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> (Integer) cases.row(first).get("supporter_count") == 1);
        var official = cases.mails(second, "kabid.dlhk@ntbprov.example", "Laporan tambahan", 1)
                .get(0);
        assertThat(DevMailText.plainText(official))
                .contains(secondText, first.ticket())
                .doesNotContain("Wayan", "arsa@");
        var caseView = api.get("/api/cases/" + first.ticket(), "dlhk", "tanggap");
        assertThat(caseView.status()).isEqualTo(200);
        assertThat(caseView.json().get("joinedReports").findValuesAsText("text"))
                .containsExactly(secondText);
        assertThat(caseView.json().get("joinedReports").findValuesAsText("ticket"))
                .containsExactly(second.ticket());
        assertThat(caseView.body()).doesNotContain("Wayan");
        assertThat(cases.publicStatus(first).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains(second.ticket()));
        assertThat(TestMailCount.to("wayan.arsa@warga.example", first.ticket())).isEqualTo(1);

        // the joined report waits for the case: resolved, rated and verified, it closes with it
        cases.respond(first, "DLHK memotong pohon hari ini.");
        cases.resolve(first, "Pohon sudah dipotong dan jalan dibersihkan.");
        assertThat(cases.rate(first, 5).status()).isLessThan(300);
        cases.verify(first, "APPROVE");
        cases.awaitStatus(first, "DITUTUP");
        runtime.awaitCompletedThrough(
                second.instance(), "Event_PrimaryCaseEnded", "Task_FollowPrimaryCase", "EndEvent_JoinedDuplicate");
        assertThat(cases.status(second)).isEqualTo("DITUTUP");
        assertThat(cases.publicStatus(second).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("ikut ditutup"));
    }

    @Test
    void aReportJoinedToACaseThatTurnsOutAHoaxComesBackToTriage() {
        // the decoy comes first; a real report nearby is (wrongly) confirmed as its duplicate
        var decoy = cases.submitJson(
                webReport("BANJIR", "Anon", "Genangan kecil saja di perempatan, tidak apa-apa.", -8.2000, 116.8000));
        var real = cases.submitJson(webReport(
                "BANJIR",
                "Baiq Nurul",
                "Air masuk rumah setinggi lutut, saluran di gang kami tersumbat total.",
                -8.2003,
                116.8000));
        assertThat(real.ticket()).isNotEqualTo(decoy.ticket());
        assertThat(cases.variable(real, "suggestedDuplicateTicket")).isEqualTo(decoy.ticket());
        long firstTriage = triageTaskKey(real);
        cases.triage(real, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", decoy.ticket()));
        cases.awaitStatus(real, "DITUTUP");

        // the decoy is a hoax: the joined report is a case of its own again, back with Diskominfo
        cases.triage(decoy, vars("triageDecision", "HOAX", "concernedOpd", "BPBD"));
        cases.complete(
                decoy,
                "Task_ClarifyHoax",
                vars(
                        "clarificationText",
                        "Tidak ada banjir di perempatan itu.",
                        "clarificationUrl",
                        "https://diskominfotik.ntbprov.example/klarifikasi/genangan"));
        cases.awaitStatus(decoy, "HOAKS");
        awaitNewTriageTask(real, firstTriage);
        assertThat(cases.status(real)).isEqualTo("DITERIMA");
        assertThat(cases.row(real).get("duplicate_of_id")).isNull();
        assertThat(cases.row(real).get("close_reason")).isNull();
        assertThat(runtime.variables(real.instance()).get("suggestedDuplicateTicket"))
                .isNull();
        assertThat(cases.publicStatus(real).path("joinedTicket").textValue()).isNull();
        assertThat(cases.publicStatus(real).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("kembali diverifikasi"));
        cases.triageValid(real, "BANJIR");
        cases.task(real, "Task_RespondToComplaint");
    }

    @Test
    void aReportJoinedToACaseForwardedElsewhereComesBackToTriage() {
        var primary = cases.submit("SAMPAH");
        var joined = cases.submit("SAMPAH");
        long firstTriage = triageTaskKey(joined);
        cases.triage(joined, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", primary.ticket()));
        cases.awaitStatus(joined, "DITUTUP");
        cases.triage(primary, vars("triageDecision", "NOT_AUTHORITY", "forwardTarget", "KOTA_MATARAM"));
        cases.awaitStatus(primary, "DITERUSKAN");
        awaitNewTriageTask(joined, firstTriage);
        assertThat(cases.status(joined)).isEqualTo("DITERIMA");
    }

    @Test
    void aReportAboutAResolvedCaseIsANewCaseAndCannotBeJoinedToIt() {
        var resolved = cases.submitJson(webReport(
                "JALAN_RUSAK", "Lalu Hamdi", "Lubang besar di Jalan Pejanggik depan kantor pos.", -8.1500, 116.7500));
        cases.triageValid(resolved, "JALAN_RUSAK");
        cases.respond(resolved, "PUPR menambal lubang minggu ini.");
        cases.resolve(resolved, "Lubang sudah ditambal.");
        cases.awaitStatus(resolved, "SELESAI");

        var again = cases.submitJson(webReport(
                "JALAN_RUSAK", "Nining", "Jalan Pejanggik berlubang lagi setelah hujan semalam.", -8.1501, 116.7500));
        assertThat(cases.row(again).get("suggested_duplicate_of_id")).isNull();
        long firstTriage = triageTaskKey(again);
        assertThat(runtime.variables(again.instance()).get("suggestedDuplicateTicket"))
                .isNull();

        // even a confirmed join to a resolved case is refused: the report comes back as a case of its own
        cases.triage(again, vars("triageDecision", "DUPLICATE", "duplicateOfTicket", resolved.ticket()));
        awaitNewTriageTask(again, firstTriage);
        assertThat(cases.row(again).get("duplicate_of_id")).isNull();
        assertThat(cases.status(again)).isEqualTo("DITERIMA");
        assertThat(cases.row(resolved).get("supporter_count")).isEqualTo(0);
        assertThat(cases.publicStatus(again).get("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("tidak digabung"));
    }

    /** Counts e-mails, waiting briefly for asynchronous ones. */
    static final class TestMailCount {
        static long to(String recipient, String ticket) {
            return await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> id.tanggap.testsupport.TestMail.to(recipient).stream()
                                    .filter(m -> {
                                        try {
                                            return m.getSubject().contains(ticket);
                                        } catch (Exception e) {
                                            return false;
                                        }
                                    })
                                    .count(),
                            n -> n > 0);
        }
    }
}
