package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The test library's in-memory log, safe to read from other threads while the engine writes.
 *
 * <p>Why: {@link InMemoryLogStorage} of zeebe-process-test 8.8 appends to a plain {@code ArrayList} on the engine's
 * thread while the record stream reads it on the test's thread, with nothing between them. A reader can see the new
 * size before the entry itself and then fails with "Cannot invoke ByteBuffer.capacity() because buffer is null" (seen
 * once in CI, in {@code LifecycleScenariosIT}). Here every access to the entries holds the same lock, so a reader sees
 * an entry no later than the size that includes it.
 *
 * <p>It extends the library's class only because {@link EngineStateMonitor} takes that type; every method is
 * replaced, none of the parent's state is used.
 */
final class ConcurrentLogStorage extends InMemoryLogStorage {

    private final ConcurrentSkipListMap<Long, Integer> indexByPosition = new ConcurrentSkipListMap<>();
    private final List<ByteBuffer> entries = new ArrayList<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer buffer = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(buffer), 0);
        append(lowestPosition, highestPosition, buffer, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer buffer, AppendListener listener) {
        int index;
        synchronized (entries) {
            entries.add(buffer);
            index = entries.size();
        }
        indexByPosition.put(lowestPosition, index);
        listener.onWrite(index, highestPosition);
        listener.onCommit(index, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    private int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private ByteBuffer entry(int index) {
        synchronized (entries) {
            return entries.get(index);
        }
    }

    /** Reads as the library's reader does: {@code seek} goes to the entry that holds the position. */
    private final class Reader implements LogStorageReader {

        private int current;

        @Override
        public void seek(long position) {
            var entry = indexByPosition.lowerEntry(position);
            current = entry == null ? 0 : entry.getValue() - 1;
        }

        @Override
        public boolean hasNext() {
            return current >= 0 && current < size();
        }

        @Override
        public DirectBuffer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return new UnsafeBuffer(entry(current++));
        }

        @Override
        public void close() {}
    }
}
