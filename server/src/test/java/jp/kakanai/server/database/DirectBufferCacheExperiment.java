package jp.kakanai.server.database;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Why the server runs with {@code -Djdk.nio.maxCachedBufferSize} (docs/server.md "Overload: what the H2 run
 * found"): an H2 file database with {@code WRITE_DELAY=0}, 100 threads inserting rows while a 5 MB text is
 * rewritten 60 times from whichever thread's turn it is — as the public snapshot is published by whichever
 * request finds it expired. Each thread that wrote a big chunk keeps a direct buffer of its size; the JDK frees
 * them only with the flag. Prints the direct memory still held after the run.
 * <pre>
 * java [-Djdk.nio.maxCachedBufferSize=262144] -cp … jp.kakanai.server.database.DirectBufferCacheExperiment
 * </pre>
 */
public final class DirectBufferCacheExperiment {
    private static final int THREADS = 100;
    private static final int BIG_WRITES = 60;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("direct-buffers");
        String url = "jdbc:h2:file:" + dir + "/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table row_of_day (id int primary key, payload varchar(40))");
            c.createStatement().execute("create table snapshot (id int primary key, content text)");
            c.createStatement().execute("insert into snapshot values (1, '')");
        }
        String big = "{\"number\":\"A-123\",\"status\":\"WAITING\",\"ahead\":12},".repeat(110_000);
        AtomicInteger rows = new AtomicInteger();
        AtomicInteger bigWrites = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(threads.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    while (bigWrites.get() < BIG_WRITES) {
                        if (rows.incrementAndGet() % 40 == 0) {
                            try (var update = c.prepareStatement("update snapshot set content = ? where id = 1")) {
                                update.setString(1, big + bigWrites.incrementAndGet());
                                update.executeUpdate();
                            }
                        }
                        try (var insert = c.prepareStatement("insert into row_of_day values (?, 'x')")) {
                            insert.setInt(1, rows.get());
                            insert.executeUpdate();
                        } catch (SQLException taken) {
                            // another thread took this id between the two reads: not what is measured here
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        // Measured while the threads live: their caches go with them.
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                System.out.printf("jdk.nio.maxCachedBufferSize=%s: %d big writes, %d rows; %d direct buffers,"
                                + " %.0f MB held%n", System.getProperty("jdk.nio.maxCachedBufferSize", "(unset)"),
                        bigWrites.get(), rows.get(), pool.getCount(), pool.getMemoryUsed() / 1e6);
            }
        }
        threads.shutdown();
    }
}
