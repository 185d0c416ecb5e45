package jp.kakanai.server.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The data keys of the stored My Numbers, each wrapped with the master key, in fixed slots of one file
 * outside the database. A database cannot forget: H2 keeps deleted rows in its file until it is compacted
 * offline, PostgreSQL until a page happens to be rewritten, and both in their backups and logs. This file
 * can: destroying a key writes zeros over its slot in place and forces them to the disk, after which the
 * sealed number — in the live database, a copy of it or a backup — opens for nobody, not even with the
 * master key (crypto-shredding; NIST SP 800-88 "cryptographic erase").
 *
 * <p>Layout: a 16-byte header ({@code KKDK}, version 1, slot size) and 128-byte slots: a state byte (1 =
 * in use), the time it was written (epoch milliseconds), then nonce ‖ wrapped key ‖ tag (60 bytes),
 * zeros after. Every write is forced to the disk before the check-in that needs it commits. Servers that
 * share one database share this file too (on storage they all reach): writes take a lock on the file.
 */
public final class DataKeyFile implements AutoCloseable {
    static final int SLOT = 128;
    static final int WRAPPED = 60;
    private static final int HEADER = 16;
    private static final int STATE_AND_TIME = 9;
    private static final byte[] MAGIC = "KKDK".getBytes(StandardCharsets.US_ASCII);
    /** A file lock belongs to the whole JVM: two servers in one JVM (tests, a cluster node) take turns here first. */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();
    private final Path path;
    private final FileChannel channel;
    private final ReentrantLock jvmLock;
    /** Slots this server knows to be taken; another server's writes are found on the disk before a slot is used. */
    private final BitSet taken = new BitSet();

    private DataKeyFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
        this.jvmLock = IN_THIS_JVM.computeIfAbsent(path, p -> new ReentrantLock());
    }

    /** Opens the file, creating it (readable by the server's user only) when it does not exist. */
    public static DataKeyFile open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
            if (!Files.exists(path) && KeyFiles.posix(path.getParent())) {
                try {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException anotherServerWasFaster) {
                    // opened below
                }
            }
            DataKeyFile keys = new DataKeyFile(path, FileChannel.open(path, StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE));
            keys.locked(() -> {
                keys.checkHeader();
                keys.taken.or(keys.scan(Instant.MAX));
                return null;
            });
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the My Number data key file " + path, e);
        }
    }

    /** Writes a wrapped key into a free slot and forces it to the disk; the slot's number. */
    public int put(byte[] wrapped, Instant at) {
        if (wrapped.length != WRAPPED) {
            throw new IllegalArgumentException("a wrapped data key has " + WRAPPED + " bytes");
        }
        return locked(() -> {
            int slot = taken.nextClearBit(0);
            while (slot < slotCount() && stateOf(slot) == 1) {
                taken.set(slot);
                slot = taken.nextClearBit(slot);
            }
            // The whole slot, zeros after the key: the file's length always counts whole slots.
            write(slot, ByteBuffer.allocate(SLOT).put((byte) 1).putLong(at.toEpochMilli()).put(wrapped).clear());
            taken.set(slot);
            return slot;
        });
    }

    /** The wrapped key in a slot; empty when it was destroyed or never written. */
    public Optional<byte[]> get(int slot) {
        if (slot < 0 || slot >= slotCount()) {
            return Optional.empty();
        }
        ByteBuffer buffer = read(slot);
        if (buffer.get(0) != 1) {
            return Optional.empty();
        }
        byte[] wrapped = new byte[WRAPPED];
        buffer.position(STATE_AND_TIME).get(wrapped);
        return Optional.of(wrapped);
    }

    /** Destroys the key of a slot: zeros over it, in place, forced to the disk. */
    public void destroy(int slot) {
        locked(() -> {
            if (slot >= 0 && slot < slotCount()) {
                write(slot, ByteBuffer.allocate(SLOT));
                taken.clear(slot);
            }
            return null;
        });
    }

    /** The slots holding a key written before {@code before} (to find keys no stored number refers to). */
    public Set<Integer> keysWrittenBefore(Instant before) {
        Set<Integer> slots = new TreeSet<>();
        locked(() -> scan(before)).stream().forEach(slots::add);
        return slots;
    }

    public Path path() {
        return path;
    }

    /** A copy of the whole file (for a backup beside the database's), made while no key is written or destroyed. */
    public void copyTo(Path target) {
        locked(() -> {
            try {
                Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (KeyFiles.posix(target.toAbsolutePath().getParent())) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + path + " to " + target, e);
            }
            return null;
        });
    }

    private BitSet scan(Instant before) {
        BitSet found = new BitSet();
        for (int slot = 0; slot < slotCount(); slot++) {
            ByteBuffer buffer = read(slot);
            if (buffer.get(0) == 1 && Instant.ofEpochMilli(buffer.getLong(1)).isBefore(before)) {
                found.set(slot);
            }
        }
        return found;
    }

    private void checkHeader() {
        try {
            if (channel.size() == 0) {
                channel.write(ByteBuffer.allocate(HEADER).put(MAGIC).putInt(1).putInt(SLOT).flip(), 0);
                channel.force(true);
                return;
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            channel.read(header, 0);
            byte[] magic = Arrays.copyOf(header.array(), 4);
            if (!Arrays.equals(magic, MAGIC) || header.getInt(4) != 1 || header.getInt(8) != SLOT) {
                throw new IllegalStateException("Kakanai configuration: " + path + " is not a My Number data key file"
                        + " (kakanai.privacy.data-key-file)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private int stateOf(int slot) {
        return read(slot).get(0);
    }

    private ByteBuffer read(int slot) {
        ByteBuffer buffer = ByteBuffer.allocate(SLOT);
        try {
            while (buffer.hasRemaining() && channel.read(buffer, offset(slot) + buffer.position()) >= 0) {
                // read the whole slot
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return buffer.flip();
    }

    private long slotCount() {
        try {
            return Math.max(0, (channel.size() - HEADER) / SLOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private void write(int slot, ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes, offset(slot) + bytes.position());
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private <T> T locked(Supplier<T> action) {
        jvmLock.lock();
        try (FileLock ignored = channel.lock()) {
            return action.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + path, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private static long offset(int slot) {
        return HEADER + (long) slot * SLOT;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
