package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.projects.internal.iati.IatiActivity;

/**
 * An activity's money as its page sums it, in each currency as published: the budget the activity counts (revised
 * budgets where the publisher gives any, else original ones: BudgetTotals) and its transactions by type, each with the
 * negative amounts it includes (counted as the file states, and shown beside the total, so that a reader questions them).
 */
public record ActivityMoney(List<Sum> budget, List<Sum> transactions) {

    /** A total in one currency, of one transaction type (null for the budget), with the sum of its negative amounts. */
    public record Sum(String type, String currency, BigDecimal total, BigDecimal negative) {
        public boolean hasNegative() {
            return negative.signum() < 0;
        }
    }

    public static ActivityMoney of(IatiActivity a) {
        boolean revised = a.budgets().stream().anyMatch(b -> "2".equals(b.type()));
        Map<List<String>, BigDecimal[]> budget = new LinkedHashMap<>();
        for (IatiActivity.Budget b : a.budgets()) {
            if (revised == "2".equals(b.type()) && b.value() != null && b.value().amount() != null) {
                add(budget, null, currency(b.value(), a), b.value().amount());
            }
        }
        Map<List<String>, BigDecimal[]> transactions = new LinkedHashMap<>();
        a.transactions().stream().sorted(java.util.Comparator.comparing(t -> String.valueOf(t.type()))).forEach(t -> {
            if (t.value() != null && t.value().amount() != null) {
                add(transactions, t.type(), currency(t.value(), a), t.value().amount());
            }
        });
        return new ActivityMoney(sums(budget), sums(transactions));
    }

    private static String currency(IatiActivity.Money money, IatiActivity a) {
        return money.currency() != null ? money.currency() : a.defaultCurrency();
    }

    private static void add(Map<List<String>, BigDecimal[]> sums, String type, String currency, BigDecimal amount) {
        BigDecimal[] sum = sums.computeIfAbsent(java.util.Arrays.asList(type, currency),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(amount);
        if (amount.signum() < 0) {
            sum[1] = sum[1].add(amount);
        }
    }

    private static List<Sum> sums(Map<List<String>, BigDecimal[]> sums) {
        List<Sum> list = new ArrayList<>();
        sums.forEach((k, v) -> list.add(new Sum(k.get(0), k.get(1), v[0], v[1])));
        return list;
    }
}
