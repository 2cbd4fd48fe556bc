package id.tanggap.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the complaint is about: coordinates when the door gave them, an address as typed or spoken. */
@Embeddable
public record Location(
        @Column(name = "latitude") Double latitude,
        @Column(name = "longitude") Double longitude,
        @Column(name = "address") String address) {

    static final Location NONE = new Location(null, null, null);

    /** JPA leaves an embeddable whose columns are all null as null; every reader gets {@link #NONE} instead. */
    static Location orNone(Location location) {
        return location == null ? NONE : location;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
