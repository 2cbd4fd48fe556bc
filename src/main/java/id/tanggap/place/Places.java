package id.tanggap.place;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which regency or city of NTB a complaint is about, for the routing table's region column: the boundary that
 * covers its coordinates ({@code tanggap.place.boundaries-file}, GeoJSON), else the regency its address names.
 */
@Component
public class Places {

    private final Regencies regencies;
    private final RegencyBoundaries boundaries;

    @Autowired
    Places(Regencies regencies, ObjectMapper json, @Value("${tanggap.place.boundaries-file:}") String boundariesFile) {
        this(
                regencies,
                boundariesFile == null || boundariesFile.isBlank()
                        ? RegencyBoundaries.none()
                        : RegencyBoundaries.load(Path.of(boundariesFile), regencies, json));
    }

    Places(Regencies regencies, RegencyBoundaries boundaries) {
        this.regencies = regencies;
        this.boundaries = boundaries;
    }

    /** The regency of a place: by coordinates when a boundary covers them, else by the name in the address. */
    public Optional<Regency> regencyOf(Double lat, Double lon, String address) {
        if (lat != null && lon != null) {
            Optional<Regency> byPoint = boundaries.at(lat, lon);
            if (byPoint.isPresent()) {
                return byPoint;
            }
        }
        return regencies.inAddress(address);
    }

    /** The region code ("KOTA_MATARAM") of a place, or null when it lies in no known regency. */
    public String regionOf(Double lat, Double lon, String address) {
        return regencyOf(lat, lon, address).map(Regency::region).orElse(null);
    }

    /** The ten regencies and cities of NTB. */
    public List<Regency> regencies() {
        return regencies.all();
    }
}
