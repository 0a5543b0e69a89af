package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.projects.internal.iati.SampleActivities.bd;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;

class HxlCsvWriterTest {

    static final Function<IatiActivity, List<String>> REFORM_AREAS = a -> a.identifier().endsWith("UA-001")
            ? List.of("Police reform", "Internal control") : List.of();

    @Test
    void headerAndHashtagRowsNameEveryColumn() throws IOException {
        String csv = write(new HxlCsvWriter(REFORM_AREAS), List.of());

        assertThat(csv).isEqualTo(
                "IATI identifier,Title,Reporting organisation,Funders,Implementers,Recipient countries,Sectors,"
                        + "Reform areas,Status,Start date,End date,Total budget,Currency\r\n"
                        + "#activity+id,#activity+name,#org+reporting,#org+funder,#org+impl,#country+code,#sector+code,"
                        + "#sector+ssr,#status+code,#date+start,#date+end,#value+budget,#currency\r\n");
        assertThat(write(new HxlCsvWriter(), List.of()))
                .doesNotContain("Reform areas").doesNotContain("#sector+ssr")
                .contains("Sectors,Status").contains("#sector+code,#status+code");
    }

    @Test
    void oneRowPerActivityWithWhoWhatWhereWhenAndHowMuch() throws IOException {
        List<IatiActivity> activities = new ArrayList<>(SampleActivities.rich());
        activities.add(SampleActivities.minimal());
        List<List<String>> rows = parse(write(new HxlCsvWriter(REFORM_AREAS), activities));

        assertThat(rows).hasSize(2 + 4);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(13));
        assertThat(rows.get(2)).containsExactly(
                "XM-DAC-41114-SSR-UA-001", "Support to police reform in Ukraine",
                "United Nations Development Programme", "European Commission - DG NEAR",
                "Національна поліція України", "UA; MD", "15210; 15132; 152", "Police reform; Internal control",
                "2", "2023-02-15", "2025-12-31", "3250000.5", "USD");
        // Actual end date over planned; the revised budget replaces the original of the same period.
        assertThat(rows.get(3)).containsExactly(
                "GB-GOV-1-300456-101", "Access to justice and prison reform, Sierra Leone and Liberia",
                "Foreign, Commonwealth and Development Office", "Foreign, Commonwealth and Development Office",
                "Legal Aid Board of Sierra Leone; UNDP Liberia", "SL; LR", "15130; 15137; 151", "",
                "2", "2022-05-03", "2026-03-20", "2250000", "GBP");
        // The title in the activity's own language (Swedish), not the English one listed second.
        assertThat(rows.get(4).get(1)).isEqualTo("Parlamentarisk tillsyn över säkerhetssektorn");
        assertThat(rows.get(4).get(6)).isEqualTo("15152");
        assertThat(rows.get(5)).containsExactly("XM-DAC-41114-SSR-REG-9", "Security sector reform needs assessment",
                "United Nations Development Programme", "", "", "", "", "", "", "", "", "", "");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws IOException {
        IatiActivity activity = SampleActivities.withTitles(SampleActivities.justiceSierraLeone(),
                List.of(new Narrative(null, "Courts, \"legal aid\"\nand prisons\r\nreform")));
        String csv = write(new HxlCsvWriter(), List.of(activity));

        assertThat(csv).contains(",\"Courts, \"\"legal aid\"\"\nand prisons\r\nreform\",")
                .contains(",\"Foreign, Commonwealth and Development Office\",")
                .endsWith("\r\n");
        assertThat(parse(csv).get(2).get(1)).isEqualTo("Courts, \"legal aid\"\nand prisons\r\nreform");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        List<IatiActivity> hostile = new ArrayList<>();
        for (String title : List.of("=HYPERLINK(\"https://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\t=1", "Ordinary title - with a dash")) {
            hostile.add(SampleActivities.withTitles(SampleActivities.policeReformUkraine(),
                    List.of(new Narrative(null, title))));
        }
        List<List<String>> rows = parse(write(new HxlCsvWriter(), hostile));

        assertThat(rows.subList(2, rows.size())).extracting(row -> row.get(1)).containsExactly(
                "'=HYPERLINK(\"https://evil.example\",\"click\")", "'+1+cmd|' /C calc'!A0", "'-2+3",
                "'@SUM(A1:A9)", "'\t=1", "Ordinary title - with a dash");
    }

    @Test
    void budgetsInSeveralCurrenciesHaveNoTotal() throws IOException {
        IatiActivity mixed = SampleActivities.withBudgets(SampleActivities.policeReformUkraine(), List.of(
                new Budget("1", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        new Money(bd("100000"), "EUR", LocalDate.of(2023, 1, 1))),
                new Budget("1", "2", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                        new Money(bd("-2500"), null, LocalDate.of(2024, 1, 1)))));
        IatiActivity negative = SampleActivities.withBudgets(SampleActivities.policeReformUkraine(), List.of(
                new Budget("2", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        new Money(bd("-2500"), null, LocalDate.of(2023, 1, 1)))));
        List<List<String>> rows = parse(write(new HxlCsvWriter(), List.of(mixed, negative)));

        assertThat(rows.get(2).subList(10, 12)).containsExactly("", "");
        // A computed number is not text from the record: a negative total stays a number.
        assertThat(rows.get(3).subList(10, 12)).containsExactly("-2500", "USD");
    }

    private static String write(HxlCsvWriter writer, List<IatiActivity> activities) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(activities, out);
        return out.toString();
    }

    /** RFC 4180 read back, to check that every cell survives its quoting. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
