package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concord.ConcordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL dies under a running Concord (killed, as the kernel's out-of-memory killer would). While it
 * is away, readiness is DOWN, a page gets the 503 error page and the API a 503 problem document, without waiting out a
 * connection timeout per request; Concord starts the server again by itself on its port, and requests succeed again.
 * A data directory of its own: the server is killed.
 */
class DatabaseOutageTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void whileTheDatabaseIsAwayRequestsGet503AndConcordRecoversByItself() throws Exception {
        Path directory = Files.createTempDirectory("concord-outage-");
        try (ConfigurableApplicationContext concord = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--concord.database.directory=" + directory,
                "--concord.database.temporary=false", "--concord.import.background=false")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) concord).getWebServer().getPort();
            assertThat(get(base + "/organisations", "text/html").statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
            int databasePort = Integer.parseInt(Files.readAllLines(directory.resolve("postmaster.pid")).get(3).trim());
            ProcessHandle server = EmbeddedDataDirectory.postmaster(directory).orElseThrow();

            server.destroyForcibly();
            // the port is held, so that the server cannot come back before the outage has been looked at
            List<ServerSocket> held = holdPort(databasePort);
            try {
                HttpResponse<String> readiness = eventually(() -> get(base + "/actuator/health/readiness",
                        "application/json"), r -> r.statusCode() == 503);
                assertThat(readiness.body()).contains("OUT_OF_SERVICE");
                assertThat(get(base + "/actuator/health/liveness", "application/json").statusCode())
                        .as("alive: restarting Concord would not bring the database back").isEqualTo(200);

                HttpResponse<String> page = get(base + "/organisations", "text/html");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
                assertThat(page.headers().firstValue("Retry-After")).isPresent();
                assertThat(page.body()).contains("Temporarily unavailable").contains("<main");

                HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/organisations"))
                        .header("Accept", "text/html").header("Cookie", "SESSION=c29tZS1zZXNzaW9u").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.statusCode()).as("a request with a session cookie").isEqualTo(503);

                HttpResponse<String> api = get(base + "/api/v1/organisations", "application/json");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                assertThat(api.body()).contains("\"status\":503").contains("database");
            } finally {
                for (ServerSocket socket : held) {
                    socket.close();
                }
            }

            assertThat(eventually(() -> get(base + "/api/v1/organisations", "application/json"),
                    r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
            assertThat(get(base + "/organisations", "text/html").statusCode()).isEqualTo(200);
            assertThat(eventually(() -> get(base + "/actuator/health/readiness", "application/json"),
                    r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
            assertThat(EmbeddedDataDirectory.postmaster(directory).orElseThrow().pid())
                    .as("a new server, on the same port").isNotEqualTo(server.pid());
            assertThat(Files.readAllLines(directory.resolve("postmaster.pid")).get(3).trim())
                    .isEqualTo(String.valueOf(databasePort));
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /**
     * Takes the port on the loopback addresses once the killed server let go of it, closing every connection at once
     * (as a server that is not there does), so that the server cannot listen there again until these are closed.
     */
    private static List<ServerSocket> holdPort(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<ServerSocket> held = new ArrayList<>();
        for (String address : List.of("127.0.0.1", "::1")) {
            while (true) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true); // as PostgreSQL does: its closed connections linger in TIME_WAIT
                try {
                    socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
                    held.add(socket);
                    Thread refuser = new Thread(() -> {
                        while (!socket.isClosed()) {
                            try {
                                socket.accept().close();
                            } catch (IOException e) {
                                // closed
                            }
                        }
                    }, "refusing-" + address);
                    refuser.setDaemon(true);
                    refuser.start();
                    break;
                } catch (IOException e) {
                    socket.close();
                    if (e.getMessage() != null && e.getMessage().contains("assign requested address")) {
                        break; // no IPv6 here, so the server cannot listen there either
                    }
                    assertThat(Instant.now()).as("the killed server let go of its port").isBefore(deadline);
                    Thread.sleep(5); // a poll interval, not a timing assertion
                }
            }
        }
        return held;
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private static HttpResponse<String> eventually(Call call, java.util.function.Predicate<HttpResponse<String>> until)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> response = call.call();
        while (!until.test(response) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // a poll interval, not a timing assertion
            response = call.call();
        }
        return response;
    }
}
