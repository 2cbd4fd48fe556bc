package id.tanggap.forwarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ForwardTargetRepository extends JpaRepository<ForwardTarget, String> {

    @Override
    @Query("select x from ForwardTarget x")
    List<ForwardTarget> findAll();
}
