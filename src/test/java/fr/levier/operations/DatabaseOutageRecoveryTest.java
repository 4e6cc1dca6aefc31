package fr.levier.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Database outage and recovery, with the connection pool settings Levier ships. Stopping the shared
 * MariaDB server from a test would break every other test and process using it, so the outage is made
 * between the pool and the database: all traffic goes through a TCP relay that the test cuts (every
 * open connection reset, new ones refused) and restores. That is what the pool sees when the server
 * stops and starts again. The database is the real MariaDB when {@code LEVIER_DB_URL} names one (CI),
 * else an H2 TCP server.
 */
class DatabaseOutageRecoveryTest {

    private Server h2;
    private Relay relay;
    private HikariDataSource pool;
    private final String table = "outage_payment_" + System.nanoTime() % 1_000_000;

    @BeforeEach
    void start() throws Exception {
        String mariadb = System.getenv("LEVIER_DB_URL");
        String url;
        if (mariadb != null && mariadb.startsWith("jdbc:mariadb://")) {
            // CI: the real MariaDB, through the relay
            java.net.URI uri = java.net.URI.create(mariadb.substring(5));
            relay = new Relay(uri.getPort() < 0 ? 3306 : uri.getPort());
            url = "jdbc:mariadb://127.0.0.1:" + relay.port() + uri.getPath();
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            relay = new Relay(h2.getPort());
            url = "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/mem:outage" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        }
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(h2 == null ? System.getenv().getOrDefault("LEVIER_DB_USER", "root") : "sa");
        config.setPassword(h2 == null ? System.getenv().getOrDefault("LEVIER_DB_PASSWORD", "") : "");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(Long.parseLong(shipped.getProperty("spring.datasource.hikari.connection-timeout")));
        config.setValidationTimeout(Long.parseLong(shipped.getProperty("spring.datasource.hikari.validation-timeout")));
        config.setKeepaliveTime(Long.parseLong(shipped.getProperty("spring.datasource.hikari.keepalive-time")));
        config.setMaxLifetime(Long.parseLong(shipped.getProperty("spring.datasource.hikari.max-lifetime")));
        pool = new HikariDataSource(config);
        new JdbcTemplate(pool).execute("create table " + table + " (id int primary key, amount decimal(12,2))");
    }

    @AfterEach
    void stop() throws IOException {
        new JdbcTemplate(pool).execute("drop table " + table);
        pool.close();
        relay.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void failsFastWhileTheDatabaseIsDownWritesNothingHalfAndRecoversByItself() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(pool));
        DataSourceHealthIndicator health = new DataSourceHealthIndicator(pool, "select 1");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        // the outage strikes in the middle of a transaction of two writes
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    jdbc.update("insert into " + table + " values (1, 100.00)");
                    relay.cut();
                    jdbc.update("insert into " + table + " values (2, 200.00)");
                }))
                .isInstanceOf(RuntimeException.class); // the write, or the rollback on a dead connection

        // while it lasts: callers get an error within the shipped connection timeout, readiness is DOWN
        long started = System.nanoTime();
        assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
                .satisfies(e ->
                        assertThat(fr.levier.shared.DatabaseOutage.isCause(e)).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        relay.restore();

        // back: the same pool serves again without a restart, and the interrupted transaction left nothing
        Integer rows = null;
        for (int i = 0; i < 30 && rows == null; i++) {
            try {
                rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
            } catch (RuntimeException stillDown) {
                // Hikari checks a connection on loan once it has been idle 500 ms: users' pauses
                Thread.sleep(600);
            }
        }
        assertThat(rows).isZero();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        jdbc.update("insert into " + table + " values (3, 300.00)");
        assertThat(jdbc.queryForObject("select sum(amount) from " + table, java.math.BigDecimal.class))
                .isEqualByComparingTo("300.00");
    }

    /** A TCP relay that can be cut (resets every connection, refuses new ones) and restored. */
    static final class Relay implements AutoCloseable {
        private final ServerSocket server;
        private final int target;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private volatile boolean up = true;

        Relay(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(this::acceptLoop, "relay-accept");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return server.getLocalPort();
        }

        void cut() {
            up = false;
            open.forEach(Relay::closeQuietly);
            open.clear();
        }

        void restore() {
            up = true;
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (!up) {
                        client.setSoLinger(true, 0);
                        client.close();
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // server closed, or a connection refused while cut
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            Thread t = new Thread(
                    () -> {
                        byte[] buffer = new byte[8192];
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            int n;
                            while ((n = in.read(buffer)) >= 0) {
                                out.write(buffer, 0, n);
                                out.flush();
                            }
                        } catch (IOException e) {
                            // cut
                        } finally {
                            closeQuietly(from);
                            closeQuietly(to);
                        }
                    },
                    "relay-pipe");
            t.setDaemon(true);
            t.start();
        }

        private static void closeQuietly(Socket s) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            cut();
            server.close();
        }
    }
}
