package id.tanggap.inbox;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InteractionRepository extends JpaRepository<Interaction, Long>, JpaSpecificationExecutor<Interaction> {

    Optional<Interaction> findByPlatformAndPlatformMessageId(String platform, String platformMessageId);

    boolean existsByPlatformAndSenderKeyAndIdLessThan(String platform, String senderKey, Long id);

    boolean existsByPlatformAndThreadIdAndInteractionClassAndIdLessThan(
            String platform, String threadId, InteractionClass interactionClass, Long id);

    java.util.List<Interaction> findTop100ByInteractionClassAndStateAndIdGreaterThanOrderByIdAsc(
            InteractionClass interactionClass, InteractionState state, Long after);
}
