package id.tanggap.inventory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffMemberRepository extends JpaRepository<StaffMember, String> {

    @Query("select count(x) from StaffMember x where x.opdCode = ?1")
    long countByOpdCode(String opdCode);
}
