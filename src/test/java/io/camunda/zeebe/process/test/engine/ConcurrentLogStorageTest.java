package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

/** The engine's log, read by the test's thread while the engine's thread writes (the CI failure of stop 25). */
class ConcurrentLogStorageTest {

    private static final int ENTRIES = 200_000;

    private static final LogStorage.AppendListener IGNORE = new LogStorage.AppendListener() {};

    @Test
    void aReaderOnAnotherThreadSeesEveryEntryInOrderWhileTheWriterAppends() throws Exception {
        var log = new ConcurrentLogStorage();
        var commits = new AtomicInteger();
        log.addCommitListener(commits::incrementAndGet);
        var writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < ENTRIES; i++) {
                log.append(i + 1, i + 1, ByteBuffer.allocate(Integer.BYTES).putInt(0, i), IGNORE);
            }
        });

        int read = 0;
        try (LogStorageReader reader = log.newReader()) {
            while (read < ENTRIES) {
                while (reader.hasNext()) {
                    DirectBuffer entry = reader.next();
                    assertThat(entry.capacity()).isEqualTo(Integer.BYTES);
                    assertThat(entry.getInt(0, java.nio.ByteOrder.BIG_ENDIAN)).isEqualTo(read);
                    read++;
                }
                Thread.onSpinWait();
            }
        }
        writer.get(10, TimeUnit.SECONDS);
        assertThat(read).isEqualTo(ENTRIES);
        assertThat(commits).hasValue(ENTRIES);
    }

    @Test
    void seekingToAPositionStartsAtTheEntryThatHoldsIt() {
        var log = new ConcurrentLogStorage();
        // entries hold positions 1-3, 4-6 and 7-9, as batches of records do
        for (int first = 1; first <= 7; first += 3) {
            log.append(first, first + 2, ByteBuffer.allocate(Integer.BYTES).putInt(0, first), IGNORE);
        }
        try (LogStorageReader reader = log.newReader()) {
            reader.seek(5);
            assertThat(reader.next().getInt(0, java.nio.ByteOrder.BIG_ENDIAN)).isEqualTo(4);
            reader.seek(1);
            assertThat(reader.next().getInt(0, java.nio.ByteOrder.BIG_ENDIAN)).isEqualTo(1);
            reader.seek(100);
            assertThat(reader.next().getInt(0, java.nio.ByteOrder.BIG_ENDIAN)).isEqualTo(7);
            assertThat(reader.hasNext()).isFalse();
        }
    }
}
