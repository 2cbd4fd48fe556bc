package id.tanggap.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ten regencies and cities of NTB from {@code place/ntb-regencies.csv} (generated from the idn-area-data set by
 * tools/ntb-regencies.mjs), and the matching of a typed address to one of them by name.
 */
@Component
class Regencies {

    static final String RESOURCE = "place/ntb-regencies.csv";

    /** A name as it may appear in an address, with the regency it stands for. */
    private record Alias(Pattern pattern, int length, Regency regency) {}

    private final List<Regency> all;
    private final List<Alias> aliases = new ArrayList<>();

    Regencies() {
        this(load());
    }

    Regencies(List<Regency> all) {
        this.all = List.copyOf(all);
        for (Regency r : all) {
            String full = normalise(r.name()); // "kabupaten lombok barat", "kota mataram"
            addAlias(full, r);
            String bare = full.replaceFirst("^(kabupaten|kota) ", "");
            // a bare name ("mataram", "lombok barat") counts only when no other regency or city bears it:
            // "bima" alone may be the regency or the city, so it matches neither
            long bearers = all.stream()
                    .filter(o -> normalise(o.name())
                            .replaceFirst("^(kabupaten|kota) ", "")
                            .equals(bare))
                    .count();
            if (bearers == 1) {
                addAlias(bare, r);
            }
        }
        // the longest name first: "kabupaten sumbawa barat" before "kabupaten sumbawa"
        aliases.sort(Comparator.comparingInt(Alias::length).reversed());
    }

    private void addAlias(String name, Regency r) {
        aliases.add(new Alias(Pattern.compile("(^| )" + Pattern.quote(name) + "( |$)"), name.length(), r));
    }

    List<Regency> all() {
        return all;
    }

    Optional<Regency> byRegion(String region) {
        return all.stream().filter(r -> r.region().equals(region)).findFirst();
    }

    /** The regency or city an address names, if it names exactly one (the longest name it contains wins). */
    Optional<Regency> inAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(address);
        return aliases.stream()
                .filter(a -> a.pattern().matcher(text).find())
                .map(Alias::regency)
                .findFirst();
    }

    /**
     * Lower case without accents and punctuation, single spaces, and the usual ways of writing a regency
     * ("Kab.", "Kab", "Kabupaten") as "kabupaten"; "Kodya"/"Kotamadya" as "kota".
     */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        return (" " + t + " ")
                .replace(" kab ", " kabupaten ")
                .replace(" kotamadya ", " kota ")
                .replace(" kodya ", " kota ")
                .trim();
    }

    private static List<Regency> load() {
        List<Regency> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // code,region,name
                    continue;
                }
                String[] f = line.split(",", 3);
                out.add(new Regency(f[0].trim(), f[1].trim(), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
