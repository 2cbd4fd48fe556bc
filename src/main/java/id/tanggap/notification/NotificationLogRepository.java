package id.tanggap.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationLogRepository extends JpaRepository<NotificationLog, Long> {

    boolean existsByDedupKey(String dedupKey);
}
