package id.tanggap.complainantnotice;

import id.tanggap.complaint.ComplaintStatus;

/** The Indonesian texts of the notices. Public replies carry only the ticket, the status and the tracking link. */
final class NoticeTexts {

    private NoticeTexts() {}

    static String headline(NoticeKind kind, String ticket) {
        return switch (kind) {
            case RECEIPT -> "Aduan Anda diterima dengan nomor tiket " + ticket + ".";
            case DISPOSITION -> "Aduan " + ticket + " telah diteruskan kepada OPD yang berwenang.";
            case RESPONSE -> "Aduan " + ticket + " telah ditanggapi.";
            case NEED_INFO -> "Aduan " + ticket + " memerlukan informasi tambahan dari Anda.";
            case FORWARDED -> "Aduan " + ticket + " diteruskan kepada instansi yang berwenang.";
            case HOAX -> "Informasi dalam aduan " + ticket + " telah diklarifikasi.";
            case JOINED -> "Aduan " + ticket + " digabungkan dengan aduan serupa.";
            case ON_HOLD -> "Penanganan aduan " + ticket + " ditunda.";
            case COORDINATION -> "Aduan " + ticket + " ditangani bersama beberapa OPD.";
            case RESOLVED -> "Aduan " + ticket + " telah selesai ditindaklanjuti.";
            case CLOSED -> "Aduan " + ticket + " telah ditutup.";
        };
    }

    /**
     * For the complainant alone (e-mail, WhatsApp, direct message, SMS, call-back): what happened, the public note,
     * the tracking link; with the code to answer a question or to rate the result.
     */
    static String privateText(NoticeKind kind, String ticket, String note, String trackingUrl, String code, int limit) {
        String tail = " Lacak: " + trackingUrl;
        if (code != null && kind == NoticeKind.RESOLVED) {
            tail += " Beri nilai 1-5 dengan kode " + code + ": " + trackingUrl + "?kode=" + code;
        } else if (code != null && kind == NoticeKind.NEED_INFO) {
            tail += " Kirim jawaban dengan kode " + code + ": " + trackingUrl + "?kode=" + code;
        }
        String head = headline(kind, ticket);
        String body = note == null || note.isBlank() ? "" : " " + note.strip();
        int room = limit - head.length() - tail.length();
        if (body.length() > room) {
            body = room > 1 ? body.substring(0, room - 1) + "…" : "";
        }
        return head + body + tail;
    }

    /**
     * Under a public comment after a reopened case was resolved again: where to rate (the /lacak proof of the account),
     * nothing about the person or the case's content.
     */
    static String ratingProofText(String ticket, String trackingUrl) {
        return "Aduan " + ticket + " selesai ditindaklanjuti kembali. Beri penilaian dengan membuktikan akun Anda di "
                + trackingUrl + "/bukti-penilaian";
    }

    /** Under a public comment or tweet: the ticket and the status, nothing about the person or the case's content. */
    static String publicText(String ticket, ComplaintStatus status, String trackingUrl) {
        return "Aduan " + ticket + ": " + status.label() + ". Lacak: " + trackingUrl;
    }
}
