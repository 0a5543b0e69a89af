package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A report form posted with 10,000 fields, through a real Tomcat (its part and parameter limits are what MockMvc
 * skips): the sender gets a clean refusal on Concord's page, in their language, not a reset connection or a 500; and a
 * report posted as the form posts it, with its empty file inputs, still gets its receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldFloodTest extends OversightTestBase {

    private static final String BOUNDARY = "concord-flood-boundary";
    private static final int FIELDS = 10_000;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private String csrf(String slug) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the form").isTrue();
        return m.group(1);
    }

    private static String field(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String emptyFile(String name) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n";
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("Accept", "text/html").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tenThousandMultipartFieldsAreRefusedOnConcordsPage() throws Exception {
        OversightFixture.Body body = fixture().body();
        String csrf = csrf(body.slug());
        StringBuilder flood = new StringBuilder(field("_csrf", csrf)).append(field("category", "OTHER"));
        for (int i = 0; i < FIELDS; i++) {
            flood.append(field("answer.q" + i, "x"));
        }
        flood.append("--").append(BOUNDARY).append("--\r\n");

        HttpResponse<String> response = post("/report/" + body.slug(), "multipart/form-data; boundary=" + BOUNDARY,
                flood.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"fr\"", "class=\"site-header\"", "<h1>Trop de champs</h1>",
                "href=\"/report/" + body.slug() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Integer.class, body.slug())).isZero();
    }

    @Test
    void tenThousandUrlEncodedFieldsAreRefusedOnConcordsPage() throws Exception {
        OversightFixture.Body body = fixture().body();
        StringBuilder flood = new StringBuilder("_csrf=").append(csrf(body.slug())).append("&category=OTHER");
        for (int i = 0; i < FIELDS; i++) {
            flood.append("&answer.q").append(i).append("=x");
        }

        HttpResponse<String> response = post("/report/" + body.slug(), "application/x-www-form-urlencoded",
                flood.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        // Concord's error page in the reader's language, nothing of the form kept
        assertThat(response.body()).contains("<html lang=\"fr\"", "class=\"site-header\"", "Une erreur s&#39;est produite");
        assertThat(jdbc.queryForObject("select count(*) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Integer.class, body.slug())).isZero();
    }

    @Test
    void aReportAsTheFormPostsItStillGetsItsReceipt() throws Exception {
        OversightFixture.Body body = fixture().body();
        String form = field("_csrf", csrf(body.slug())) + field("category", "UNLAWFUL_FORCE")
                + field("identity", "anonymous") + field("answer.what", "Soldiers beat a man at the market gate.")
                + emptyFile("file.evidence") + emptyFile("files") + "--" + BOUNDARY + "--\r\n";

        HttpResponse<String> response = post("/report/" + body.slug(), "multipart/form-data; boundary=" + BOUNDARY, form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("\\d{4} \\d{4} \\d{4} \\d{4}");
    }
}
