package id.tanggap.inbox;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises informal Indonesian as people write it on social media, so that keyword rules see one
 * spelling: lower case, links replaced by a marker, emoji and punctuation removed, letters repeated for
 * emphasis folded ("parahhhh" → "parah"), reduplication written with a 2 spelled out ("jalan2" →
 * "jalan jalan"), and common slang and abbreviations expanded ("gk" → "tidak", "jln" → "jalan").
 */
final class IndonesianText {

    /** Stands for a link in the normalised text (spam sends links; nobody types this word). */
    static final String LINK = "tautanweb";

    private static final Pattern URL =
            Pattern.compile("(https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(ly|id|com|xyz|co)/\\S*");
    private static final Pattern MENTION = Pattern.compile("[@#]");
    private static final Pattern REPEATED = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern REDUPLICATION = Pattern.compile("\\b(\\p{L}{2,})2\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Slang, abbreviations and frequent typos → the standard word. */
    static final Map<String, String> SLANG = Map.ofEntries(
            Map.entry("gk", "tidak"),
            Map.entry("ga", "tidak"),
            Map.entry("gak", "tidak"),
            Map.entry("g", "tidak"),
            Map.entry("nggak", "tidak"),
            Map.entry("ngga", "tidak"),
            Map.entry("enggak", "tidak"),
            Map.entry("tdk", "tidak"),
            Map.entry("tak", "tidak"),
            Map.entry("kagak", "tidak"),
            Map.entry("jln", "jalan"),
            Map.entry("jl", "jalan"),
            Map.entry("jalanan", "jalan"),
            Map.entry("bpk", "bapak"),
            Map.entry("pak", "bapak"),
            Map.entry("bpak", "bapak"),
            Map.entry("yg", "yang"),
            Map.entry("dgn", "dengan"),
            Map.entry("dg", "dengan"),
            Map.entry("sdh", "sudah"),
            Map.entry("udh", "sudah"),
            Map.entry("udah", "sudah"),
            Map.entry("dah", "sudah"),
            Map.entry("blm", "belum"),
            Map.entry("blum", "belum"),
            Map.entry("belom", "belum"),
            Map.entry("krn", "karena"),
            Map.entry("karna", "karena"),
            Map.entry("utk", "untuk"),
            Map.entry("untk", "untuk"),
            Map.entry("tp", "tapi"),
            Map.entry("tpi", "tapi"),
            Map.entry("sy", "saya"),
            Map.entry("gw", "saya"),
            Map.entry("gue", "saya"),
            Map.entry("aku", "saya"),
            Map.entry("kmrn", "kemarin"),
            Map.entry("bgt", "banget"),
            Map.entry("bngt", "banget"),
            Map.entry("dr", "dari"),
            Map.entry("sm", "sama"),
            Map.entry("org", "orang"),
            Map.entry("kpn", "kapan"),
            Map.entry("gmn", "bagaimana"),
            Map.entry("gimana", "bagaimana"),
            Map.entry("bgmn", "bagaimana"),
            Map.entry("knp", "kenapa"),
            Map.entry("napa", "kenapa"),
            Map.entry("dmn", "dimana"),
            Map.entry("di mana", "dimana"),
            Map.entry("brp", "berapa"),
            Map.entry("mimin", "admin"),
            Map.entry("min", "admin"),
            Map.entry("tlg", "tolong"),
            Map.entry("tolongin", "tolong"),
            Map.entry("mhn", "mohon"),
            Map.entry("trs", "terus"),
            Map.entry("trus", "terus"),
            Map.entry("lg", "lagi"),
            Map.entry("aja", "saja"),
            Map.entry("jg", "juga"),
            Map.entry("sampe", "sampai"),
            Map.entry("bener", "benar"),
            Map.entry("lobang", "lubang"),
            Map.entry("berlobang", "berlubang"),
            Map.entry("bolong", "berlubang"),
            Map.entry("mksh", "terima kasih"),
            Map.entry("makasih", "terima kasih"),
            Map.entry("makasi", "terima kasih"),
            Map.entry("trims", "terima kasih"),
            Map.entry("thx", "terima kasih"),
            Map.entry("tks", "terima kasih"),
            Map.entry("bnyk", "banyak"),
            Map.entry("skrg", "sekarang"),
            Map.entry("skrng", "sekarang"),
            Map.entry("sekrang", "sekarang"),
            Map.entry("hr", "hari"),
            Map.entry("mgg", "minggu"),
            Map.entry("bln", "bulan"),
            Map.entry("thn", "tahun"),
            Map.entry("gmana", "bagaimana"),
            Map.entry("emg", "memang"),
            Map.entry("emang", "memang"),
            Map.entry("bs", "bisa"),
            Map.entry("bsa", "bisa"),
            Map.entry("dpn", "depan"),
            Map.entry("dkt", "dekat"),
            Map.entry("rmh", "rumah"),
            Map.entry("pdhl", "padahal"),
            Map.entry("ortu", "orang tua"),
            Map.entry("info", "informasi"),
            Map.entry("infonya", "informasi"),
            Map.entry("hoax", "hoaks"),
            Map.entry("hox", "hoaks"),
            Map.entry("ngecek", "cek"),
            Map.entry("dicek", "cek"),
            Map.entry("jd", "jadi"),
            Map.entry("jdi", "jadi"),
            Map.entry("kl", "kalau"),
            Map.entry("klo", "kalau"),
            Map.entry("kalo", "kalau"),
            Map.entry("ny", "nya"),
            Map.entry("dgr", "dengar"),
            Map.entry("bkn", "bukan"),
            Map.entry("rsk", "rusak"),
            Map.entry("rusk", "rusak"),
            Map.entry("sampah2", "sampah"));

    private IndonesianText() {}

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = URL.matcher(s).replaceAll(" " + LINK + " ");
        s = MENTION.matcher(s).replaceAll(" ");
        s = REPEATED.matcher(s).replaceAll("$1");
        s = REDUPLICATION.matcher(s).replaceAll("$1 $1");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (String word : SPACES.split(s.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(SLANG.getOrDefault(word, word));
        }
        return out.toString();
    }
}
