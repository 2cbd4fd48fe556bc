package id.tanggap.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The complaint categories as other modules read them; routing owns the {@code complaint_category} table. */
@Component
public class Categories {

    private final ComplaintCategoryRepository repository;

    Categories(ComplaintCategoryRepository repository) {
        this.repository = repository;
    }

    public Optional<CategoryInfo> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code).map(CategoryInfo::of);
    }

    /** Whether a new complaint may take this category: registered and not deactivated on the master-data screen. */
    public boolean isOpen(String code) {
        return code != null
                && repository.findById(code).map(ComplaintCategory::isActive).orElse(false);
    }

    /** The category's name, or the code itself when no such category is registered (null stays null). */
    public String nameOf(String code) {
        return find(code).map(CategoryInfo::name).orElse(code);
    }

    /** Every active category, by name (for choosing one in a form). */
    public List<CategoryInfo> byName() {
        return repository.allByName().stream()
                .filter(ComplaintCategory::isActive)
                .map(CategoryInfo::of)
                .toList();
    }

    /** Every active category, by code (for catalogues such as Open311's services). */
    public List<CategoryInfo> byCode() {
        return repository.allByCode().stream()
                .filter(ComplaintCategory::isActive)
                .map(CategoryInfo::of)
                .toList();
    }
}
