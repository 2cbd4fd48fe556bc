package id.tanggap.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, String> {

    @Query("select x from ComplaintCategory x order by x.name")
    List<ComplaintCategory> allByName();

    @Query("select x from ComplaintCategory x order by x.code")
    List<ComplaintCategory> allByCode();
}
