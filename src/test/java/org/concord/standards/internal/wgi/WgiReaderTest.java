package org.concord.standards.internal.wgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the World Bank's long layout as published (src/test/resources/standards/wgi/README.md). */
class WgiReaderTest {

    static final EconomyCodes ECONOMIES = new EconomyCodes(
            Map.of("ALB", "AL", "KOR", "KR", "COD", "CD", "ROU", "RO", "TLS", "TL", "COK", "CK", "XKX", "XK"),
            java.util.Collections.unmodifiableMap(new java.util.HashMap<>() {{
                put("ZAR", "CD");
                put("ROM", "RO");
                put("TMP", "TL");
                put("KSV", "XK");
                put("ANT", null);
            }}));

    static Map<WgiColumn, String> defaultLayout() {
        Map<WgiColumn, String> m = new EnumMap<>(WgiColumn.class);
        for (WgiColumn c : WgiColumn.values()) {
            m.put(c, c.defaultHeader());
        }
        return m;
    }

    private final List<WgiRow> rows = new ArrayList<>();

    private WgiReader.Summary read(InputStream in, Map<WgiColumn, String> layout) throws IOException {
        return new WgiReader(ECONOMIES).read(in, layout, rows::add);
    }

    @Test
    void readsEveryValueAndItsUncertaintyFromThePublishedLayout() throws IOException {
        WgiReader.Summary summary;
        try (InputStream in = getClass().getResourceAsStream("/standards/wgi/wgi-sample.csv")) {
            summary = read(in, defaultLayout());
        }
        assertThat(summary.rows()).isEqualTo(10);
        assertThat(summary.read()).isEqualTo(8);
        assertThat(summary.withoutEstimate()).isEqualTo(1); // COK 2016: all ".."
        assertThat(summary.problems()).containsExactly(new RowProblem(8, "code", "ANT", "economy"));
        assertThat(rows).extracting(r -> r.country() + r.indicator().code() + r.year() + " " + r.estimate() + " ±"
                        + r.standardError() + " " + r.percentileRank() + " [" + r.percentileRankLower() + ", "
                        + r.percentileRankUpper() + "] line " + r.line())
                .containsExactly(
                        "ALva2016 0.17 ±0.12 52.2 [45.8, 57.6] line 3",
                        "ALcc2019 -0.56 ±0.15 31.9 [24.3, 43.3] line 4",
                        "CDcc2019 -1.56 ±0.15 3.3 [0.0, 9.5] line 5",
                        "KRcc2019 0.70 ±0.14 75.2 [66.2, 80.0] line 6",
                        "XKcc2019 -0.54 ±0.18 33.3 [22.9, 46.7] line 7",
                        "ROva2019 0.52 ±0.11 64.3 [57.5, 70.0] line 9",
                        "TLva2019 0.36 ±0.14 58.9 [50.7, 65.2] line 10",
                        "ALcc2020 -0.57 ±0.15 31.9 [22.9, 43.3] line 11");
        WgiRow korea = rows.get(3);
        assertThat(korea.economyCode()).isEqualTo("KOR");
        // 0.70 -/+ 1.645 x 0.14
        assertThat(korea.lower()).isEqualByComparingTo("0.4697");
        assertThat(korea.upper()).isEqualByComparingTo("0.9303");
    }

    @Test
    void reportsEachBadRowByLineAndColumnAndReadsTheRest() throws IOException {
        String file = "\uFEFFcodeindyr,code,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper\r\n"
                + "ALBcc2019,ALB,Albania,2019,cc,-0.56,0.15,11,31.9,24.3,43.3\r\n"
                + "ALBcc20x9,ALB,Albania,20x9,cc,-0.56,0.15,11,31.9,24.3,43.3\r\n"
                + "ALBzz2019,ALB,Albania,2019,zz,abc,0.15,11,131.9,24.3,43.3\r\n"
                + "WLDcc2019,WLD,World,2019,cc,0.00,0.01,11,50.0,49.0,51.0\r\n"
                + "ALBcc2018,ALB,\"Albania, Rep.\r\nof\",2018,cc,-0.5,..,11,..,..,..\r\n"
                + "ALBcc2017,ALB,Albania,2017,cc,-0.5\r\n"
                + "ALBcc2016,ALB,\"Alb\"ania,2016,cc,-0.5,0.1,11,1,1,1\r\n"
                + "ALBcc2015,ALB,Albania,2015,cc,-0.4,0.1,11,1,1,1";
        WgiReader.Summary summary = read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), defaultLayout());
        assertThat(summary.problems()).containsExactly(
                new RowProblem(3, "year", "20x9", "year"),
                new RowProblem(4, "indicator", "zz", "indicator"),
                new RowProblem(4, "estimate", "abc", "number"),
                new RowProblem(4, "pctrank", "131.9", "range"),
                new RowProblem(5, "code", "WLD", "economy"),
                new RowProblem(8, "", "6", "fields"),
                new RowProblem(9, "", "", "quoting"));
        // a name with a line break inside quotes, a missing standard error: read, with no uncertainty
        assertThat(rows).extracting(WgiRow::year).containsExactly(2019, 2018, 2015);
        assertThat(rows.get(1).standardError()).isNull();
        assertThat(rows.get(1).lower()).isNull();
        assertThat(rows.get(2).line()).isEqualTo(10);
    }

    @Test
    void aQuoteLeftOpenUntilTheEndOfTheFileIsReportedOnItsLineAndTheRowsBeforeItAreRead() throws IOException {
        String file = "code,year,indicator,estimate\n\"ALB\",2019,cc,-0.56\nALB,2020,\"cc,-0.57\nALB,2021,cc,-0.5\n";
        Map<WgiColumn, String> layout = new EnumMap<>(WgiColumn.class);
        layout.put(WgiColumn.ECONOMY_CODE, "code");
        layout.put(WgiColumn.YEAR, "year");
        layout.put(WgiColumn.INDICATOR, "indicator");
        layout.put(WgiColumn.ESTIMATE, "estimate");
        WgiReader.Summary summary = read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), layout);
        assertThat(rows).extracting(WgiRow::year).containsExactly(2019);
        assertThat(summary.problems()).containsExactly(new RowProblem(3, "", "", "quoting"));
    }

    @Test
    void readsAnotherEditionsLayoutThroughItsMapping() throws IOException {
        String file = "Name,Economy,Series,Year,Value,SE\n\"Korea, Rep.\",KOR,rl,2021,1.05,0.13\n";
        Map<WgiColumn, String> layout = new EnumMap<>(WgiColumn.class);
        layout.put(WgiColumn.ECONOMY_CODE, "economy");
        layout.put(WgiColumn.INDICATOR, "Series");
        layout.put(WgiColumn.YEAR, "Year");
        layout.put(WgiColumn.ESTIMATE, "Value");
        layout.put(WgiColumn.STANDARD_ERROR, "SE");
        read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), layout);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("KR");
            assertThat(r.indicator()).isEqualTo(WgiIndicator.RL);
            assertThat(r.estimate()).isEqualByComparingTo("1.05");
            assertThat(r.percentileRank()).isNull();
        });
        layout.put(WgiColumn.ESTIMATE, "estimate");
        assertThatThrownBy(() -> read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), layout))
                .isInstanceOf(WgiReader.LayoutException.class).hasMessageContaining("estimate");
    }

    @Test
    void mapsWorldBankCodesThatAreNotIso() {
        assertThat(ECONOMIES.iso("ZAR")).contains("CD");
        assertThat(ECONOMIES.iso("KSV")).contains("XK");
        assertThat(ECONOMIES.iso("XKX")).contains("XK");
        assertThat(ECONOMIES.iso("rom")).contains("RO");
        assertThat(ECONOMIES.iso("ANT")).isEmpty();
        assertThat(ECONOMIES.iso("WLD")).isEmpty();
        assertThat(new BigDecimal("1.645")).isEqualByComparingTo(WgiRow.Z90);
    }
}
