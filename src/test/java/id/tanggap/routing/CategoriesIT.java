package id.tanggap.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The complaint categories other modules read: named where known, the code itself where not. */
class CategoriesIT extends IntegrationTest {

    @Autowired
    Categories categories;

    @Test
    void aKnownCategoryIsNamedAndAnUnknownCodeStandsForItself() {
        assertThat(categories.nameOf("JALAN_RUSAK")).isEqualTo("Jalan dan jembatan rusak");
        assertThat(categories.isOpen("BANJIR")).isTrue();
        assertThat(categories.nameOf("TIDAK_ADA")).isEqualTo("TIDAK_ADA");
        assertThat(categories.isOpen("TIDAK_ADA")).isFalse();
        assertThat(categories.find(null)).isEmpty();
    }

    @Test
    void theListsAreOrderedForFormsAndCatalogues() {
        assertThat(categories.byCode()).extracting(CategoryInfo::code).contains("SAMPAH", "JALAN_RUSAK");
        assertThat(categories.byName())
                .extracting(CategoryInfo::name)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .contains("Banjir dan drainase")
                .hasSameSizeAs(categories.byCode());
    }
}
