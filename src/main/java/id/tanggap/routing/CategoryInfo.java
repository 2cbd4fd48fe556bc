package id.tanggap.routing;

/** A complaint category as other modules see it. */
public record CategoryInfo(String code, String name) {

    static CategoryInfo of(ComplaintCategory category) {
        return new CategoryInfo(category.getCode(), category.getName());
    }
}
