package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.organisations.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Domestic ownership curves, per institution and for every institution of a country.
 *
 * <p>EXCHANGE RATES: amounts are not converted yet; a curve holds one series per currency and the shares are shares
 * within that currency. When the exchange-rates module (org.concord.exchangerates) is merged, convert each
 * {@link OwnershipYear}'s three amounts to the reader's chosen currency at the year's rate here, in
 * {@link #curves}, before grouping, and show the rate and its date beside the figures.
 */
@Service
public class OwnershipService {

    private final OwnershipQueries queries;
    private final Organisations organisations;
    private final Clock clock;

    OwnershipService(OwnershipQueries queries, Organisations organisations, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InstitutionCurve institution(long institutionId, Locale locale) {
        LocalDate today = today();
        Map<Long, String> names = organisations.names(locale);
        List<InstitutionCurve> curves = curves(queries.forInstitution(institutionId, today, Reader.current(organisations)), names, today);
        return curves.isEmpty() ? InstitutionCurve.of(institutionId, names.get(institutionId), List.of(), today)
                : curves.get(0);
    }

    /** The curves of the institutions that receive funding in this country, those depending on one donor first. */
    @Transactional(readOnly = true)
    public List<InstitutionCurve> country(String country, Locale locale) {
        LocalDate today = today();
        List<InstitutionCurve> curves = new ArrayList<>(curves(queries.forCountry(country, today, Reader.current(organisations)),
                organisations.names(locale), today));
        curves.sort(Comparator.comparing((InstitutionCurve c) -> !c.dependsOnOneDonor())
                .thenComparing(c -> c.institutionName() == null ? "" : c.institutionName()));
        return curves;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static List<InstitutionCurve> curves(List<OwnershipQueries.Sums> sums, Map<Long, String> names,
                                                 LocalDate today) {
        Map<Long, List<OwnershipYear>> byInstitution = new LinkedHashMap<>();
        for (OwnershipQueries.Sums row : sums) {
            OwnershipYear y = row.year();
            OwnershipYear named = new OwnershipYear(y.year(), y.currency(), y.external(), y.national(),
                    y.largestDonorId(), y.largestDonorId() == null ? null : names.get(y.largestDonorId()),
                    y.largestDonorAmount());
            byInstitution.computeIfAbsent(row.institutionId(), id -> new ArrayList<>()).add(named);
        }
        List<InstitutionCurve> curves = new ArrayList<>();
        byInstitution.forEach((id, years) -> curves.add(InstitutionCurve.of(id, names.get(id), years, today)));
        return curves;
    }
}
