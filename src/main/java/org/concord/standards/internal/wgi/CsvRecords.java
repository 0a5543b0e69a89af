package org.concord.standards.internal.wgi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Reads comma-separated records one at a time with Jackson's CSV parser (jackson-dataformat-csv), so that a file of
 * any size streams: a byte-order mark is skipped, CRLF and LF both end a record, a quoted field may hold commas,
 * doubled quotes and line breaks. Each record knows the line it starts on, for problem reports; a record the parser
 * cannot make sense of (an unclosed quote, text after a closing quote) is reported as such and reading goes on with
 * the next one.
 */
final class CsvRecords implements AutoCloseable {

    /** One record: its fields and the (1-based) line of the file it starts on. */
    record Record(long line, List<String> fields) {
    }

    /** A record the reader could not make sense of; the reader has moved past it. */
    static final class MalformedRecord extends IOException {
        final long line;

        MalformedRecord(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final JsonParser parser;

    /** UTF-8 (Jackson reads the byte-order mark, if any, and drops it). */
    CsvRecords(InputStream in) {
        this.parser = CSV.createParser(in);
    }

    /** The next record, or null at the end of the input. A blank line is a record with one empty field. */
    Record next() throws IOException {
        List<String> fields = new ArrayList<>();
        long line = -1;
        String malformed = null;
        long lastFailure = -1;
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JacksonException e) {
                long at = parser.currentLocation().getCharOffset();
                if (at == lastFailure) {
                    // the parser cannot move past this point: give up on the file rather than loop
                    throw new MalformedRecord(line < 0 ? parser.currentLocation().getLineNr() : line, e.getOriginalMessage());
                }
                lastFailure = at;
                if (malformed == null) {
                    malformed = e.getOriginalMessage();
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                }
                continue;
            }
            if (token == null) {
                if (malformed != null) {
                    throw new MalformedRecord(line, malformed);
                }
                return fields.isEmpty() && line < 0 ? null : new Record(line, fields);
            }
            if (token == JsonToken.VALUE_STRING) {
                if (line < 0) {
                    // the line of the record's first field (the array opening it reports the line before)
                    line = parser.currentTokenLocation().getLineNr();
                }
                fields.add(parser.getString());
            } else if (token == JsonToken.END_ARRAY) {
                if (malformed != null) {
                    throw new MalformedRecord(line, malformed);
                }
                return new Record(line, fields);
            }
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
