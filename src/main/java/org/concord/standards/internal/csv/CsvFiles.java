package org.concord.standards.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** Reading and writing the module's CSV files: a header row naming the columns, then one record a row, UTF-8. */
final class CsvFiles {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvFiles() {
    }

    /** A file read: its columns by name (lower case) and its records; record 0 is the file's row 2. */
    record Table(Map<String, Integer> columns, List<String[]> records) {

        /** The cell of {@code column} in a record, trimmed; null when empty or the column is absent. */
        String cell(String[] record, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.length) {
                return null;
            }
            String value = record[index].trim();
            return value.isEmpty() ? null : value;
        }
    }

    static Table read(Reader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (JacksonException e) {
            throw new IOException("not a CSV file: " + e.getOriginalMessage(), e);
        }
        Map<String, Integer> columns = new HashMap<>();
        if (!rows.isEmpty()) {
            String[] header = rows.remove(0);
            for (int i = 0; i < header.length; i++) {
                // a byte-order mark before the first name is not part of it
                columns.putIfAbsent(header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
        }
        // blank lines are no records
        rows.removeIf(r -> r.length == 0 || (r.length == 1 && r[0].isBlank()));
        return new Table(columns, rows);
    }

    /** Writes the header and each row; null cells are written empty. */
    static void write(Writer writer, List<String> header, Iterable<List<String>> rows) throws IOException {
        try (SequenceWriter out = MAPPER.writerFor(String[].class).writeValues(writer)) {
            out.write(header.toArray(String[]::new));
            for (List<String> row : rows) {
                out.write(row.stream().map(c -> c == null ? "" : c).toArray(String[]::new));
            }
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }
}
