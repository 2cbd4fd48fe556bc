package id.tanggap.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationContactRepository extends JpaRepository<EscalationContact, String> {

    @Query("select x from EscalationContact x order by x.role")
    List<EscalationContact> allByRole();
}
