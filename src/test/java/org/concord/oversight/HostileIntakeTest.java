package org.concord.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.concord.TestActors;
import org.concord.oversight.internal.inbox.InboxService;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The intake against what an attacker or a careless device sends: scripts, huge or disguised files, photo metadata. */
@SpringBootTest
@AutoConfigureMockMvc
class HostileIntakeTest extends OversightTestBase {

    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    InboxService inbox;

    private int reports() {
        return jdbc.queryForObject("select count(*) from oversight_report", Integer.class);
    }

    @Test
    void aScriptInEveryFieldIsStoredInertAndShownEscapedToTheOfficer() throws Exception {
        OversightFixture.Body body = fixture().body();
        mvc.perform(multipart("/report/" + body.slug()).param("category", "OTHER").param("answer.what", SCRIPT)
                        .param("answer.where", SCRIPT).param("answer.unit", SCRIPT).param("identity", "contact")
                        .param("contact", SCRIPT)
                        .file(new MockMultipartFile("file.evidence", SCRIPT + ".txt", "text/html", SCRIPT.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("select max(r.id) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Long.class, body.slug());

        var officer = OversightFixture.as(body.officerId(), body.officer(), new Grant(Role.OVERSIGHT_OFFICER, body.organisationId()));
        MockHttpSession session = new MockHttpSession();
        MvcResult unlocked = mvc.perform(post("/oversight/unlock").param("password", OversightFixture.PASSWORD)
                .session(session).with(authentication(officer)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Cookie key = unlocked.getResponse().getCookie("CONCORD_OVERSIGHT_KEY");
        assertThat(key.isHttpOnly()).isTrue();
        assertThat(unlocked.getResponse().getHeader("Set-Cookie")).contains("SameSite=Strict");
        mvc.perform(get("/oversight/reports/" + id).session(session).cookie(key).with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(SCRIPT))))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        var file = TestActors.runAs(officer, () -> {
            var detail = inbox.read(id, recipientKeys.unlock(body.officerId(), OversightFixture.PASSWORD.toCharArray()), Locale.ENGLISH);
            return detail.attachments().get(0);
        });
        assertThat(file.mediaType()).isEqualTo("text/plain");
        // downloads are attachments of an opaque type, never rendered in Concord's origin
        mvc.perform(get("/oversight/reports/" + id + "/attachments/" + file.id()).session(session).cookie(key)
                        .with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment"));
    }

    @Test
    void oversizedAndDisguisedFilesAreRefusedNamingTheQuestionAndNothingIsStored() throws Exception {
        OversightFixture.Body body = fixture().body();
        int before = reports();
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/report/" + body.slug()).param("category", "OTHER").param("answer.what", "text")
                        .file(new MockMultipartFile("file.evidence", "big.txt", "text/plain", big)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("This file is too large: at most 10 MB a file.")))
                .andExpect(content().string(Matchers.containsString("href=\"#file-evidence\"")));
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        mvc.perform(multipart("/report/" + body.slug()).param("category", "OTHER").param("answer.what", "text")
                        .file(new MockMultipartFile("file.evidence", "statement.pdf", "application/pdf", executable)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("This kind of file is not accepted")));
        mvc.perform(multipart("/report/" + body.slug()).param("category", "NOT_A_CATEGORY").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("This field is required.")));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void tenThousandFieldsAreRefusedWithBadRequest() throws Exception {
        OversightFixture.Body body = fixture().body();
        int before = reports();
        var request = multipart("/report/" + body.slug()).param("category", "OTHER").param("answer.what", "text");
        for (int i = 0; i < 10_000; i++) {
            request.param("field" + i, "x");
        }
        mvc.perform(request.with(csrf())).andExpect(status().isBadRequest());
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void photosLoseTheirExifMetadataBeforeEncryption() throws Exception {
        OversightFixture.Body body = fixture().body();
        byte[] photo = jpegWithExif("GPS 50.4501N 30.5234E CAMERA-SERIAL-8842");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "CAMERA-SERIAL-8842");
        mvc.perform(multipart("/report/" + body.slug()).param("category", "OTHER").param("answer.what", "see photo")
                        .file(new MockMultipartFile("file.evidence", "IMG_0001.jpg", "image/jpeg", photo)).with(csrf()))
                .andExpect(status().isOk());
        long id = jdbc.queryForObject("select max(r.id) from oversight_report r join oversight_channel c on c.id = r.channel_id "
                + "where c.slug = ?", Long.class, body.slug());
        var officer = OversightFixture.as(body.officerId(), body.officer(), new Grant(Role.OVERSIGHT_OFFICER, body.organisationId()));
        byte[] privateKey = recipientKeys.unlock(body.officerId(), OversightFixture.PASSWORD.toCharArray());
        byte[] stored = TestActors.runAs(officer, () -> {
            var detail = inbox.read(id, privateKey, Locale.ENGLISH);
            return inbox.attachment(id, detail.attachments().get(0).id(), privateKey).bytes();
        });
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain("CAMERA-SERIAL-8842").doesNotContain("50.4501N");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(32);
    }

    /** A small JPEG with an APP1 (EXIF) segment carrying {@code marker}, as a phone's camera would write one. */
    static byte[] jpegWithExif(String marker) throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xff);
        out.write(0xe1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
