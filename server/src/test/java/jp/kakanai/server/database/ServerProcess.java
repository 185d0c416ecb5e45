package jp.kakanai.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kakanai.server.KakanaiServer;

/**
 * A Kakanai server in a JVM of its own, started as production starts it, so that a test can
 * end it the hard way: {@link #kill()} sends SIGKILL, nothing in the server gets to run afterwards. Its output
 * goes to {@code server-N.log} in the given directory; failures quote the log's end.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server with these arguments ({@code --name=value}, profiles too) and waits until it answers. */
    static ServerProcess start(Path logDir, List<String> arguments) throws IOException, InterruptedException {
        return start(logDir, List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), arguments);
    }

    /** With JVM options of the caller's (a benchmark runs the server as production does: full JIT, its own GC). */
    static ServerProcess start(Path logDir, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(logDir);
        Path log;
        try (var existing = Files.list(logDir)) {
            log = logDir.resolve("server-" + existing.filter(p -> p.getFileName().toString().startsWith("server-")).count()
                    + ".log");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                KakanaiServer.class.getName(),
                "--server.port=" + port, "--kakanai.queue.prefetch=false",
                // Reception and the office day end at midnight, not at 17:15 and 20:00: a run after 17:15 JST would
                // otherwise be refused new tickets, and after 20:00 see its tickets closed "not served at closing"
                // (as ServerHttpTest does in-process).
                "--kakanai.queue.reception-ends=24:00", "--kakanai.queue.closing-time=24:00"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // A test JVM that ends early must not leave servers behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        ServerProcess server = new ServerProcess(process, port, log);
        server.awaitHealthy();
        return server;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no pool closing, no last flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die within 30 s of SIGKILL");
        }
    }

    /** Waits for the server to end by itself; its exit code, or empty if it still runs after {@code limit}. */
    java.util.OptionalInt awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /** The server's whole output so far. */
    String wholeLog() throws IOException {
        return Files.readString(log);
    }

    /** The end of the server's output, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped during start-up:\n" + logTail());
            }
            try {
                var answer = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within " + START_LIMIT + ":\n" + logTail());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
