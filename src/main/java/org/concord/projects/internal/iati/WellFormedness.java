package org.concord.projects.internal.iati;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recovering scan of a file that a StAX parser refused: where a parser stops at the first fatal error, this
 * goes on to the end and names every broken place it can recognise, with its line, column and the
 * {@code iati-identifier} of the activity it is in. It recognises
 * <ul>
 * <li>characters XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, unpaired surrogates, U+FFFE,
 * U+FFFF), the common real-world case: control characters pasted from other systems;</li>
 * <li>character references to them ({@code &#x1;}, {@code &#11;});</li>
 * <li>end tags that do not match the open element, end tags without a start, elements never closed.</li>
 * </ul>
 * Forbidden characters and references to them are <em>repairable</em>: {@link #repair} removes them and lists
 * each removal. Broken tags are not: nobody can tell which content the publisher meant. Not a parser: it does
 * not check everything XML requires, only finds places to name after the parser has refused the file.
 */
public final class WellFormedness {

    /** At most this many places are named; the rest are counted. */
    public static final int MAX_PLACES = 100;

    /** What is wrong at a place. */
    public enum Kind {
        /** A character XML 1.0 forbids; argument: the code point as U+XXXX. Repairable. */
        FORBIDDEN_CHARACTER(true),
        /** A character reference to one; argument: the reference as written. Repairable. */
        FORBIDDEN_REFERENCE(true),
        /** An end tag other than the open element's; arguments: found, expected. */
        MISMATCHED_END_TAG(false),
        /** An end tag with no element open of that name; argument: the name. */
        UNEXPECTED_END_TAG(false),
        /** An element never closed (at its start tag); argument: the name. */
        UNCLOSED_ELEMENT(false);

        private final boolean repairable;

        Kind(boolean repairable) {
            this.repairable = repairable;
        }

        public boolean repairable() {
            return repairable;
        }

        /** The last part of the message key {@code error.xml-<rule>}. */
        public String rule() {
            return "xml-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One broken place: line and column from 1 (columns count characters), the activity's position in the file
     * (from 1; 0 outside any activity) and its identifier (null when outside one or it has none), what is wrong.
     */
    public record Place(int line, int column, int activity, String identifier, Kind kind, List<String> arguments) {
        public Place {
            arguments = List.copyOf(arguments);
        }
    }

    /** The places found (at most {@link #MAX_PLACES}) and how many there are in all. */
    public record Report(List<Place> places, int total, boolean repairable) {
        public Report {
            places = List.copyOf(places);
        }
    }

    /** The file without the forbidden characters, and each removal (all of them, not only the first hundred). */
    public record Repair(byte[] content, List<Place> removals) {
        public Repair {
            removals = List.copyOf(removals);
        }
    }

    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private WellFormedness() {
    }

    /** Every broken place of {@code content}, up to {@link #MAX_PLACES}. */
    public static Report check(byte[] content) {
        Scan scan = new Scan(decode(content).text, false);
        scan.run();
        return new Report(scan.resolved(scan.places), scan.total, scan.total > 0 && scan.allRepairable);
    }

    /**
     * {@code content} with every forbidden character and reference to one removed, in the file's own encoding,
     * and the list of removals (positions in the original file). Broken tags are left as they are.
     */
    public static Repair repair(byte[] content) {
        Decoded decoded = decode(content);
        Scan scan = new Scan(decoded.text, true);
        scan.run();
        if (scan.removals.isEmpty()) {
            return new Repair(content, List.of());
        }
        byte[] bom = decoded.bomLength == 0 ? new byte[0] : java.util.Arrays.copyOf(content, decoded.bomLength);
        byte[] body = scan.out.toString().getBytes(decoded.charset);
        byte[] repaired = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, repaired, 0, bom.length);
        System.arraycopy(body, 0, repaired, bom.length, body.length);
        return new Repair(repaired, scan.resolved(scan.removals));
    }

    /** Whether {@code c} is a character XML 1.0 allows. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private record Decoded(String text, Charset charset, int bomLength) {
    }

    /** By byte order mark, else the XML declaration's encoding, else UTF-8; bytes that do not decode are replaced. */
    private static Decoded decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    // the parser has said so; scan as UTF-8
                }
            }
        }
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(content, bom, content.length - bom));
            return new Decoded(chars.toString(), charset, bom);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /** One pass over the text: places, and with {@code repairing}, the text without forbidden characters. */
    private static final class Scan {

        private final String text;
        private final boolean repairing;
        final StringBuilder out;
        final List<Place> places = new ArrayList<>();
        final List<Place> removals = new ArrayList<>();
        int total;
        boolean allRepairable = true;

        private int i;
        private int line = 1;
        private int column = 1;
        private int activity;
        private final Map<Integer, String> identifiers = new HashMap<>();
        /** Open elements: name, line, column, activity. */
        private final Deque<Object[]> open = new ArrayDeque<>();

        Scan(String text, boolean repairing) {
            this.text = text;
            this.repairing = repairing;
            this.out = repairing ? new StringBuilder(text.length()) : null;
        }

        void run() {
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '<') {
                    if (text.startsWith("<!--", i)) {
                        copyUntil("-->");
                    } else if (text.startsWith("<![CDATA[", i)) {
                        copyUntil("]]>");
                    } else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
                        copyUntil(">");
                    } else if (text.startsWith("</", i)) {
                        endTag();
                    } else {
                        startTag();
                    }
                } else {
                    boolean identifier = !open.isEmpty() && "iati-identifier".equals(open.peek()[0]) && open.size() == 3
                            && activity > 0;
                    String raw = textUntilTag();
                    if (identifier && !identifiers.containsKey(activity)) {
                        String value = raw.strip();
                        if (!value.isEmpty()) {
                            identifiers.put(activity, value);
                        }
                    }
                }
            }
            while (!open.isEmpty()) {
                Object[] element = open.removeLast();
                place((int) element[1], (int) element[2], (int) element[3], Kind.UNCLOSED_ELEMENT, (String) element[0]);
            }
        }

        /** Text up to the next '<' (checking characters and references); returns it as written, without forbidden characters. */
        private String textUntilTag() {
            StringBuilder value = new StringBuilder();
            int n = text.length();
            while (i < n && text.charAt(i) != '<') {
                if (text.charAt(i) == '&' && reference(value)) {
                    continue;
                }
                int c = text.codePointAt(i);
                character();
                if (allowed(c)) {
                    value.appendCodePoint(c);
                }
            }
            return value.toString();
        }

        /** A character reference at i: when it names a forbidden character, reports (and drops) it and returns true. */
        private boolean reference(StringBuilder value) {
            int end = text.indexOf(';', i);
            if (end < 0 || end - i > 12 || !text.startsWith("&#", i)) {
                return false;
            }
            String ref = text.substring(i, end + 1);
            int code;
            try {
                code = ref.charAt(2) == 'x' ? Integer.parseInt(ref.substring(3, ref.length() - 1), 16)
                        : Integer.parseInt(ref.substring(2, ref.length() - 1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (allowed(code)) {
                return false;
            }
            removal(Kind.FORBIDDEN_REFERENCE, ref);
            i = end + 1;
            column += ref.length();
            return true;
        }

        /** Consumes the character at i, reporting it when forbidden, counting lines; copies it when allowed. */
        private void character() {
            int c = text.codePointAt(i);
            int length = Character.charCount(c);
            if (!allowed(c)) {
                removal(Kind.FORBIDDEN_CHARACTER, String.format(Locale.ROOT, "U+%04X", c));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += length;
            if (c == '\n' || c == '\r' && !(i < text.length() && text.charAt(i) == '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }

        private void removal(Kind kind, String argument) {
            Place place = new Place(line, column, activity, null, kind, List.of(argument));
            if (repairing) {
                removals.add(place);
            }
            add(place);
        }

        private void place(int atLine, int atColumn, int inActivity, Kind kind, String... arguments) {
            add(new Place(atLine, atColumn, inActivity, null, kind, List.of(arguments)));
        }

        private void add(Place place) {
            total++;
            allRepairable &= place.kind().repairable();
            if (places.size() < MAX_PLACES) {
                places.add(place);
            }
        }

        private void copyUntil(String end) {
            int stop = text.indexOf(end, i + 1);
            int limit = stop < 0 ? text.length() : stop + end.length();
            while (i < limit) {
                character();
            }
        }

        private void endTag() {
            int atLine = line;
            int atColumn = column;
            String tag = tagText();
            String name = name(tag.substring(2));
            if (!open.isEmpty() && open.peek()[0].equals(name)) {
                open.pop();
                return;
            }
            boolean deeper = open.stream().anyMatch(e -> e[0].equals(name));
            if (deeper) {
                // the elements opened since were never closed: name the mismatch once, close them
                place(atLine, atColumn, activity, Kind.MISMATCHED_END_TAG, name, (String) open.peek()[0]);
                while (!open.pop()[0].equals(name)) {
                    // closed by the mismatch
                }
            } else {
                place(atLine, atColumn, activity, Kind.UNEXPECTED_END_TAG, name);
            }
        }

        private void startTag() {
            int atLine = line;
            int atColumn = column;
            String tag = tagText();
            String name = name(tag.substring(1));
            if (name.isEmpty()) {
                return;  // a lone '<' in text: the parser names it
            }
            if (open.size() == 1 && name.equals("iati-activity")) {
                activity++;
            }
            if (!tag.endsWith("/>")) {
                open.push(new Object[] {name, atLine, atColumn, activity});
            }
        }

        /** The tag from '<' to its '>' (quotes respected), characters and references checked, consumed. */
        private String tagText() {
            StringBuilder tag = new StringBuilder();
            char quote = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (quote != 0 && c == '&' && reference(tag)) {
                    continue;
                }
                if (quote == 0 && c == '<' && tag.length() > 0) {
                    break;  // a tag left open; the next one starts here
                }
                int before = i;
                character();
                tag.append(text, before, i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            return tag.toString();
        }

        private static String name(String rest) {
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != '>'
                    && rest.charAt(end) != '/' && rest.charAt(end) != '<') {
                end++;
            }
            return rest.substring(0, end);
        }

        /** The places with the identifiers of their activities, found anywhere in the activity. */
        List<Place> resolved(List<Place> found) {
            return found.stream().map(p -> new Place(p.line(), p.column(), p.activity(),
                    p.activity() == 0 ? null : identifiers.get(p.activity()), p.kind(), p.arguments())).toList();
        }
    }
}
