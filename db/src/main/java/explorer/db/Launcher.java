package explorer.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 only, for the explorer's Node process.
 *
 * <p>It is a child process, not a service: it talks to its parent through single lines on
 * stdout ({@code READY ...}, {@code ERROR <code> <detail>}, {@code STOPPED}) and stops when the
 * parent closes its stdin, so a parent that dies never leaves a Java process behind. It is not
 * configurable beyond what the explorer needs; everything comes from environment variables
 * validated by the Node side.
 */
public final class Launcher {
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_STORE_LOCKED = 3;
    private static final int EXIT_PORT_IN_USE = 4;

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(requireEnv("EMBEDDED_HOME")).toAbsolutePath();
        int boltPort = Integer.parseInt(requireEnv("EMBEDDED_BOLT_PORT"));
        long pageCacheMiB = Long.parseLong(envOr("EMBEDDED_PAGECACHE_MB", "256"));
        String password = System.getenv("EMBEDDED_AUTH_PASSWORD");

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            writePidFile(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    // Auth is off only because Bolt binds loopback; tests turn it on to check
                    // the wrong-password message against a real server.
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Bolt waits 5 s twice by default when it stops; the stores are already
                    // checkpointed by then, and a stop must finish well within 15 s.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            fail(e, home, boltPort);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            System.out.flush();
            dbms.shutdown();
            deletePidFile(home);
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
                throw new IllegalStateException("database did not become available within 5 minutes");
            }
            if (password != null) {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            }
        } catch (Throwable e) {
            fail(e, home, boltPort);
            return;
        }

        System.out.println("READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        watchParent();
        stopped.await();
    }

    /** Exits (running the shutdown hook) when the parent closes our stdin or dies. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                while (in.read() != -1) {
                    // The parent never writes; any byte is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone: stop like on EOF.
            }
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void fail(Throwable e, Path home, int boltPort) {
        String chain = describe(e);
        if (chain.contains("locked by another process") || chain.contains("FileLockException")) {
            System.out.println("ERROR store-locked " + home);
            System.out.flush();
            System.exit(EXIT_STORE_LOCKED);
        }
        if (chain.contains("Address already in use") || chain.contains("BindException")) {
            System.out.println("ERROR port-in-use " + boltPort);
            System.out.flush();
            deletePidFile(home);
            System.exit(EXIT_PORT_IN_USE);
        }
        System.out.println("ERROR failed " + firstLine(e));
        System.out.flush();
        e.printStackTrace();
        deletePidFile(home);
        System.exit(EXIT_FAILED);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                sb.append(describe(s));
            }
        }
        return sb.toString();
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String msg = String.valueOf(root.getMessage());
        int nl = msg.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (nl >= 0 ? msg.substring(0, nl) : msg);
    }

    /**
     * The pid file lets the Node side name the process that holds a store lock. Neo4j's own
     * store_lock is released by the OS when a process dies, so a lock means a live process.
     */
    private static void writePidFile(Path home) throws IOException {
        Path pidFile = home.resolve("embedded.pid");
        if (Files.exists(pidFile)) {
            try {
                long other = Long.parseLong(Files.readString(pidFile).trim());
                if (ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
                    return; // A live holder: Neo4j's lock decides, and the file names it.
                }
            } catch (NumberFormatException ignored) {
                // A half-written pid file from a killed process: replace it.
            }
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    }

    private static void deletePidFile(Path home) {
        Path pidFile = home.resolve("embedded.pid");
        try {
            if (Files.exists(pidFile)
                    && Files.readString(pidFile).trim().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(pidFile);
            }
        } catch (IOException ignored) {
            // Best effort: a stale pid file is detected by the Node side.
        }
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.out.println("ERROR failed missing environment variable " + name);
            System.exit(EXIT_FAILED);
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
