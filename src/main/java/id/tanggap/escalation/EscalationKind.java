package id.tanggap.escalation;

/**
 * Which deadline passed (the BPMN's {@code escalationKind}): the OPD's first response (the default), its
 * resolution, Diskominfo's triage, a supporting OPD's contribution, or an internal task's own due date.
 */
enum EscalationKind {
    RESPONSE,
    RESOLUTION,
    TRIAGE,
    COORDINATION,
    TASK;

    /** An unknown or missing kind counts as the first-response deadline, as the ladder's default. */
    static EscalationKind of(String name) {
        if (name == null) {
            return RESPONSE;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return RESPONSE;
        }
    }

    /** What is late, as the e-mail and the timeline say it. */
    String what(String taskName, String supportingOpd) {
        return switch (this) {
            case RESOLUTION -> "penyelesaian tindak lanjut";
            case TRIAGE -> "verifikasi dan penerusan aduan (3 hari kerja)";
            case TASK -> taskName == null ? "tugas" : taskName;
            case COORDINATION ->
                "kontribusi koordinasi lintas OPD" + (supportingOpd == null ? "" : " dari " + supportingOpd);
            case RESPONSE -> "tanggapan pertama";
        };
    }

    /** A reminder of an internal step, not an escalation up the ladder. */
    boolean isReminder() {
        return this == TASK;
    }

    /** Whether it moves the case's escalation level (the OPD's ladder shown on the dashboard and the report). */
    boolean movesTheLadder() {
        return this != TRIAGE && this != TASK;
    }
}
