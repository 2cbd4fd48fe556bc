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

    /** An inactive category is no longer offered to complainants or in the Open311 catalogue; old cases keep it. */
    private boolean active = true;

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

    public boolean isActive() {
        return active;
    }

    void rename(String name) {
        this.name = name;
    }

    void activate(boolean active) {
        this.active = active;
    }

    /** The record as its history shows it. */
    String describe() {
        return "nama: " + name + "; aktif: " + (active ? "ya" : "tidak");
    }
}
