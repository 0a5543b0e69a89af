package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hand-entered activity takes the form the reader gives an imported one, without a trip through XML. */
class NormalisationTest {

    @Test
    void anActivityEnteredCarelesslyEqualsTheSameActivityWrittenAndReadBack() throws IOException {
        IatiActivity base = SampleActivities.minimal();
        IatiActivity careless = new IatiActivity(" " + base.identifier() + " ", "EUR", "EN", null, null, null,
                base.reportingOrg(), List.of(new Narrative("FR", "  Réforme de la police  "), new Narrative(null, " ")),
                List.of(), List.of(), "2", List.of(), List.of(new RecipientCountry("ua", new BigDecimal("100.00"))),
                List.of(), List.of(), List.of(new Sector(null, "15210", null, null)), List.of(), null, null, null, null,
                null, null,
                List.of(new Budget("1", "1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        new Money(new BigDecimal("250000.00"), null, LocalDate.of(2025, 1, 1)))),
                List.of(), List.of(), List.of(), List.of());

        assertThat(Normalisation.of(careless)).isEqualTo(readBack(careless));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dportal-2021-ssr-undp.xml", "dportal-2021-ssr-eu-near.xml", "dportal-2021-ssr-uk-fcdo.xml"})
    void whatTheReaderGivesIsAlreadyNormal(String file) throws IOException {
        List<IatiActivity> read = new ArrayList<>();
        try (InputStream in = NormalisationTest.class.getResourceAsStream("/iati/activities/" + file)) {
            new IatiReader().read(in, r -> {
                if (r.accepted()) {
                    read.add(r.activity());
                }
            });
        }
        assertThat(read).isNotEmpty();
        assertThat(read).allSatisfy(a -> assertThat(Normalisation.of(a)).isEqualTo(a));
    }

    private static IatiActivity readBack(IatiActivity activity) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new IatiWriter().write(List.of(activity), xml, Instant.parse("2026-01-01T00:00:00Z"));
        List<IatiActivity> read = new ArrayList<>();
        new IatiReader().read(new ByteArrayInputStream(xml.toByteArray()), r -> read.add(r.activity()));
        return read.get(0);
    }
}
