package id.tanggap.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code script/rotate-key}: started with {@code --tanggap.crypto.rotate=true}, the application
 * re-encrypts the stored personal data under the current key and exits (status 0 when done, 1 when
 * a value could not be read with any configured key: nothing after it in that batch was changed,
 * and a later run continues).
 */
@Component
@ConditionalOnProperty(name = "tanggap.crypto.rotate", havingValue = "true")
class KeyRotationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationRunner.class);

    private final KeyRotation rotation;
    private final ConfigurableApplicationContext context;
    private final int batchSize;

    KeyRotationRunner(
            KeyRotation rotation,
            ConfigurableApplicationContext context,
            @Value("${tanggap.crypto.rotate-batch-size:500}") int batchSize) {
        this.rotation = rotation;
        this.context = context;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status;
        try {
            int n = rotation.rotate(batchSize);
            log.info("key rotation done: {} values re-encrypted under the current TANGGAP_CRYPTO_KEY", n);
            status = 0;
        } catch (RuntimeException e) {
            log.error("key rotation stopped: {}", e.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
