package org.concord.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Concord over real HTTP behind a TLS proxy, configured as the README says (server.forward-headers-strategy=native):
 * the proxy's X-Forwarded-Proto makes cookies Secure and sends HSTS, its X-Forwarded-For is the address the audit log
 * records; no Host or X-Forwarded-Host header moves a redirect off Concord's public address. Anonymous visitors,
 * the sign-in form included, store no session, and the sign-in form is still protected against forgery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "concord.base-url=http://concord.example.org"})
class BehindATlsProxyTest {

    private static final String USERNAME = "proxied";
    private static final String PASSWORD = "Proxied-person-2026";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void anAccount() {
        if (jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, USERNAME) == 0) {
            jdbc.update("insert into account (username, display_name, password_hash, must_change_password) values (?, ?, ?, false)",
                    USERNAME, "Proxied Person", encoder.encode(PASSWORD));
        }
    }

    @Test
    void anonymousVisitorsStoreNoSessionAndTheSignInFormStillNeedsItsToken() throws Exception {
        HttpClient browser = browser();
        int before = sessions();
        HttpResponse<String> first = send(browser, HttpRequest.newBuilder(url("/sign-in")).GET());
        assertThat(cookie(first, "CONCORD-CSRF")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(first.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        for (String page : List.of("/", "/organisations", "/activities", "/map", "/countries/UA", "/activities/reform-areas",
                "/exchange-rates/annual", "/sign-in", "/sign-in?error", "/sign-in?ended", "/overlaps", "/admin/accounts")) {
            HttpResponse<String> visit = send(browser, HttpRequest.newBuilder(url(page)).GET());
            assertThat(visit.statusCode()).as(page).isIn(200, 302);
            assertThat(visit.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(sessions()).as("sessions stored by anonymous visits").isEqualTo(before);
        assertThat(send(browser, HttpRequest.newBuilder(url("/sign-in?error")).GET()).body())
                .contains("Wrong username or password.");
        assertThat(send(browser, HttpRequest.newBuilder(url("/sign-in?ended")).GET()).body())
                .contains("You have been signed out because your account was changed");

        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(url("/sign-in")).GET());
        String token = csrfField(form.body());

        // a forged sign-in: without the form's token, or with the token but without the cookie it belongs to
        assertThat(send(browser, post("/sign-in", Map.of("username", USERNAME, "password", PASSWORD))).statusCode())
                .isEqualTo(403);
        assertThat(send(browser(), post("/sign-in", Map.of("username", USERNAME, "password", PASSWORD, "_csrf", token)))
                .statusCode()).isEqualTo(403);
        assertThat(sessions()).isEqualTo(before);

        // the real sign-in returns to the page asked for before (/admin/accounts was visited last)
        HttpResponse<String> signedIn = send(browser, post("/sign-in",
                Map.of("username", USERNAME, "password", PASSWORD, "_csrf", token)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/accounts");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(send(browser, HttpRequest.newBuilder(url("/overlaps")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void behindTheProxyCookiesAreSecureBrowsersAreToldToKeepToHttpsAndTheAuditLogSeesTheClient() throws Exception {
        HttpClient direct = browser();
        HttpResponse<String> plain = send(direct, HttpRequest.newBuilder(url("/sign-in")).GET());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> plainSignIn = send(direct, post("/sign-in",
                Map.of("username", USERNAME, "password", PASSWORD, "_csrf", csrfField(plain.body()))));
        assertThat(cookie(plainSignIn, "SESSION")).doesNotContain("Secure");

        // through the proxy; the client speaks plain http to Concord, so it is handed the Secure cookies by hand
        HttpClient proxied = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> proxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> form = send(proxied, with(HttpRequest.newBuilder(url("/sign-in")).GET(), proxy));
        assertThat(form.headers().firstValue("Strict-Transport-Security").orElseThrow()).startsWith("max-age=31536000");
        String csrfCookie = cookie(form, "CONCORD-CSRF");
        assertThat(csrfCookie).contains("Secure", "HttpOnly");
        HttpResponse<String> signedIn = send(proxied, with(post("/sign-in", Map.of("username", USERNAME,
                "password", PASSWORD, "_csrf", csrfField(form.body()))), proxy).header("Cookie", nameAndValue(csrfCookie)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = cookie(signedIn, "SESSION");
        assertThat(session).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> preferences = send(proxied, with(HttpRequest.newBuilder(url("/notifications/preferences")).GET(),
                proxy).header("Cookie", nameAndValue(session)));
        assertThat(preferences.statusCode()).isEqualTo(200);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        HttpResponse<String> saved = send(proxied, with(post("/notifications/preferences", Map.of("delivery", "NONE",
                "language", "FR", "_csrf", csrfField(preferences.body()))), proxy).header("Cookie", nameAndValue(session)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select origin from audit_entry where id > ?", String.class, before))
                .isNotEmpty().allMatch(origin -> origin.contains(" from 203.0.113.9"));
    }

    @Test
    void noHostHeaderMovesARedirectOffThePublicAddress() throws Exception {
        for (Map<String, String> hostile : List.of(Map.of("Host", "evil.example"),
                Map.of("Host", "localhost", "X-Forwarded-Host", "evil.example"))) {
            // an anonymous visitor sent to the sign-in page, over HTTP/1.1 and HTTP/1.0 (which needs an absolute address)
            assertThat(raw("HTTP/1.1", "GET", "/overlaps", hostile, null).location()).isEqualTo("/sign-in");
            Raw denied = raw("GET", "/overlaps", hostile, null);
            assertThat(denied.status).isEqualTo(302);
            assertThat(denied.location()).isEqualTo("http://concord.example.org/sign-in");

            // a failed sign-in sent back to the form
            Raw form = raw("GET", "/sign-in", hostile, null);
            Map<String, String> withCookies = new LinkedHashMap<>(hostile);
            withCookies.put("Cookie", form.cookie("CONCORD-CSRF") + "; " + denied.cookie("REDIRECT_URI"));
            String token = csrfField(form.body);
            Raw failed = raw("POST", "/sign-in", withCookies, formBody(Map.of("username", USERNAME, "password", "wrong",
                    "_csrf", token)));
            assertThat(failed.location()).isEqualTo("http://concord.example.org/sign-in?error");

            // a signed-in person sent back to the page they asked for
            Raw signedIn = raw("POST", "/sign-in", withCookies, formBody(Map.of("username", USERNAME, "password", PASSWORD,
                    "_csrf", token)));
            assertThat(signedIn.status).isEqualTo(302);
            assertThat(signedIn.location()).isEqualTo("http://concord.example.org/overlaps");
        }
    }

    // --- helpers

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
    }

    private static HttpRequest.Builder with(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        return request;
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String csrfField(String page) {
        Matcher m = CSRF_FIELD.matcher(page);
        assertThat(m.find()).as("the page's form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String nameAndValue(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    /** A response read off the wire: java.net.http will not send a Host header other than the address's. */
    record Raw(int status, Map<String, List<String>> headers, String body) {
        String location() {
            return headers.getOrDefault("location", List.of("")).get(0);
        }

        /** "name=value" of a cookie this response set. */
        String cookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
        }
    }

    private Raw raw(String method, String path, Map<String, String> headers, String body) throws IOException {
        return raw("HTTP/1.0", method, path, headers, body);
    }

    /** Over HTTP/1.1, only for answers without a body (the connection is closed, the body would come in chunks). */
    private Raw raw(String protocol, String method, String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            StringBuilder request = new StringBuilder(method + " " + path + " " + protocol + "\r\n");
            if (protocol.equals("HTTP/1.1")) {
                request.append("Connection: close\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            // HTTP/1.0: the server closes the connection after the whole, unchunked response
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, List<String>> parsed = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                parsed.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), parsed, response.substring(end + 4));
        }
    }
}
