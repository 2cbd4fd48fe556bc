package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic with a clock the test moves: slow guessing, short waits for the real user. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-06-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15)),
            clock);

    private void fail(String user, String ip, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.waitFor(user, ip))
                    .as("attempt %d may go ahead", i + 1)
                    .isZero();
            throttle.failed(user, ip);
        }
    }

    @Test
    void fiveWrongPasswordsBlockTheUserNameForAMinuteThenLongerUpToTheCap() {
        fail("pupr", "10.0.0.1", 5);
        assertThat(throttle.waitFor("pupr", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("PUPR ", "10.0.0.2"))
                .as("per user name, whatever the address and case")
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("dlhk", "10.0.0.2"))
                .as("other users are not affected")
                .isZero();

        clock.pass(Duration.ofMinutes(1));
        fail("pupr", "10.0.0.1", 5);
        assertThat(throttle.waitFor("pupr", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        for (int round = 0; round < 6; round++) {
            clock.pass(throttle.waitFor("pupr", "10.0.0.1"));
            fail("pupr", "10.0.0." + (round + 3), 5);
        }
        assertThat(throttle.waitFor("pupr", "10.0.0.9"))
                .as("never longer than the cap")
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRealUsersLoginClearsTheRecordAndOldFailuresExpire() {
        fail("sekda", "10.0.1.1", 4);
        throttle.succeeded("sekda");
        fail("sekda", "10.0.1.1", 4);
        assertThat(throttle.waitFor("sekda", "10.0.1.1")).isZero();

        clock.pass(Duration.ofMinutes(16));
        fail("sekda", "10.0.1.1", 4);
        assertThat(throttle.waitFor("sekda", "10.0.1.1"))
                .as("the earlier four fell out of the window")
                .isZero();
    }

    @Test
    void sprayingManyUserNamesFromOneAddressBlocksThatAddress() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "203.0.113.7", 1);
        }
        assertThat(throttle.waitFor("admin", "203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("admin", "198.51.100.1"))
                .as("the real admin elsewhere is not blocked")
                .isZero();
    }
}
