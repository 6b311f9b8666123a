package kg.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A whole Neo4j DBMS in this JVM, reachable only over Bolt on loopback, so the app and its tests
 * get a real server where no container engine exists.
 *
 * <p>Usage: {@code java -Xmx1g -cp target/classes:target/lib/* kg.neo4jlocal.Neo4jLocal --home DIR
 * [--port 7687] [--page-cache 512m] [--parent-pid PID]}
 *
 * <p>Protocol with the caller (src/db/ reads it): exactly one line {@code READY bolt://HOST:PORT}
 * on stdout once Bolt accepts connections and the default database is online; exit code 1 with
 * {@code FAILED reason} otherwise. Port 0 lets the OS choose, and READY reports the bound port.
 * SIGTERM shuts the DBMS down cleanly (checkpoint, store lock released) before the JVM exits.
 */
public final class Neo4jLocal {
  private static final String HOST = "127.0.0.1";

  private Neo4jLocal() {}

  public static void main(String[] args) {
    Path home = null;
    int port = 7687;
    String pageCache = "512m";
    long parentPid = -1;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = i + 1 < args.length ? args[++i] : null;
      if (value == null) fail("missing value for " + flag);
      switch (flag) {
        case "--home" -> home = Path.of(value).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(value);
        case "--page-cache" -> pageCache = value;
        case "--parent-pid" -> parentPid = Long.parseLong(value);
        default -> fail("unknown option " + flag);
      }
    }
    if (home == null) fail("--home DIR is required");

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              // Loopback only, so no password: real servers with auth go through NEO4J_URI.
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
              .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
              // Test instances are thrown away; do not reserve hundreds of MB of log files.
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              // The product runs offline: no usage reports to neo4j.com.
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              // Netty waits two 5 s quiet periods by default, which makes every stop take 10 s.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
              .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
              .build();
    } catch (Exception e) {
      fail(e.toString());
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("STOPPING");
                  dbms.shutdown();
                  System.out.println("STOPPED");
                  System.out.flush();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) fail("default database did not come online");
    HostnamePort bound =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    if (bound == null) fail("Bolt connector did not register an address");
    System.out.println("READY bolt://" + HOST + ":" + bound.getPort());
    System.out.flush();

    if (parentPid > 0) watchParent(parentPid);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A test instance must not outlive a test runner that was killed before its teardown ran:
   * when the parent disappears, exit (which runs the shutdown hook).
   */
  private static void watchParent(long parentPid) {
    var watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "neo4j-local-parent-watch");
              t.setDaemon(true);
              return t;
            });
    watcher.scheduleWithFixedDelay(
        () -> {
          boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
          if (!alive) {
            System.out.println("parent " + parentPid + " is gone; shutting down");
            System.exit(0);
          }
        },
        2,
        2,
        TimeUnit.SECONDS);
  }

  private static void fail(String reason) {
    System.out.println("FAILED " + reason);
    System.out.flush();
    System.exit(1);
  }
}
