package org.concord.projects.internal.overlap;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * Streams a query's rows with {@code COPY (query) TO STDOUT} and hands each to a handler as text fields
 * (null for SQL NULL). Unlike a cursor, which leaves the database idle while the application works through
 * each batch of rows and the application idle while the database produces the next, COPY keeps sending while
 * the rows are handled: reading 100,000 activities takes the longer of the two instead of their sum.
 */
final class CopyRows extends OutputStream {

    interface Handler {
        void row(String[] fields);
    }

    private final Handler handler;
    private final int columns;
    private byte[] buffer = new byte[1 << 16];
    private int length;

    private CopyRows(int columns, Handler handler) {
        this.columns = columns;
        this.handler = handler;
    }

    /** Runs {@code query} (no parameters: COPY takes none) and hands each of its rows to {@code handler}. */
    static void stream(Connection connection, String query, int columns, Handler handler) throws SQLException {
        CopyRows rows = new CopyRows(columns, handler);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout", rows);
        } catch (java.io.IOException e) {
            throw new SQLException("reading rows failed", e);
        }
        if (rows.length > 0) {
            throw new SQLException("incomplete last row");
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                row(start, i);
                start = i + 1;
            }
        }
        System.arraycopy(buffer, start, buffer, 0, length - start);
        length -= start;
    }

    /** One line of COPY's text format: fields separated by tabs, \N for null, backslash escapes. */
    private void row(int from, int to) {
        String[] fields = new String[columns];
        int field = 0;
        int start = from;
        for (int i = from; i <= to && field < columns; i++) {
            if (i == to || buffer[i] == '\t') {
                fields[field++] = field(start, i);
                start = i + 1;
            }
        }
        handler.row(fields);
    }

    private String field(int from, int to) {
        if (to - from == 2 && buffer[from] == '\\' && buffer[from + 1] == 'N') {
            return null;
        }
        int escape = -1;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\\') {
                escape = i;
                break;
            }
        }
        if (escape < 0) {
            return new String(buffer, from, to - from, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != '\\' || i + 1 == to) {
                out[n++] = b;
                continue;
            }
            byte next = buffer[++i];
            switch (next) {
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 't' -> out[n++] = '\t';
                case 'v' -> out[n++] = 0x0b;
                default -> out[n++] = next;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
