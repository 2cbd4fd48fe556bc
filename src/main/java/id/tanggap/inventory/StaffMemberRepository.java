package id.tanggap.inventory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, String> {

    long countByOpdCode(String opdCode);
}
