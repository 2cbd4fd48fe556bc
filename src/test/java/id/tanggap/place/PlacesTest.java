package id.tanggap.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Address matching by name over the vendored NTB list, and point in polygon over synthetic GeoJSON boundaries. */
class PlacesTest {

    private final Regencies regencies = new Regencies();

    /**
     * Synthetic boundaries (not real ones): Mataram a square with a hole, Lombok Barat two squares
     * (MultiPolygon, by its area code), and a feature naming no regency of NTB.
     */
    private static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"region": "KOTA_MATARAM"},
               "geometry": {"type": "Polygon", "coordinates": [
                 [[116.00, -8.70], [116.20, -8.70], [116.20, -8.50], [116.00, -8.50], [116.00, -8.70]],
                 [[116.09, -8.61], [116.11, -8.61], [116.11, -8.59], [116.09, -8.59], [116.09, -8.61]]]}},
              {"type": "Feature", "properties": {"code": "52.01"},
               "geometry": {"type": "MultiPolygon", "coordinates": [
                 [[[115.80, -8.80], [115.95, -8.80], [115.95, -8.60], [115.80, -8.60], [115.80, -8.80]]],
                 [[[116.30, -8.40], [116.40, -8.40], [116.40, -8.30], [116.30, -8.30], [116.30, -8.40]]]]}},
              {"type": "Feature", "properties": {"name": "Kabupaten Badung"},
               "geometry": {"type": "Polygon", "coordinates": [
                 [[115.10, -8.70], [115.30, -8.70], [115.30, -8.50], [115.10, -8.50], [115.10, -8.70]]]}}
            ]}
            """;

    private Places withBoundaries(Path dir) throws Exception {
        Path file = dir.resolve("batas.geojson");
        Files.writeString(file, GEOJSON);
        return new Places(regencies, new ObjectMapper(), file.toString());
    }

    @Test
    void theVendoredListHasTheTenRegenciesAndCitiesOfNtbWithTheirAreaCodes() {
        assertThat(regencies.all())
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.code()).matches("52\\.\\d\\d"));
        assertThat(regencies.byRegion("KOTA_MATARAM"))
                .get()
                .extracting(Regency::code, Regency::name)
                .containsExactly("52.71", "Kota Mataram");
        assertThat(regencies.byRegion("KAB_SUMBAWA_BARAT"))
                .get()
                .extracting(Regency::code)
                .isEqualTo("52.07");
    }

    @Test
    void anAddressIsMatchedByNameWhateverWayTheRegencyIsWritten() {
        Places places = new Places(regencies, RegencyBoundaries.none());
        assertThat(places.regionOf(null, null, "Jl. Pejanggik No. 5, Cakranegara, Kota Mataram"))
                .isEqualTo("KOTA_MATARAM");
        assertThat(places.regionOf(null, null, "Desa Labuhan, KAB. SUMBAWA")).isEqualTo("KAB_SUMBAWA");
        // the longer name wins: Sumbawa Barat is not Sumbawa
        assertThat(places.regionOf(null, null, "Taliwang, Kab Sumbawa Barat")).isEqualTo("KAB_SUMBAWA_BARAT");
        assertThat(places.regionOf(null, null, "Kabupaten Bima, Woha")).isEqualTo("KAB_BIMA");
        assertThat(places.regionOf(null, null, "Kotamadya Bima")).isEqualTo("KOTA_BIMA");
        // a bare name counts when only one regency or city bears it
        assertThat(places.regionOf(null, null, "dekat pasar Mandalika, mataram"))
                .isEqualTo("KOTA_MATARAM");
        assertThat(places.regionOf(null, null, "Gerung, Lombok Barat")).isEqualTo("KAB_LOMBOK_BARAT");
        // "Bima" alone may be the regency or the city; a word that merely contains a name is no match
        assertThat(places.regionOf(null, null, "Jalan Lintas Bima")).isNull();
        assertThat(places.regionOf(null, null, "Perumahan Matarama Indah")).isNull();
        assertThat(places.regionOf(null, null, "Denpasar, Bali")).isNull();
        assertThat(places.regionOf(null, null, null)).isNull();
    }

    @Test
    void coordinatesArePlacedInTheRegencyWhoseBoundaryCoversThem(@TempDir Path dir) throws Exception {
        Places places = withBoundaries(dir);
        assertThat(places.regionOf(-8.58, 116.12, null)).isEqualTo("KOTA_MATARAM");
        // the coordinates win over a regency the address names
        assertThat(places.regionOf(-8.58, 116.12, "Lombok Timur")).isEqualTo("KOTA_MATARAM");
        // both parts of a MultiPolygon, found by the area code in the file
        assertThat(places.regionOf(-8.70, 115.90, null)).isEqualTo("KAB_LOMBOK_BARAT");
        assertThat(places.regionOf(-8.35, 116.35, null)).isEqualTo("KAB_LOMBOK_BARAT");
        // a point in the hole, or outside every boundary, falls back to the address
        assertThat(places.regionOf(-8.60, 116.10, null)).isNull();
        assertThat(places.regionOf(-8.60, 116.10, "Kab. Lombok Tengah")).isEqualTo("KAB_LOMBOK_TENGAH");
        // a boundary of a regency outside NTB is left out
        assertThat(places.regionOf(-8.60, 115.20, null)).isNull();
    }

    @Test
    void aBoundaryFileThatIsNotGeoJsonStopsTheStartInsteadOfRoutingNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("salah.json");
        Files.writeString(file, "{\"type\": \"Feature\"}");
        assertThatThrownBy(() -> new Places(regencies, new ObjectMapper(), file.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> new Places(
                        regencies,
                        new ObjectMapper(),
                        dir.resolve("tidak-ada.geojson").toString()))
                .hasMessageContaining("cannot read");
    }
}
