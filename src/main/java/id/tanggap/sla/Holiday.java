package id.tanggap.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day on which working-day deadlines do not run (national holidays, joint leave, regional holidays). */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    private String name;

    protected Holiday() {}

    public Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
