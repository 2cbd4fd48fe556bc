package id.tanggap.inbox;

import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InteractionRepository extends JpaRepository<Interaction, Long>, JpaSpecificationExecutor<Interaction> {

    @Query("select x from Interaction x where x.platform = ?1 and x.platformMessageId = ?2")
    Optional<Interaction> findByPlatformAndPlatformMessageId(String platform, String platformMessageId);

    @Query(
            "select case when count(x) > 0 then true else false end from Interaction x where x.platform = ?1 and x.senderKey = ?2 and x.id < ?3")
    boolean existsByPlatformAndSenderKeyAndIdLessThan(String platform, String senderKey, Long id);

    @Query(
            "select case when count(x) > 0 then true else false end from Interaction x where x.platform = ?1 and x.threadId = ?2 and x.interactionClass = ?3 and x.id < ?4")
    boolean existsByPlatformAndThreadIdAndInteractionClassAndIdLessThan(
            String platform, String threadId, InteractionClass interactionClass, Long id);

    @Query("select x from Interaction x where x.interactionClass = ?1 and x.state = ?2 and x.id > ?3 order by x.id")
    java.util.List<Interaction> findByInteractionClassAndStateAndIdGreaterThanOrderByIdAsc(
            InteractionClass interactionClass, InteractionState state, Long after, Limit limit);
}
