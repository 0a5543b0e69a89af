package org.concord.oversight.internal.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.concord.oversight.internal.reports.Upload;
import org.concord.shared.InvalidInputException;

/**
 * What a reporter may attach: at most 10 MB a file and 25 MB a report, of a type recognised from the bytes themselves
 * (never from the name or the browser's word): PDF, PNG, JPEG, plain text (UTF-8), Word (docx) and OpenDocument text.
 * Images are decoded and encoded again with javax.imageio before anything is encrypted: the new file carries pixels
 * only, so EXIF (camera, GPS position, time), XMP, ICC and text chunks are gone. PDF and office files are kept as sent
 * (their own metadata is not removed; the form says so). Refusals name the question the file was for.
 */
public final class AttachmentCheck {

    public static final long MAX_FILE = 10L * 1024 * 1024;
    public static final long MAX_TOTAL = 25L * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private AttachmentCheck() {
    }

    /** A file as it arrived: the field it came in, the name the reporter's device gave it, its bytes. */
    public record Incoming(String question, String field, String fileName, byte[] bytes) {
    }

    public static List<Upload> check(List<Incoming> files) {
        long total = files.stream().mapToLong(f -> f.bytes().length).sum();
        if (total > MAX_TOTAL) {
            throw new InvalidInputException(files.get(files.size() - 1).field(), "attachments-too-large", MAX_TOTAL / (1024 * 1024));
        }
        return files.stream().map(AttachmentCheck::check).toList();
    }

    static Upload check(Incoming file) {
        byte[] b = file.bytes();
        if (b.length == 0) {
            throw new InvalidInputException(file.field(), "attachment-empty");
        }
        if (b.length > MAX_FILE) {
            throw new InvalidInputException(file.field(), "attachment-too-large", MAX_FILE / (1024 * 1024));
        }
        String name = cleanName(file.fileName());
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2d)) {
            return new Upload(file.question(), name, "application/pdf", b);
        }
        if (startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
            return new Upload(file.question(), name, "image/png", reencode(file, "png"));
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return new Upload(file.question(), name, "image/jpeg", reencode(file, "jpeg"));
        }
        if (startsWith(b, 0x50, 0x4b, 0x03, 0x04)) {
            String office = officeType(b);
            if (office != null) {
                return new Upload(file.question(), name, office, b);
            }
        } else if (isText(b)) {
            return new Upload(file.question(), name, "text/plain", b);
        }
        throw new InvalidInputException(file.field(), "attachment-type");
    }

    private static byte[] reencode(Incoming file, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException(file.field(), "attachment-unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidInputException(file.field(), "attachment-too-large", MAX_FILE / (1024 * 1024));
                }
                BufferedImage image = reader.read(0);
                if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
                    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.createGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(file.bytes().length);
                if (!ImageIO.write(image, format, out)) {
                    throw new InvalidInputException(file.field(), "attachment-unreadable");
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(file.field(), "attachment-unreadable");
        }
    }

    /** docx or odt, recognised by their inner structure; null for any other ZIP. */
    private static String officeType(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals("word/document.xml")) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (entry.getName().equals("mimetype")) {
                    byte[] type = zip.readNBytes(100);
                    if (new String(type, StandardCharsets.US_ASCII).equals("application/vnd.oasis.opendocument.text")) {
                        return "application/vnd.oasis.opendocument.text";
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file's name without any path, control characters or excess length (it is shown to officers, escaped). */
    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "attachment";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() ? "attachment" : base.length() > 150 ? base.substring(0, 150) : base;
    }
}
