package id.tanggap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.ApplicationKeys;
import id.tanggap.shared.EncryptedString;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.CaseScenarioTest;
import id.tanggap.testsupport.ComplaintRows;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating TANGGAP_CRYPTO_KEY: data written under the old key (with its key id, and older values
 * without one) is re-encrypted under the new key in batches; afterwards the new key alone reads every
 * encrypted value, and a second run changes nothing (nothing sealed twice). The test rotates back at
 * the end, so the running application (configured with the test key) reads its data again.
 */
class KeyRotationIT extends CaseScenarioTest {

    @Autowired
    TransactionTemplate tx;

    @Value("${tanggap.crypto.key}")
    String testKey;

    @Test
    void everyEncryptedValueIsReadableWithOnlyTheNewKeyAfterARotationAndASecondRunChangesNothing() throws Exception {
        String name = "Lalu Rotasi " + UUID.randomUUID().toString().substring(0, 6);
        var c = cases.submitJson(
                Api.complaint("WEB", null, "JALAN_RUSAK", name, "rotasi@warga.example", false, -8.6, 116.1, null));
        // the case has settled: its receipt is sent, triage waits (nothing is written meanwhile)
        cases.task(c, "Task_TriageComplaint");
        // one value as the application wrote it before values carried a key id
        ComplaintRows.set(jdbc, c.ticket(), "reporter_contact", legacyValue(testKey, "0812-1111-2222"));

        String newKey = randomKey();
        PersonalDataCipher oldOnly = new PersonalDataCipher(new ApplicationKeys(testKey, List.of()));
        PersonalDataCipher newOnly = new PersonalDataCipher(new ApplicationKeys(newKey, List.of()));
        Map<String, String> plainBefore = readAll(oldOnly);
        assertThat(plainBefore).isNotEmpty();

        KeyRotation rotation =
                new KeyRotation(jdbc, new PersonalDataCipher(new ApplicationKeys(newKey, List.of(testKey))), tx);
        try {
            int rotated = rotation.rotate(3); // small batches: several per column
            assertThat(rotated).isEqualTo(plainBefore.size());

            // the new key alone reads every value, and each is what it was
            Map<String, String> stored = storedAll();
            assertThat(stored.values()).allSatisfy(v -> assertThat(v).startsWith(newOnly.currentPrefix()));
            assertThat(readAll(newOnly)).isEqualTo(plainBefore);
            assertThat(ComplaintRows.value(jdbc, c.ticket(), "reporter_name", String.class))
                    .satisfies(v -> assertThat(newOnly.decrypt(v)).isEqualTo(name));
            assertThat(newOnly.decrypt(ComplaintRows.value(jdbc, c.ticket(), "reporter_contact", String.class)))
                    .isEqualTo("0812-1111-2222");

            // a second run (or a run resumed after a stop) finds nothing to do and seals nothing twice
            assertThat(rotation.rotate(3)).isZero();
            assertThat(storedAll()).isEqualTo(stored);
        } finally {
            // back to the test key, so the application reads its data again
            new KeyRotation(jdbc, new PersonalDataCipher(new ApplicationKeys(testKey, List.of(newKey))), tx)
                    .rotate(500);
        }
        assertThat(readAll(oldOnly)).isEqualTo(plainBefore);
        var staffView = cases.api().get("/api/cases/" + c.ticket(), "admin", "tanggap");
        assertThat(staffView.status()).isEqualTo(200);
        assertThat(staffView.body()).contains(name);
    }

    @Test
    void theRotationKnowsEveryEncryptedColumnOfEveryEntity() throws Exception {
        Set<String> declared = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        for (var bean : scanner.findCandidateComponents("id.tanggap")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            String table = type.getAnnotation(Table.class).name();
            for (Field f : type.getDeclaredFields()) {
                Convert convert = f.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == EncryptedString.class) {
                    Column column = f.getAnnotation(Column.class);
                    declared.add(
                            table + "." + (column != null && !column.name().isEmpty() ? column.name() : f.getName()));
                }
            }
        }
        Set<String> rotated = new TreeSet<>();
        KeyRotation.COLUMNS.forEach(c -> rotated.add(c.table() + "." + c.column()));
        assertThat(declared).isNotEmpty();
        assertThat(rotated).containsAll(declared).contains("notification_log.content");
    }

    /** Every encrypted value in the database, by table.column#id. */
    private Map<String, String> storedAll() {
        Map<String, String> all = new LinkedHashMap<>();
        for (var c : KeyRotation.COLUMNS) {
            jdbc.query(
                    "SELECT " + c.idColumn() + ", " + c.column() + " FROM " + c.table() + " WHERE " + c.column()
                            + " IS NOT NULL",
                    rs -> {
                        all.put(c.table() + "." + c.column() + "#" + rs.getString(1), rs.getString(2));
                    });
        }
        return all;
    }

    private Map<String, String> readAll(PersonalDataCipher cipher) {
        Map<String, String> plain = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        storedAll().forEach((where, value) -> {
            try {
                plain.put(where, cipher.decrypt(value));
            } catch (RuntimeException e) {
                unreadable.add(where);
            }
        });
        assertThat(unreadable).as("values the key cannot read").isEmpty();
        return plain;
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    /** v1: AES-GCM under the key's personal-data key, without a key id (values written before rotation existed). */
    private static String legacyValue(String key, String plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        c.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(new ApplicationKeys(key, List.of()).derive(ApplicationKeys.PERSONAL_DATA), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "v1:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }
}
