package id.tanggap.routing;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, String> {}
