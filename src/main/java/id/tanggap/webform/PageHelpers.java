package id.tanggap.webform;

import id.tanggap.shared.TanggapProperties;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Small helpers for the public pages, as {@code ${@halaman.wilayah(code)}} and {@code ${@halaman.fotoSendiri(url)}}. */
@Component("halaman")
public class PageHelpers {

    private final TanggapProperties properties;

    PageHelpers(TanggapProperties properties) {
        this.properties = properties;
    }

    /** A regency or city by name: KOTA_MATARAM → "Kota Mataram", KAB_LOMBOK_TIMUR → "Kabupaten Lombok Timur". */
    public String wilayah(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : code.trim().split("[_\\s]+")) {
            String w = word.equalsIgnoreCase("KAB")
                    ? "Kabupaten"
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)
                            + word.substring(1).toLowerCase(Locale.ROOT);
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /**
     * The path of a photo uploaded through this app's form ("/lampiran/…"), or null for any other link: only the app's
     * own uploads are shown as images (the Content-Security-Policy allows no other image host but the map's tiles).
     */
    public String fotoSendiri(String url) {
        String own = properties.publicBaseUrl().replaceAll("/$", "") + "/lampiran/";
        if (url == null || !url.startsWith(own)) {
            return null;
        }
        String name = url.substring(own.length());
        return name.matches("[A-Za-z0-9._-]+") ? "/lampiran/" + name : null;
    }
}
