package id.tanggap.sla;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

    @Query("select x from Holiday x where x.date between ?1 and ?2 order by x.date")
    List<Holiday> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);
}
