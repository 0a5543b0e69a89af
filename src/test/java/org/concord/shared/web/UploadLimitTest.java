package org.concord.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An upload over the limit, through a real server (the limit is the servlet container's, which MockMvc skips): the
 * browser gets Concord's page saying the limit, the API a problem document, both with 413, and the whole upload is
 * read so that the browser, still sending, sees the answer rather than a connection reset. The limit is set small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concord.import.max-size=1MB", "concord.import.max-request-size=4MB"})
class UploadLimitTest {

    private static final String PASSWORD = "upload limit password 1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void coordinator() {
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values ('upload-limit', 'Upload Limit', ?, false) on conflict (username) do nothing""",
                encoder.encode(PASSWORD));
        jdbc.update("""
                insert into account_grant (account_id, role, organisation_id)
                select a.id, 'COORDINATOR', o.id from account a, organisation o
                where a.username = 'upload-limit' and o.slug = 'eu' on conflict do nothing""");
    }

    /** A file of {@code megabytes}: over the file limit (1 MB), and beyond what Tomcat swallows unread by default (2 MB). */
    private static byte[] largeFile(int megabytes) {
        byte[] file = new byte[megabytes * 1024 * 1024];
        Arrays.fill(file, (byte) ' ');
        byte[] start = "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, file, 0, start.length);
        return file;
    }

    private static byte[] multipart(String boundary, String csrf, String field, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"big.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBrowserUploadingTooLargeAFileGetsConcordsPageSayingTheLimitWithALinkBack() throws Exception {
        String signIn = get("/sign-in").body();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=upload-limit&password="
                        + PASSWORD.replace(' ', '+') + "&_csrf=" + csrf(signIn))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String form = get("/activities/import").body();
        assertThat(form).contains("name=\"files\"");

        String boundary = "concord-test-boundary";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/activities/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, csrf(form), "files", largeFile(3))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"fr\"")
                .contains("<h1>Fichier trop volumineux</h1>")
                .contains("Le fichier dépasse la limite de 1 Mo.")
                .contains("<a href=\"/activities/import\">Retour au formulaire</a>");
    }

    @Test
    void theApiAnswersTooLargeAFileOrAnUploadWithAProblemDocument() throws Exception {
        String boundary = "concord-test-boundary";
        String basic = Base64.getEncoder().encodeToString(("upload-limit:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + basic).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, "file", largeFile(3))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413").contains("\"field\":\"file\"")
                .contains("\"rule\":\"file-too-large\"")
                .contains("\"message\":\"The file is larger than the limit of 1 MB.\"");

        // the whole upload over the request limit (4 MB): said so, in the reader's language
        HttpResponse<String> whole = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + basic).header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, "file", largeFile(8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(whole.statusCode()).isEqualTo(413);
        assertThat(whole.body()).contains("\"rule\":\"upload-too-large\"")
                .contains("Los archivos de esta carga superan juntos el límite de 4 MB.");
    }
}
