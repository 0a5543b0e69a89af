package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.concord.exchangerates.AppliedRate;
import org.concord.funding.internal.Reader;
import org.concord.funding.internal.money.FundingMoney;
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
 * <p>Exchange rates: {@link #institution(long, Locale)} and {@link #country(String, Locale)} keep one series per
 * currency (the shares are shares within that currency). The overloads with a currency convert every amount to the
 * reader's chosen currency ({@link FundingMoney}: a year's amounts at the 1st of July of that year), so that an
 * institution's curve is one series; each donor's external amount is converted on its own, so the largest donor is
 * found across currencies. Amounts that no rate applies to are left out of the curve and listed apart
 * ({@link InstitutionCurve#unconverted()}), and the rates used come with the curve.
 */
@Service
public class OwnershipService {

    private final OwnershipQueries queries;
    private final Organisations organisations;
    private final Clock clock;

    private final FundingMoney money;

    OwnershipService(OwnershipQueries queries, Organisations organisations, Clock clock, FundingMoney money) {
        this.money = money;
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

    /** The institution's curve in {@code currency}: one series. */
    @Transactional(readOnly = true)
    public InstitutionCurve institution(long institutionId, String currency, Locale locale) {
        LocalDate today = today();
        Map<Long, String> names = organisations.names(locale);
        Reader reader = Reader.current(organisations);
        List<InstitutionCurve> curves = converted(queries.forInstitution(institutionId, today, reader),
                queries.donorsForInstitution(institutionId, today, reader), currency, names, today);
        return curves.isEmpty() ? InstitutionCurve.of(institutionId, names.get(institutionId), List.of(), today)
                : curves.get(0);
    }

    /** The country's curves in {@code currency}, those depending on one donor first. */
    @Transactional(readOnly = true)
    public List<InstitutionCurve> country(String country, String currency, Locale locale) {
        LocalDate today = today();
        Reader reader = Reader.current(organisations);
        List<InstitutionCurve> curves = new ArrayList<>(converted(queries.forCountry(country, today, reader),
                queries.donorsForCountry(country, today, reader), currency, organisations.names(locale), today));
        curves.sort(Comparator.comparing((InstitutionCurve c) -> !c.dependsOnOneDonor())
                .thenComparing(c -> c.institutionName() == null ? "" : c.institutionName()));
        return curves;
    }

    private List<InstitutionCurve> converted(List<OwnershipQueries.Sums> sums, List<OwnershipQueries.DonorSum> donors,
                                             String currency, Map<Long, String> names, LocalDate today) {
        record Key(long institution, int year) {
        }
        // what cannot be converted, per institution, year and original currency, is left out of the curve whole
        Map<Long, List<OwnershipYear>> unconverted = new LinkedHashMap<>();
        Map<Long, Set<AppliedRate>> rates = new LinkedHashMap<>();
        Map<Key, BigDecimal> national = new LinkedHashMap<>();
        Map<Key, Map<Long, BigDecimal>> byDonor = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        for (OwnershipQueries.Sums row : sums) {
            OwnershipYear y = row.year();
            Key key = new Key(row.institutionId(), y.year());
            LocalDate on = FundingMoney.yearDate(y.year());
            Optional<AppliedRate> rate = money.rate(y.currency(), currency, on);
            if (rate.isEmpty()) {
                failed.add(row.institutionId() + "/" + y.year() + "/" + y.currency());
                unconverted.computeIfAbsent(row.institutionId(), id -> new ArrayList<>()).add(named(y, names));
                continue;
            }
            rates.computeIfAbsent(row.institutionId(), id -> new LinkedHashSet<>()).add(rate.get());
            national.merge(key, money.convert(y.national(), y.currency(), currency, on).orElseThrow().amount(), BigDecimal::add);
            byDonor.computeIfAbsent(key, k -> new LinkedHashMap<>());
        }
        for (OwnershipQueries.DonorSum d : donors) {
            if (failed.contains(d.institutionId() + "/" + d.year() + "/" + d.currency())) {
                continue;
            }
            BigDecimal amount = money.convert(d.amount(), d.currency(), currency, FundingMoney.yearDate(d.year()))
                    .orElseThrow().amount();
            byDonor.computeIfAbsent(new Key(d.institutionId(), d.year()), k -> new LinkedHashMap<>())
                    .merge(d.funderId(), amount, BigDecimal::add);
        }
        Map<Long, List<OwnershipYear>> byInstitution = new LinkedHashMap<>();
        byDonor.forEach((key, funders) -> {
            BigDecimal external = funders.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            var top = funders.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<Long, BigDecimal> e) -> e.getValue())
                            .thenComparing(e -> -e.getKey()));
            Long topId = top.map(Map.Entry::getKey).orElse(null);
            byInstitution.computeIfAbsent(key.institution(), id -> new ArrayList<>()).add(new OwnershipYear(key.year(),
                    currency, external, national.getOrDefault(key, BigDecimal.ZERO), topId,
                    topId == null ? null : names.get(topId), top.map(Map.Entry::getValue).orElse(null)));
        });
        List<Long> institutions = new ArrayList<>(byInstitution.keySet());
        unconverted.keySet().stream().filter(id -> !byInstitution.containsKey(id)).forEach(institutions::add);
        List<InstitutionCurve> curves = new ArrayList<>();
        for (Long id : institutions) {
            List<OwnershipYear> years = new ArrayList<>(byInstitution.getOrDefault(id, List.of()));
            years.sort(Comparator.comparingInt(OwnershipYear::year));
            curves.add(InstitutionCurve.of(id, names.get(id), years, today,
                    List.copyOf(rates.getOrDefault(id, Set.of())), unconverted.getOrDefault(id, List.of())));
        }
        return curves;
    }

    private static OwnershipYear named(OwnershipYear y, Map<Long, String> names) {
        return new OwnershipYear(y.year(), y.currency(), y.external(), y.national(), y.largestDonorId(),
                y.largestDonorId() == null ? null : names.get(y.largestDonorId()), y.largestDonorAmount());
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
