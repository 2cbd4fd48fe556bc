package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.shared.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The case and its value objects without Spring: what each change stores and which changes it refuses. */
class ComplaintTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static Complaint newCase(String ticket, long id) {
        Complaint c = new Complaint(
                ticket,
                Channel.WEB,
                "web:" + ticket,
                new Complaint.Reporter("Baiq Nurul", "0812", false, true),
                "Jalan berlubang",
                "JALAN_RUSAK",
                -8.58,
                116.11,
                "Jl. Adi Sucipto",
                List.of("https://foto.example/1.jpg"),
                T0);
        ReflectionTestUtils.setField(c, "id", id);
        return c;
    }

    private static Complaint routed() {
        Complaint c = newCase("ADU-1", 1);
        c.verified(null, "TINGGI", "PENGADUAN", at(1));
        c.dispositionTo("DPUPR", "1970", "1960", at(24), at(24 * 14), at(2));
        return c;
    }

    private static Instant at(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void anAnonymousReporterLeavesNoIdentityAndIsNeverConfidential() {
        var reporter = new Complaint.Reporter("Nama", "0812", true, true);
        assertThat(reporter.name()).isNull();
        assertThat(reporter.contact()).isNull();
        assertThat(reporter.confidential()).isFalse();
        var named = new Complaint.Reporter("Nama", "0812", false, true);
        assertThat(named.name()).isEqualTo("Nama");
        assertThat(named.confidential()).isTrue();
    }

    @Test
    void aNewCaseIsReceivedWithItsOriginAndLocation() {
        Complaint c = newCase("ADU-1", 1);
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(c.getChannel()).isEqualTo(Channel.WEB);
        assertThat(c.getExternalId()).isEqualTo("web:ADU-1");
        assertThat(c.getLocation().hasCoordinates()).isTrue();
        assertThat(c.getAddress()).isEqualTo("Jl. Adi Sucipto");
        c.threadOf("t-1");
        c.inRegion("5271");
        c.cameThrough("acc-1", "sender-1");
        assertThat(c.getOrigin())
                .isEqualTo(new ChannelOrigin(Channel.WEB, "web:ADU-1", "t-1", "5271", "acc-1", "sender-1"));
        assertThat(c.getOpdCode()).isNull();
        assertThat(c.getRating()).isNull();
        assertThat(c.getClosedAt()).isNull();
    }

    @Test
    void theFirstResponseTimeStaysWhenTheOpdAnswersAgain() {
        Complaint c = routed();
        c.aboutOfficialsOf("DLHK");
        c.respond("Kami cek", "https://fb.example/1", at(3));
        c.coordinating(at(4));
        c.jointFollowUp("bersama", at(5));
        c.respond("Sudah dicek", "https://fb.example/2", at(6));
        assertThat(c.getFirstResponseAt()).isEqualTo(at(3));
        assertThat(c.getRespondedAt()).isEqualTo(at(3));
        assertThat(c.getResponseText()).isEqualTo("Sudah dicek");
        assertThat(c.getPublicReplyUrl()).isEqualTo("https://fb.example/2");
        assertThat(c.getSubjectOpdCode()).isEqualTo("DLHK");
        assertThat(c.getOpdCode()).isEqualTo("DPUPR");
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.DIPROSES);
    }

    @Test
    void aResolutionKeepsItsCodeOverRoundsAndARatingIsTakenOnce() {
        Complaint c = routed();
        c.respond("Kami cek", null, at(3));
        c.resolve(1, "rencana", null, "Sudah diperbaiki", "https://fb.example/r1", "CODE1", at(4));
        assertThat(c.isAwaitingConfirmation()).isTrue();
        // the resolution's public reply is its own; the response's link (none here) is not overwritten
        assertThat(c.getResolution().replyUrl()).isEqualTo("https://fb.example/r1");
        assertThat(c.getPublicReplyUrl()).isNull();
        assertThat(c.getResolution().acceptsCode(" code1 ")).isTrue();
        assertThat(c.getResolution().acceptsCode("null")).isFalse();
        c.rated(2, "belum", at(5));
        assertThat(c.getRatingGiven().unsatisfied()).isTrue();
        assertThatThrownBy(() -> c.rated(5, "lagi", at(5))).isInstanceOf(IllegalStatusChangeException.class);
        c.reopened(1, at(6));
        c.resolve(2, "rencana 2", null, "Diperbaiki ulang", null, "CODE2", at(7));
        assertThat(c.getConfirmationCode()).isEqualTo("CODE1");
        assertThat(c.getResolutionRound()).isEqualTo(2);
        c.close("VERIFIED", at(8));
        c.close("VERIFIED", at(9)); // a redelivered job changes nothing that matters
        assertThat(c.getClosedAt()).isEqualTo(at(8));
        assertThat(c.isOpen()).isFalse();
        assertThat(c.isAwaitingConfirmation()).isFalse();
    }

    @Test
    void anEndedCaseRefusesWork() {
        Complaint c = routed();
        c.respond("Kami cek", null, at(3));
        c.resolve(1, "rencana", null, "Selesai", null, "CODE1", at(4));
        c.close("NO_REPLY", at(5));
        assertThatThrownBy(() -> c.respond("terlambat", null, at(6)))
                .isInstanceOf(IllegalStatusChangeException.class)
                .hasMessageContaining("ADU-1")
                .hasMessageContaining("DITUTUP");
        assertThatThrownBy(() -> c.reopened(1, at(6))).isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> c.releasedFromJoin(at(6))).isInstanceOf(IllegalStatusChangeException.class);
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.DITUTUP);

        Complaint hoax = newCase("ADU-2", 2);
        hoax.hoaxClarified("https://klarifikasi.example", at(1));
        assertThat(hoax.getCloseReason()).isEqualTo("HOAX");
        assertThat(hoax.getHoaxClarificationUrl()).isEqualTo("https://klarifikasi.example");
        assertThatThrownBy(() -> hoax.verified(null, "RENDAH", "PENGADUAN", at(2)))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> hoax.forwardedTo("KOTA_MATARAM", at(2)))
                .isInstanceOf(IllegalStatusChangeException.class);
    }

    @Test
    void workIsNotRecordedBeforeTheCaseIsRouted() {
        Complaint c = newCase("ADU-1", 1);
        assertThatThrownBy(() -> c.respond("jawaban", null, at(1))).isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> c.resolve(1, "p", null, "t", null, "C", at(1)))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> c.close("VERIFIED", at(1))).isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> c.dispositionTo("DPUPR", null, null, null, null, at(1)))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.DITERIMA);
    }

    @Test
    void aJoinedReportClosesAndGoesBackToTriageWhenItsCaseEndsUnhandled() {
        Complaint primary = newCase("ADU-1", 1);
        Complaint report = newCase("ADU-2", 2);
        report.joinedTo(primary, at(1));
        assertThat(report.getStatus()).isEqualTo(ComplaintStatus.DITUTUP);
        assertThat(report.getDuplicateOfId()).isEqualTo(1L);
        assertThat(report.getCloseReason()).isEqualTo("DUPLICATE");
        report.releasedFromJoin(at(2));
        assertThat(report.getStatus()).isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(report.getDuplicateOfId()).isNull();
        assertThat(report.getClosedAt()).isNull();
        assertThat(report.getCloseReason()).isNull();
    }

    @Test
    void aReportCannotJoinACaseThatTakesNoReports() {
        Complaint primary = routed();
        primary.respond("x", null, at(3));
        primary.resolve(1, "p", null, "t", null, "C", at(4));
        Complaint report = newCase("ADU-2", 2);
        assertThat(primary.acceptsJoinedReports()).isFalse();
        assertThatThrownBy(() -> report.joinedTo(primary, at(5))).isInstanceOf(IllegalStatusChangeException.class);
        assertThat(report.getStatus()).isEqualTo(ComplaintStatus.DITERIMA);
    }

    @Test
    void aRerouteGoesBackToVerificationAndDispositionResetsTheEscalation() {
        Complaint c = routed();
        c.escalatedTo(2, at(30));
        c.escalatedTo(1, at(31));
        assertThat(c.getEscalationLevel()).isEqualTo(2);
        c.reroutedAway(1, at(32));
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.DIVERIFIKASI);
        c.dispositionTo("DLHK", null, null, at(50), at(60), at(33));
        assertThat(c.getEscalationLevel()).isZero();
        assertThat(c.getOpdCode()).isEqualTo("DLHK");
        assertThat(c.getRerouteCount()).isEqualTo(1);
    }

    @Test
    void statusRules() {
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(s.mayBecome(s)).as("%s stays", s).isTrue();
        }
        assertThat(ComplaintStatus.DITERUSKAN.mayBecome(ComplaintStatus.DITERIMA))
                .isFalse();
        assertThat(ComplaintStatus.HOAKS.mayBecome(ComplaintStatus.DIPROSES)).isFalse();
        assertThat(ComplaintStatus.SELESAI.mayBecome(ComplaintStatus.DIPROSES)).isTrue();
        assertThat(ComplaintStatus.SELESAI.mayBecome(ComplaintStatus.DITUTUP)).isTrue();
        assertThat(ComplaintStatus.DITERIMA.mayBecome(ComplaintStatus.SELESAI)).isFalse();
        assertThat(ComplaintStatus.DIDISPOSISI.mayBecome(ComplaintStatus.DITERUSKAN))
                .isFalse();
        assertThat(ComplaintStatus.ENDED)
                .containsExactlyInAnyOrder(ComplaintStatus.DITUTUP, ComplaintStatus.DITERUSKAN, ComplaintStatus.HOAKS);
        assertThat(ComplaintStatus.SELESAI.isOpen()).isTrue();
    }

    @Test
    void aRatingIsOneToFive() {
        assertThatThrownBy(() -> new Rating(6, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rating(3, null).unsatisfied()).isFalse();
        assertThat(Rating.NONE.unsatisfied()).isFalse();
    }
}
