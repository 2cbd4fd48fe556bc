package id.tanggap.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boundaries of the regencies and cities as the operator supplies them: a GeoJSON FeatureCollection
 * (RFC 7946, longitude before latitude) of Polygon or MultiPolygon features, each naming its regency in
 * {@code properties} by {@code code} ("52.71"), {@code region} ("KOTA_MATARAM") or {@code name} ("Kota Mataram").
 * No boundary file ships with the app (none of a licence that allows it was found): without one, places are
 * matched by the address only. A file that cannot be read is an error at start-up, not silently no routing.
 */
class RegencyBoundaries {

    private static final Logger log = LoggerFactory.getLogger(RegencyBoundaries.class);

    private record Area(Regency regency, PreparedGeometry shape) {}

    private final GeometryFactory geometries = new GeometryFactory();
    private final List<Area> areas = new ArrayList<>();

    static RegencyBoundaries none() {
        return new RegencyBoundaries();
    }

    private RegencyBoundaries() {}

    static RegencyBoundaries load(Path file, Regencies regencies, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the regency boundaries " + file, e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalStateException("the regency boundaries " + file + " are not a GeoJSON FeatureCollection");
        }
        RegencyBoundaries b = new RegencyBoundaries();
        for (JsonNode feature : root.path("features")) {
            JsonNode p = feature.path("properties");
            Optional<Regency> regency = regencies.all().stream()
                    .filter(r -> r.code().equals(p.path("code").asText(null))
                            || r.region().equals(p.path("region").asText(null))
                            || Regencies.normalise(r.name())
                                    .equals(Regencies.normalise(p.path("name").asText(""))))
                    .findFirst();
            if (regency.isEmpty()) {
                log.warn("a boundary in {} names no regency or city of NTB; it is left out", file);
                continue;
            }
            b.areas.add(new Area(
                    regency.get(), PreparedGeometryFactory.prepare(b.geometry(feature.path("geometry"), file))));
        }
        log.info("{} regency boundaries loaded from {}", b.areas.size(), file);
        return b;
    }

    boolean isEmpty() {
        return areas.isEmpty();
    }

    /** The regency whose boundary covers the point (on a shared border: the first in the file). */
    Optional<Regency> at(double lat, double lon) {
        Geometry point = geometries.createPoint(new Coordinate(lon, lat));
        return areas.stream()
                .filter(a -> a.shape().covers(point))
                .map(Area::regency)
                .findFirst();
    }

    private Geometry geometry(JsonNode g, Path file) {
        return switch (g.path("type").asText()) {
            case "Polygon" -> polygon(g.path("coordinates"));
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                g.path("coordinates").forEach(p -> parts.add(polygon(p)));
                yield geometries.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default ->
                throw new IllegalStateException(
                        "a boundary in " + file + " is a " + g.path("type").asText() + ", not a (Multi)Polygon");
        };
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return geometries.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] c = new Coordinate[positions.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(
                    positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return geometries.createLinearRing(c);
    }
}
