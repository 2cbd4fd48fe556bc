package id.tanggap.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What social-interaction-classification.dmn decides on: keyword hits per class and for urgency in the
 * normalised text, and the platform and sender signals. The keywords are word beginnings ("rusak" also
 * finds "rusaknya"), so a few inflected forms ("kerusakan", "diperbaiki") are listed as well.
 */
record Features(
        String text,
        int words,
        boolean questionMark,
        boolean link,
        int complaintHits,
        int urgentHits,
        int aspirationHits,
        int questionHits,
        int praiseHits,
        int spamHits,
        int abuseHits,
        int hoaxHits,
        boolean directMessage,
        boolean complaintThread,
        String sender) {

    static final String FIRST_TIME = "PERTAMA";
    static final String REPEATED = "BERULANG";

    static final List<String> COMPLAINT = List.of(
            "rusak", "kerusakan", "berlubang", "lubang", "hancur", "mati ", "padam", "macet", "banjir", "kebanjiran",
            "genangan", "sampah", "bau", "numpuk", "menumpuk", "tidak diangkut", "belum diangkut", "tidak ngalir",
            "tidak mengalir", "ngalir", "tidak ada air", "air keruh", "keruh", "bocor", "kebocoran", "tumbang", "longsor",
            "ambruk", "ambles", "roboh", "retak", "putus", "jebol", "tersumbat", "mampet", "meluap", "pungli",
            "pungutan", "dipungut", "uang rokok", "minta uang", "lambat", "lama banget", "nunggu lama", "antre",
            "kecewa", "parah", "keluh", "ngeluh", "komplain", "lapor", "melaporkan", "pengaduan", "aduan",
            "tolong dicek", "tolong dibantu", "mohon ditindak", "ditindaklanjuti", "tindak", "ditertibkan",
            "segera diperbaiki", "diperbaiki", "dipersulit", "ditolak", "tidak dilayani", "belum cair", "belum dibayar",
            "belum jadi", "tidak selesai", "belum ada tindakan", "belum ada petugas", "belum ada bantuan",
            "tidak dapat bantuan", "belum dapat bantuan", "kotor", "kasar", "buruk", "rawan", "gelap", "begal",
            "mogok", "limbah", "tercemar", "kebakaran", "asap", "kekeringan", "liar", "tidak sesuai", "nakal",
            "nimbun", "tidak transparan", "tidak jelas penggunaan", "kosong", "hilang", "dangkal", "sedimen",
            "membahayakan", "bahaya", "kecelakaan", "jatuh", "ketabrak", "rugi", "dirugikan", "terbuang", "becek",
            "kubangan", "tidak bisa lewat", "tidak bisa dipake", "tidak bisa ujian", "tidak ada petugas",
            "tidak ada sinyal", "sinyal internet", "tidak tahan", "gatal", "digigit", "menjuntai", "miring",
            "ngetem", "sembarangan", "di atas het", "belum diperbaiki", "tambah parah", "makin besar", "update",
            "belum ada", "rebutan", "mabuk");
    static final List<String> URGENT = List.of(
            "darurat", "kebakaran", "longsor", "banjir bandang", "korban", "meninggal", "tenggelam", "hanyut",
            "tersengat", "roboh", "ambruk", "bahaya", "membahayakan", "kecelakaan", "ketabrak", "gas", "sakit keras",
            "ibu hamil", "segera");
    static final List<String> ASPIRATION = List.of(
            "usul", "saran", "sebaiknya", "alangkah baiknya", "bagaimana kalau", "dipertimbangkan", "perlu ada",
            "perlu dibangun", "ide", "masukan", "harapan", "harap ", "semoga ke depan", "semoga pemprov",
            "lebih baik", "lebih bagus", "kalau bisa", "mungkin bisa", "diperbanyak", "diperpanjang", "ditambah",
            "diadakan", "dibangun", "dibuat", "dibuka", "bikin program", "bikin lomba", "bikin bank", "bikin pasar",
            "ada program", "ada festival", "ada kuota", "ada pojok", "ada taman", "ada bus", "dikasih");
    static final List<String> QUESTION = List.of(
            "kapan", "bagaimana", "berapa", "dimana", "apakah", "apa saja", "apa syarat", "syarat", "cara", "jadwal",
            "tanya", "nanya", "boleh tahu", "bisakah", "kemana", "lewat mana", "ke dinas mana", "ada informasi",
            "informasi lowongan", "mau tanya", "rute", "lokasi", "nomor", "ada tidak", "buka hari", "bisa online",
            "masih pakai", "diumumin", "diresmikan", "bawa apa", "link pendaftaran", "sehari jadi");
    static final List<String> PRAISE = List.of(
            "mantap", "mantul", "keren", "terima kasih", "terimakasih", "sukses", "semangat", "bangga", "salut",
            "selamat atas", "selamat hari", "luar biasa", "aamiin", "amin", "top", "hadir", "sehat selalu",
            "apresiasi", "setuju", "bagus", "good job", "hebat", "nyimak", "indah", "siap", "lanjutkan", "ikut senang",
            "berkah", "idola", "dukung", "seru", "wkwk", "ramah", "sudah diperbaiki", "sudah beres", "sudah mulus",
            "sudah kami terima", "sudah bisa dilewati", "siap menyambut", "jangan lupa", "cepet", "sigap");
    static final List<String> SPAM = List.of(
            "promo", "slot", "gacor", "deposit", "bonus", "jual ", "jasa pembuatan", "followers", "follow back",
            "pinjaman online", "pinjol", "tanpa jaminan", "cuan", "investasi", "togel", "diskon", "order sekarang",
            "gratis pulsa", "giveaway", "link di bio", "cek bio", "cek ig", "jackpot", "new member", "obat kuat",
            "cod ", "gratis ongkir", "toko online", "taruhan", "odds", "endorse", "trading", "forex", "profit",
            "penghasilan tambahan", "hubungi wa", "hubungi kami", "join grup", "akun game", "skincare");
    static final List<String> ABUSE =
            List.of("goblok", "tolol", "bodoh", "anjing lu", "bangsat", "bajingan", "kampret", "tai ", "babi ");
    static final List<String> HOAX = List.of(
            "hoaks", "benarkah", "apa benar", "apakah benar", "beredar", "berantai", "broadcast", "viral",
            "klarifikasi", "diklarifikasi", "konfirmasi", "kebenarannya", "isu ", "kabar", "akun palsu",
            "mengatasnamakan", "nyebar berita", "ramai di", "rame di grup", "itu bener", "bener tidak");

    private static final Pattern WORD = Pattern.compile(" ");

    static Features of(String raw, boolean directMessage, boolean complaintThread, boolean repeatedSender) {
        String text = IndonesianText.normalise(raw);
        String padded = " " + text + " ";
        boolean link = text.contains(IndonesianText.LINK);
        return new Features(
                text,
                text.isEmpty() ? 0 : WORD.split(text).length,
                raw != null && raw.indexOf('?') >= 0,
                link,
                hits(padded, COMPLAINT),
                hits(padded, URGENT),
                hits(padded, ASPIRATION),
                hits(padded, QUESTION),
                hits(padded, PRAISE),
                hits(padded, SPAM) + (link ? 1 : 0),
                hits(padded, ABUSE),
                hits(padded, HOAX),
                directMessage,
                complaintThread,
                repeatedSender ? REPEATED : FIRST_TIME);
    }

    /** How many keywords start a word of the text (a keyword ending in a space must be a whole word). */
    static int hits(String padded, List<String> keywords) {
        int n = 0;
        for (String k : keywords) {
            if (padded.contains(" " + k)) {
                n++;
            }
        }
        return n;
    }

    Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("text", text);
        v.put("words", words);
        v.put("questionMark", questionMark);
        v.put("link", link);
        v.put("complaintHits", complaintHits);
        v.put("urgentHits", urgentHits);
        v.put("aspirationHits", aspirationHits);
        v.put("questionHits", questionHits);
        v.put("praiseHits", praiseHits);
        v.put("spamHits", spamHits);
        v.put("abuseHits", abuseHits);
        v.put("hoaxHits", hoaxHits);
        v.put("directMessage", directMessage);
        v.put("complaintThread", complaintThread);
        v.put("sender", sender);
        return v;
    }
}
