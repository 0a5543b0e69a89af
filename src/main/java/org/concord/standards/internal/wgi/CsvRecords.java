package org.concord.standards.internal.wgi;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records as RFC 4180 writes them, one record at a time, so that a file of any size streams:
 * a byte-order mark before the first record is skipped, CRLF and LF both end a record, a quoted field may hold
 * commas, doubled quotes and line breaks. Each record knows the line it started on, for problem reports.
 */
final class CsvRecords {

    /** One record: its fields and the (1-based) line of the file it starts on. */
    record Record(long line, List<String> fields) {
    }

    /** A record the reader could not make sense of (an unclosed quote, text after a closing quote). */
    static final class MalformedRecord extends IOException {
        final long line;

        MalformedRecord(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. A blank line is a record with one empty field. */
    Record next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                readQuoted(field, start);
                c = read();
                if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    skipRestOfRecord(c);
                    throw new MalformedRecord(start, "text after a closing quote in field " + (fields.size() + 1));
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Record(start, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void readQuoted(StringBuilder field, long start) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new MalformedRecord(start, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                    continue;
                }
                unread(n);
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void skipRestOfRecord(int c) throws IOException {
        while (c != '\n' && c != -1) {
            c = read();
        }
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
