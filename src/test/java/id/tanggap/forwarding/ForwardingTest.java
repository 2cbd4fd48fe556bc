package id.tanggap.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.complaint.Complaint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingTest {

    record Adapter(String serves, String name) implements ComplaintForwarder {
        @Override
        public boolean serves(ForwardTarget target) {
            return serves.equals(target.getCode());
        }

        @Override
        public String forward(ForwardTarget target, Complaint complaint, String dedupKey) {
            return name;
        }
    }

    @Test
    void theFirstAdapterServingTheTargetDeliversAndNoneIsAClearError() {
        ForwardTarget target = new ForwardTarget("LAPOR", "SP4N-LAPOR!", "NATIONAL", null);
        var lapor = new Adapter("LAPOR", "lapor");
        assertThat(Forwarding.adapterFor(
                        target, List.of(new Adapter("MAIL", "mail"), lapor, new Adapter("LAPOR", "2"))))
                .isSameAs(lapor);
        assertThatThrownBy(() -> Forwarding.adapterFor(target, List.of(new Adapter("MAIL", "mail"))))
                .hasMessageContaining("SP4N-LAPOR!");
    }
}
