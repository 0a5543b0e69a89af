package org.concord.funding.internal.phaseout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.funding.internal.FundingPermissions;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sunset clauses: the funder's coordinators (of the funder or an organisation above it) and administrators,
 * as for the agreement itself ({@link FundingPermissions#mayRecordFor}). The rules of a plan: every row names a year (once) and both amounts (zero or more, at most
 * two decimals); no external money is planned after the sunset year; and the external share of the programme does
 * not rise from one planned year to the next (a plan in which it rises phases nothing out).
 */
@Service
class PhaseOutService {

    private final PhaseOutStore store;
    private final FundingPermissions permissions;
    private final ApplicationEventPublisher events;

    PhaseOutService(PhaseOutStore store, FundingPermissions permissions, ApplicationEventPublisher events) {
        this.store = store;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PhaseOutPlan plan(long agreementId) {
        return store.find(agreementId).orElseThrow(() -> new NotFoundException("agreement", agreementId));
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(PhaseOutPlan plan) {
        return permissions.mayRecordFor(plan.funderId());
    }

    /** Records (or replaces) the agreement's sunset date and plan; audited as one change of the plan. */
    @Transactional
    public PhaseOutPlan record(long agreementId, PhaseOutForm form) {
        PhaseOutPlan before = plan(agreementId);
        permissions.checkMayRecordFor(before.funderId());
        List<PhaseOutPlan.Year> years = validate(form);
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        if (!store.save(agreementId, form.getSunsetDate(), note, years, form.getVersion())) {
            throw new ObjectOptimisticLockingFailureException("funding_phase_out", agreementId);
        }
        PhaseOutPlan after = plan(agreementId);
        events.publishEvent(EntityChanged.diff("funding_phase_out", agreementId,
                before.recorded() ? "updated" : "created", snapshot(before), snapshot(after)));
        return after;
    }

    private static Map<String, Object> snapshot(PhaseOutPlan plan) {
        return EntityChanged.snapshot("sunsetDate", plan.sunsetDate(), "note", plan.note(),
                "years", plan.years().stream().map(y -> y.year() + ": external " + y.externalAmount().toPlainString()
                        + ", national " + y.nationalAmount().toPlainString() + " " + plan.currency()).toList());
    }

    static List<PhaseOutPlan.Year> validate(PhaseOutForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getSunsetDate() == null) {
            errors.add(new FieldError("sunsetDate", "required"));
        }
        List<PhaseOutPlan.Year> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < form.getYears().size(); i++) {
            PhaseOutForm.YearRow row = form.getYears().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "years[" + i + "].";
            boolean complete = true;
            if (row.getYear() == null) {
                errors.add(new FieldError(at + "year", "required"));
                complete = false;
            } else if (row.getYear() < 1990 || row.getYear() > 2100) {
                errors.add(new FieldError(at + "year", "phaseout.year-range", "1990", "2100"));
                complete = false;
            } else if (!seen.add(row.getYear())) {
                errors.add(new FieldError(at + "year", "phaseout.year-twice", String.valueOf(row.getYear())));
                complete = false;
            }
            complete &= amount(row.getExternalAmount(), at + "externalAmount", errors);
            complete &= amount(row.getNationalAmount(), at + "nationalAmount", errors);
            if (complete) {
                years.add(new PhaseOutPlan.Year(row.getYear(), row.getExternalAmount(), row.getNationalAmount()));
            }
        }
        years.sort(Comparator.comparingInt(PhaseOutPlan.Year::year));
        if (errors.isEmpty()) {
            checkPhasesOut(form, years, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return years;
    }

    private static boolean amount(BigDecimal amount, String field, List<FieldError> errors) {
        if (amount == null) {
            errors.add(new FieldError(field, "required"));
        } else if (amount.signum() < 0) {
            errors.add(new FieldError(field, "phaseout.negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "phaseout.cents"));
        } else {
            return true;
        }
        return false;
    }

    private static void checkPhasesOut(PhaseOutForm form, List<PhaseOutPlan.Year> years, List<FieldError> errors) {
        int sunsetYear = form.getSunsetDate().getYear();
        BigDecimal previousShare = null;
        Integer previousYear = null;
        for (PhaseOutPlan.Year year : years) {
            String at = "years[" + indexOf(form, year.year()) + "].externalAmount";
            if (year.year() > sunsetYear && year.externalAmount().signum() > 0) {
                errors.add(new FieldError(at, "phaseout.external-after-sunset",
                        String.valueOf(year.year()), String.valueOf(sunsetYear)));
            }
            BigDecimal share = year.externalShare();
            if (share != null && previousShare != null && share.compareTo(previousShare) > 0) {
                errors.add(new FieldError(at, "phaseout.share-rises",
                        String.valueOf(year.year()), String.valueOf(previousYear)));
            }
            if (share != null) {
                previousShare = share;
                previousYear = year.year();
            }
        }
    }

    private static int indexOf(PhaseOutForm form, int year) {
        for (int i = 0; i < form.getYears().size(); i++) {
            PhaseOutForm.YearRow row = form.getYears().get(i);
            if (row != null && row.getYear() != null && row.getYear() == year) {
                return i;
            }
        }
        return 0;
    }
}
