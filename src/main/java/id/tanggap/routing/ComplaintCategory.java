package id.tanggap.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a complaint is about; complaint-routing.dmn maps it to the OPD that handles it. */
@Entity
@Table(name = "complaint_category")
class ComplaintCategory {

    @Id
    private String code;

    private String name;

    protected ComplaintCategory() {}

    public ComplaintCategory(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
