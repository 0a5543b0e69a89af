package org.concord.exchangerates;

/**
 * Figures another module stores at the annual rates and must follow when one changes: the activity registry's
 * US-dollar budget totals. The exchange-rate service calls every follower inside the transaction that writes the
 * rate, after the write, so that the rate and the figures computed from it commit (or fail) together, and so that the
 * editor is told how many records moved. (An application event could not answer that count; the call points from
 * the follower's module to this one's API, so no cycle.)
 */
public interface AnnualRateFollower {

    /** Recomputes what follows the annual rates of {@code currency}, as this transaction now sees them; how many changed. */
    int annualRatesChanged(String currency);
}
