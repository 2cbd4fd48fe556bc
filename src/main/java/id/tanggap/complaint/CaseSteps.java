package id.tanggap.complaint;

import id.tanggap.routing.OpdInfo;
import id.tanggap.routing.Opds;
import id.tanggap.security.SafeLinks;
import id.tanggap.shared.ProcessDates;
import id.tanggap.shared.TanggapProperties;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What each step of complaint-handling.bpmn does to the case, one method per job type: the workers only read
 * their variables and call here. Each change runs in one transaction and notes the step on the timeline once,
 * so a redelivered job changes nothing twice. The pure decisions (texts, counts, outcomes) are static and
 * tested without Spring in CaseStepsTest.
 */
@Component
class CaseSteps {

    static final String DISKOMINFO = "Diskominfotik";
    static final String SYSTEM = "Sistem Tanggap";
    static final String REJECTED_LINK = "; tautan balasan publik tidak disimpan karena bukan alamat http(s)";
    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final CaseUpdates cases;
    private final Complaints complaints;
    private final Timeline timeline;
    private final Opds opds;
    private final ComplaintSubject subjects;
    private final id.tanggap.routing.Categories categories;
    private final JoinedReports joinedReports;
    private final ApplicationEventPublisher events;
    private final FormHeaders headers;
    private final TanggapProperties properties;

    CaseSteps(
            CaseUpdates cases,
            Complaints complaints,
            Timeline timeline,
            Opds opds,
            ComplaintSubject subjects,
            JoinedReports joinedReports,
            ApplicationEventPublisher events,
            id.tanggap.routing.Categories categories,
            FormHeaders headers,
            TanggapProperties properties) {
        this.properties = properties;
        this.categories = categories;
        this.headers = headers;
        this.cases = cases;
        this.complaints = complaints;
        this.timeline = timeline;
        this.opds = opds;
        this.subjects = subjects;
        this.joinedReports = joinedReports;
        this.events = events;
    }

    Map<String, Object> register(JobStep step, long complaintId) {
        return cases.update(complaintId, (complaint, now) -> {
            complaint.registeredIn(step.processInstanceKey(), now);
            Complaint suggested =
                    complaints.byId(complaint.getSuggestedDuplicateOfId()).orElse(null);
            return FormHeaders.merged(
                    new RegisterComplaintWorker.RegisteredComplaint(
                            complaint.getTicket(),
                            complaint.getCategoryCode(),
                            complaint.getCategoryCode(),
                            complaint.getBody(),
                            complaint.getChannel().name(),
                            complaint.getRegion(),
                            suggested == null ? null : suggested.getTicket(),
                            suggested == null ? null : suggested.getCategoryCode(),
                            suggested == null ? null : suggested.getBody(),
                            suggested == null ? null : suggested.getTicket(),
                            properties.publicBaseUrl().replaceAll("/$", "") + "/bukti/" + complaint.getTicket()),
                    headers.of(complaint));
        });
    }

    /**
     * The case's region goes back to the process for routing: a place the complainant shared during triage
     * (Complaints.locationShared) may have set it after registerComplaint wrote the process's {@code region}.
     */
    Map<String, Object> recordVerification(JobStep step, RecordVerificationWorker.Verification v) {
        return cases.update(v.complaintId(), (complaint, now) -> {
            complaint.verified(v.category(), v.urgency(), v.complaintType(), now);
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.DIVERIFIKASI,
                    now,
                    DISKOMINFO,
                    "Aduan diverifikasi dan akan didisposisikan");
            return complaint.getRegion() == null ? Map.of() : Map.of("region", complaint.getRegion());
        });
    }

    Map<String, Object> recordDisposition(JobStep step, RecordDispositionWorker.Disposed d) {
        OpdInfo opd = opds.find(d.opdCode())
                .orElseThrow(() ->
                        new IllegalStateException("routing chose OPD " + d.opdCode() + ", which is not registered"));
        String subject =
                subjects.subjectOpd(d.aboutOwnOfficial(), d.assignedOpd(), d.category(), d.region(), opd.code());
        Map<String, Object> header = cases.update(d.complaintId(), (complaint, now) -> {
            complaint.dispositionTo(
                    opd.code(),
                    d.officialNip(),
                    d.headNip(),
                    ProcessDates.parse(d.responseDueDate()),
                    ProcessDates.parse(d.resolutionDueDate()),
                    now);
            complaint.aboutOfficialsOf(subject);
            cases.note(complaint, step, ComplaintStatus.DIDISPOSISI, now, DISKOMINFO, "Diteruskan ke " + opd.name());
            return headers.of(complaint);
        });
        return FormHeaders.merged(
                new RecordDispositionWorker.Labels(
                        categories.nameOf(d.category()), urgencyLabel(d.urgency()), opd.name()),
                header);
    }

    static String urgencyLabel(String urgency) {
        return urgency == null
                ? null
                : switch (urgency) {
                    case "URGENT" -> "Mendesak";
                    case "IMPORTANT" -> "Penting";
                    case "NORMAL" -> "Biasa";
                    default -> urgency;
                };
    }

    Map<String, Object> recordResponse(JobStep step, RecordResponseWorker.Responded r) {
        String link = SafeLinks.httpOrNull(r.publicReplyUrl());
        String note = "Tanggapan OPD telah disampaikan" + (SafeLinks.unsafe(r.publicReplyUrl()) ? REJECTED_LINK : "");
        return cases.update(r.complaintId(), (complaint, now) -> {
            complaint.respond(r.responseText(), link, now);
            cases.note(complaint, step, ComplaintStatus.DIPROSES, now, opdOf(complaint), note);
            return headers.of(complaint);
        });
    }

    RecordRerouteWorker.Rerouted recordReroute(JobStep step, RecordRerouteWorker.NotOurAuthority r) {
        int count = r.rerouteCount() + 1;
        String opd = opds.nameOf(r.opdCode());
        cases.update(r.complaintId(), (complaint, now) -> {
            complaint.reroutedAway(count, now);
            cases.note(
                    complaint, step, ComplaintStatus.DIVERIFIKASI, now, opd, rerouteNote(opd, r.notAuthorityReason()));
            return null;
        });
        return new RecordRerouteWorker.Rerouted(count);
    }

    Map<String, Object> recordCoordination(JobStep step, RecordCoordinationWorker.Coordination c) {
        String names = String.join(
                ", ", c.supportingOpds().stream().map(opds::shortNameOf).toList());
        String lead = opds.nameOf(c.opdCode());
        return cases.update(c.complaintId(), (complaint, now) -> {
            complaint.coordinating(
                    c.coordinationDueDate() == null ? null : ProcessDates.parse(c.coordinationDueDate()), now);
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.KOORDINASI,
                    now,
                    lead,
                    "Koordinasi lintas OPD dengan " + names + ", tenggat bersama " + c.coordinationDueLabel());
            return headers.of(complaint);
        });
    }

    Map<String, Object> recordResolution(JobStep step, RecordResolutionWorker.Resolved r) {
        int round = r.resolutionRound() + 1;
        // links are shown to the complainant and staff: only http(s) addresses are kept
        String link = SafeLinks.httpOrNull(r.publicReplyUrl());
        List<String> evidence = SafeLinks.httpLinksIn(r.evidenceUrls());
        String note = "Tindak lanjut selesai: " + r.resolutionText()
                + (SafeLinks.unsafe(r.publicReplyUrl()) ? REJECTED_LINK : "");
        Map<String, Object> header = cases.update(r.complaintId(), (complaint, now) -> {
            complaint.resolve(
                    round,
                    r.followUpPlan(),
                    evidence.isEmpty() ? null : String.join("\n", evidence),
                    r.resolutionText(),
                    link,
                    newCode(),
                    now);
            cases.note(complaint, step, ComplaintStatus.SELESAI, now, opdOf(complaint), note);
            return headers.of(complaint);
        });
        return FormHeaders.merged(new RecordResolutionWorker.ResolutionRecorded(round), header);
    }

    Map<String, Object> reopen(JobStep step, ReopenComplaintWorker.LowRating r) {
        int count = r.reopenCount() + 1;
        Map<String, Object> header = cases.update(r.complaintId(), (complaint, now) -> {
            complaint.reopened(count, now);
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.DIPROSES,
                    now,
                    "Pelapor",
                    "Dibuka kembali: pelapor memberi nilai " + r.rating() + " dari 5");
            return headers.of(complaint);
        });
        return FormHeaders.merged(new ReopenComplaintWorker.Reopened(count), header);
    }

    void close(JobStep step, long complaintId, String closeReason) {
        cases.update(complaintId, (complaint, now) -> {
            complaint.close(closeReason, now);
            cases.note(complaint, step, ComplaintStatus.DITUTUP, now, closeActor(closeReason), closeNote(closeReason));
            return null;
        });
    }

    void recordHoaxClarification(JobStep step, long complaintId, String clarificationUrl) {
        // the clarification is named on the public timeline: only an http(s) address is kept
        String link = SafeLinks.httpOrNull(clarificationUrl);
        String note = link != null ? "Klarifikasi dipublikasikan: " + link : "Klarifikasi dipublikasikan";
        cases.update(complaintId, (complaint, now) -> {
            complaint.hoaxClarified(link, now);
            cases.note(complaint, step, ComplaintStatus.HOAKS, now, DISKOMINFO, note);
            return null;
        });
    }

    private record Refused(String primaryTicket, ComplaintStatus primaryStatus) {}

    /**
     * Joins the report to the case Diskominfo named. A case that is unknown, resolved or already ended takes
     * no new reports: the report is told so at once and goes back to triage as a case of its own.
     */
    void joinDuplicate(JobStep step, long complaintId, String duplicateOfTicket) {
        String ticket = duplicateOfTicket == null ? "" : duplicateOfTicket.trim();
        Refused refused = cases.update(complaintId, (complaint, now) -> {
            Optional<Complaint> found =
                    complaints.byTicket(ticket).filter(p -> !p.getId().equals(complaint.getId()));
            if (complaint.getDuplicateOfId() == null
                    && (found.isEmpty() || !found.get().acceptsJoinedReports())) {
                cases.note(
                        complaint,
                        step,
                        complaint.getStatus(),
                        now,
                        DISKOMINFO,
                        joinRefusedNote(ticket, found.map(Complaint::getStatus)));
                return new Refused(ticket, found.map(Complaint::getStatus).orElse(ComplaintStatus.DITUTUP));
            }
            Complaint primary = found.orElseGet(
                    () -> complaints.byId(complaint.getDuplicateOfId()).orElseThrow());
            if (complaint.getDuplicateOfId() == null) {
                primary.supportedByAnotherReport(now);
                timeline.record(
                        primary,
                        "joined:" + complaint.getTicket(),
                        primary.getStatus(),
                        now,
                        DISKOMINFO,
                        "Laporan serupa " + complaint.getTicket() + " digabungkan ke aduan ini");
                complaint.joinedTo(primary, now);
                events.publishEvent(new ReportJoinedCase(complaint.getId(), primary.getId()));
            }
            cases.note(
                    complaint,
                    step,
                    ComplaintStatus.DITUTUP,
                    now,
                    DISKOMINFO,
                    "Digabungkan dengan aduan " + primary.getTicket());
            return null;
        });
        if (refused != null) {
            // the process waits for this message next; sent at once, it sends the report back to triage
            Complaint report = cases.load(complaintId);
            joinedReports.tell(
                    report.getTicket(),
                    refused.primaryTicket(),
                    refused.primaryStatus(),
                    "refused:" + step.elementInstanceKey());
        }
    }

    /** The joined report's case ended: it closes with a case closed after handling, else goes back to triage. */
    String followPrimaryCase(JobStep step, long complaintId) {
        String outcome = cases.update(complaintId, (report, now) -> {
            // a redelivered job finds the same answer: a released report has no case left to follow
            Complaint primary = complaints.byId(report.getDuplicateOfId()).orElse(null);
            Optional<ComplaintStatus> primaryStatus =
                    Optional.ofNullable(primary).map(Complaint::getStatus);
            // an archived case (incomplete, no answer) handled nothing: its joined reports are triaged again
            String followed = primary != null && ArchiveReason.isArchive(primary.getCloseReason())
                    ? FollowPrimaryCaseWorker.TRIAGE
                    : followOutcome(primaryStatus);
            if (FollowPrimaryCaseWorker.CLOSED.equals(followed)) {
                cases.note(
                        report,
                        step,
                        ComplaintStatus.DITUTUP,
                        now,
                        SYSTEM,
                        "Aduan " + primary.getTicket()
                                + " telah selesai ditangani dan ditutup; laporan ini ikut ditutup");
                return followed;
            }
            report.releasedFromJoin(now);
            cases.note(
                    report,
                    step,
                    ComplaintStatus.DITERIMA,
                    now,
                    SYSTEM,
                    releasedNote(primary == null ? null : primary.getTicket(), primaryStatus)
                            + "; laporan ini kembali diverifikasi sebagai aduan tersendiri");
            return followed;
        });
        if (FollowPrimaryCaseWorker.CLOSED.equals(outcome)) {
            joinedReports.caseEnded(complaintId); // reports once joined to this one follow it
        }
        return outcome;
    }

    private String opdOf(Complaint complaint) {
        return opds.nameOr(complaint.getOpdCode(), "OPD");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }

    static String rerouteNote(String opdName, String reason) {
        return "Bukan wewenang " + opdName + ": " + reason + ". Aduan diverifikasi ulang oleh Diskominfotik";
    }

    /** NO_REPLY: the complainant did not answer in time (the system closes); else a supervisor verified it. */
    static String closeNote(String closeReason) {
        return "NO_REPLY".equals(closeReason)
                ? "Ditutup otomatis: tidak ada balasan pelapor dalam batas waktu konfirmasi"
                : "Ditutup setelah diverifikasi pengawas";
    }

    static String closeActor(String closeReason) {
        return "NO_REPLY".equals(closeReason) ? SYSTEM : "Pengawas";
    }

    static String joinRefusedNote(String ticket, Optional<ComplaintStatus> primaryStatus) {
        String why = primaryStatus.map(s -> "sudah " + s.label().toLowerCase()).orElse("tidak ditemukan");
        return "Aduan " + ticket + " " + why + "; laporan ini tidak digabung dan diverifikasi sebagai aduan tersendiri";
    }

    /** A report follows a case closed after handling; a case that ended otherwise (or none) sends it to triage. */
    static String followOutcome(Optional<ComplaintStatus> primaryStatus) {
        return primaryStatus.filter(s -> s == ComplaintStatus.DITUTUP).isPresent()
                ? FollowPrimaryCaseWorker.CLOSED
                : FollowPrimaryCaseWorker.TRIAGE;
    }

    static String releasedNote(String primaryTicket, Optional<ComplaintStatus> primaryStatus) {
        return primaryTicket == null
                ? "Laporan ini tidak digabung"
                : "Aduan " + primaryTicket + " berakhir ("
                        + primaryStatus.map(s -> s.label().toLowerCase()).orElse("") + ")";
    }
}
