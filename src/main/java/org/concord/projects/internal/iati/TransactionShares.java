package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.RecipientRegion;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;

/**
 * The sectors, recipient countries and regions of an activity that gives them only on its transactions (as the US
 * government's files do), as the activity's own: each with the percentage its transactions' value gives it, as IATI's
 * guidance describes for sector and geography percentages when they are reported by transaction.
 *
 * <p>The value is that of the activity's spending, disbursements and expenditures (3, 4); an activity that has
 * none is weighed by its outgoing commitments (2), and one without those either by all its transactions. Amounts
 * are added as published (signed: a correction reduces its code's share; a code whose sum is not positive gets
 * none); when nothing positive is left every code gets an equal part. Sectors are weighed per vocabulary (each
 * vocabulary makes 100 %), countries and regions together. An activity that names sectors (or countries or regions)
 * itself keeps its own: the standard asks for one or the other.
 */
public final class TransactionShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> SPENDING = Set.of("3", "4");
    private static final Set<String> COMMITMENTS = Set.of("2");

    private TransactionShares() {
    }

    /** The activity's sectors, or when it names none, those of its transactions with their value shares. */
    public static List<Sector> sectors(IatiActivity a) {
        return a.sectors().isEmpty() ? sectorsOfTransactions(a) : a.sectors();
    }

    /** The activity's countries, or when it names no country or region, those of its transactions. */
    public static List<RecipientCountry> countries(IatiActivity a) {
        return ownGeography(a) ? a.countries() : geography(a).countries();
    }

    /** The activity's regions, or when it names no country or region, those of its transactions. */
    public static List<RecipientRegion> regions(IatiActivity a) {
        return ownGeography(a) ? a.regions() : geography(a).regions();
    }

    /** Whether the activity's sectors come from its transactions. */
    public static boolean sectorsFromTransactions(IatiActivity a) {
        return a.sectors().isEmpty() && a.transactions().stream().anyMatch(t -> !t.sectors().isEmpty());
    }

    /** Whether the activity's countries and regions come from its transactions. */
    public static boolean geographyFromTransactions(IatiActivity a) {
        return !ownGeography(a)
                && a.transactions().stream().anyMatch(t -> t.recipientCountry() != null || t.recipientRegion() != null);
    }

    private static boolean ownGeography(IatiActivity a) {
        return !a.countries().isEmpty() || !a.regions().isEmpty();
    }

    static List<Sector> sectorsOfTransactions(IatiActivity a) {
        List<Transaction> weighed = weighed(a);
        Map<String, Map<String, BigDecimal>> byVocabulary = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Transaction t : a.transactions()) {
            for (Sector s : t.sectors()) {
                byVocabulary.computeIfAbsent(s.vocabulary(), v -> new LinkedHashMap<>()).putIfAbsent(s.code(),
                        BigDecimal.ZERO);
                names.putIfAbsent(s.vocabulary() + "\u0000" + s.code(), s.name());
            }
        }
        for (Transaction t : weighed) {
            for (Sector s : t.sectors()) {
                byVocabulary.get(s.vocabulary()).merge(s.code(), amount(t), BigDecimal::add);
            }
        }
        List<Sector> sectors = new ArrayList<>();
        byVocabulary.forEach((vocabulary, weights) -> percentages(weights).forEach((code, percentage) ->
                sectors.add(new Sector(vocabulary, code, percentage, names.get(vocabulary + "\u0000" + code)))));
        return sectors;
    }

    /** Countries and regions of the transactions, weighed together. */
    record Geography(List<RecipientCountry> countries, List<RecipientRegion> regions) {
    }

    static Geography geography(IatiActivity a) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Function<Transaction, String> key = t -> t.recipientCountry() != null ? "c\u0000" + t.recipientCountry()
                : t.recipientRegion() != null ? "r\u0000" + t.recipientRegion().vocabulary() + "\u0000"
                + t.recipientRegion().code() : null;
        for (Transaction t : a.transactions()) {
            String k = key.apply(t);
            if (k != null) {
                weights.putIfAbsent(k, BigDecimal.ZERO);
            }
        }
        for (Transaction t : weighed(a)) {
            String k = key.apply(t);
            if (k != null) {
                weights.merge(k, amount(t), BigDecimal::add);
            }
        }
        List<RecipientCountry> countries = new ArrayList<>();
        List<RecipientRegion> regions = new ArrayList<>();
        percentages(weights).forEach((k, percentage) -> {
            String[] parts = k.split("\u0000");
            if (parts[0].equals("c")) {
                countries.add(new RecipientCountry(parts[1], percentage));
            } else {
                regions.add(new RecipientRegion(parts[1], parts[2], percentage));
            }
        });
        return new Geography(countries, regions);
    }

    /** The transactions whose value weighs: spending, else outgoing commitments, else all. */
    private static List<Transaction> weighed(IatiActivity a) {
        List<Transaction> spending = a.transactions().stream().filter(t -> SPENDING.contains(t.type())).toList();
        if (!spending.isEmpty()) {
            return spending;
        }
        List<Transaction> commitments = a.transactions().stream().filter(t -> COMMITMENTS.contains(t.type())).toList();
        return commitments.isEmpty() ? a.transactions() : commitments;
    }

    private static BigDecimal amount(Transaction t) {
        return t.value() == null || t.value().amount() == null ? BigDecimal.ZERO : t.value().amount();
    }

    /** Each key's part of 100, from positive weights; equal parts when no weight is positive. */
    private static Map<String, BigDecimal> percentages(Map<String, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> percentages = new LinkedHashMap<>();
        if (weights.isEmpty()) {
            return percentages;
        }
        if (total.signum() == 0) {
            BigDecimal equal = HUNDRED.divide(BigDecimal.valueOf(weights.size()), 6, RoundingMode.HALF_EVEN);
            weights.keySet().forEach(k -> percentages.put(k, equal.stripTrailingZeros()));
        } else {
            weights.forEach((k, w) -> percentages.put(k, w.signum() > 0
                    ? w.multiply(HUNDRED).divide(total, 6, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    : BigDecimal.ZERO));
        }
        return percentages;
    }
}
