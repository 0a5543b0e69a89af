package org.concord.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * An institution's domestic ownership curve: one {@link OwnershipYear} per year and currency, oldest first.
 *
 * @param dependsOnOneDonor one donor gives more than half of its external funding in the current year or a later
 *                          one (or, when the curve has no such year, in its last year)
 */
public record InstitutionCurve(long institutionId, String institutionName, List<OwnershipYear> years,
                               List<String> currencies, boolean dependsOnOneDonor,
                               List<org.concord.exchangerates.AppliedRate> rates, List<OwnershipYear> unconverted) {

    public static InstitutionCurve of(long institutionId, String name, List<OwnershipYear> years, LocalDate today) {
        return of(institutionId, name, years, today, List.of(), List.of());
    }

    /**
     * A curve converted to one currency: {@code rates} are the rates its amounts were converted at (each with its date
     * or year), {@code unconverted} the years' amounts, in their own currency, that no rate applies to and that the
     * curve leaves out.
     */
    public static InstitutionCurve of(long institutionId, String name, List<OwnershipYear> years, LocalDate today,
                                      List<org.concord.exchangerates.AppliedRate> rates, List<OwnershipYear> unconverted) {
        List<String> currencies = years.stream().map(OwnershipYear::currency).distinct().sorted().toList();
        List<OwnershipYear> fromNow = years.stream().filter(y -> y.year() >= today.getYear()).toList();
        List<OwnershipYear> judged = !fromNow.isEmpty() ? fromNow
                : years.isEmpty() ? List.of() : years.stream().filter(y -> y.year() == years.get(years.size() - 1).year()).toList();
        return new InstitutionCurve(institutionId, name, years, currencies,
                judged.stream().anyMatch(OwnershipYear::dependsOnOneDonor), rates, unconverted);
    }

    /** The points in one currency (until amounts are converted, a curve is drawn per currency). */
    public List<OwnershipYear> in(String currency) {
        return years.stream().filter(y -> y.currency().equals(currency)).toList();
    }

    /** More than one currency: the shares are per currency, not of the institution's whole funding. */
    public boolean severalCurrencies() {
        return currencies.size() > 1;
    }
}
