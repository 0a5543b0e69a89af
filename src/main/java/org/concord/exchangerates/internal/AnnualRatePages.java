package org.concord.exchangerates.internal;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual rates as a table: public, since they explain every US-dollar figure; administrators edit them. */
@Controller
@RequestMapping(AnnualRatePages.PATH)
class AnnualRatePages {

    static final String PATH = "/exchange-rates/annual";
    private static final String RATE = "/{currency:[A-Z]{3}}/{year:\\d{4}}";

    private final AnnualRateService service;
    private final ExchangeRatePermissions permissions;
    private final MessageSource messages;

    AnnualRatePages(AnnualRateService service, ExchangeRatePermissions permissions, MessageSource messages) {
        this.permissions = permissions;
        this.service = service;
        this.messages = messages;
    }

    /** Rates in the reader's number format, with as many decimals as the rate has. */
    public record RateFormat(Locale locale) {
        public String rate(BigDecimal value) {
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(org.concord.shared.web.Amounts.locale(locale));
            format.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
            format.setMaximumFractionDigits(AnnualRateService.MAX_DECIMALS);
            return format.format(value);
        }
    }

    /**
     * A rate typed as the reader writes numbers: "1.08" or "1,08" (a single comma and no point is a decimal comma),
     * spaces ignored. Rates are below 10,000, so a comma is never a thousands separator here.
     */
    @InitBinder("form")
    void decimalComma(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "usdPerUnit", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String plain = text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "");
                if (plain.indexOf('.') < 0 && plain.indexOf(',') == plain.lastIndexOf(',')) {
                    plain = plain.replace(',', '.');
                }
                setValue(plain.isEmpty() ? null : new BigDecimal(plain));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString();
            }
        });
    }

    @GetMapping
    String table(@RequestParam(required = false) String currency, @RequestParam(required = false) Integer year,
                 Model model, Locale locale) {
        AnnualRateForm form = new AnnualRateForm();
        // an empty cell's link opens the form with its currency and year filled in
        form.setCurrency(currency);
        form.setYear(year);
        model.addAttribute("form", form);
        return tablePage(model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") AnnualRateForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // the form comes back with its mistakes only to those who may use it
            model.addAttribute("currencies", service.currencyChoices());
        } else {
            try {
                AnnualRateService.RateChange change = service.create(form);
                redirect.addFlashAttribute("outcome", saved(change, locale));
                return "redirect:" + PATH + "#rate-" + change.rate().currency();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return tablePage(model, locale);
    }

    @GetMapping(RATE + "/edit")
    String editForm(@PathVariable String currency, @PathVariable int year, Model model, Locale locale) {
        model.addAttribute("form", service.formOf(currency, year));
        return editPage(currency, year, model, locale);
    }

    @PostMapping(RATE)
    String update(@PathVariable String currency, @PathVariable int year, @ModelAttribute("form") AnnualRateForm form,
                  BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        form.setCurrency(currency);
        form.setYear(year);
        if (!binding.hasErrors()) {
            try {
                AnnualRateService.RateChange change = service.update(currency, year, form);
                redirect.addFlashAttribute("outcome", saved(change, locale));
                return "redirect:" + PATH + "#rate-" + currency;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return editPage(currency, year, model, locale);
    }

    @PostMapping(RATE + "/delete")
    String delete(@PathVariable String currency, @PathVariable int year, @RequestParam(required = false) Long version,
                  Model model, Locale locale, RedirectAttributes redirect) {
        try {
            AnnualRateService.RateChange change = service.delete(currency, year, version);
            redirect.addFlashAttribute("outcome", messages.getMessage("rates.deleted",
                    new Object[] {change.recomputedActivities()}, locale));
            return "redirect:" + PATH + "#rate-" + currency;
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("form", service.formOf(currency, year));
            model.addAttribute("problem", messages.getMessage("error.conflict", null, locale));
            return editPage(currency, year, model, locale);
        }
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
                     Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        permissions.checkMayEdit();
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            AnnualRateService.ImportResult result = service.importCsv(csv, source);
            redirect.addFlashAttribute("outcome", messages.getMessage("rates.imported", new Object[] {result.rows(),
                    result.added(), result.changed(), result.unchanged(), result.recomputedActivities()}, locale));
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.errors().stream()
                    .map(f -> messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)).toList());
            model.addAttribute("form", new AnnualRateForm());
            return tablePage(model, locale);
        }
    }

    private String saved(AnnualRateService.RateChange change, Locale locale) {
        return messages.getMessage("rates.saved", new Object[] {change.recomputedActivities()}, locale);
    }

    private String tablePage(Model model, Locale locale) {
        model.addAttribute("table", service.table());
        model.addAttribute("format", new RateFormat(locale));
        boolean mayEdit = permissions.mayEdit();
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            model.addAttribute("currencies", service.currencies());
        }
        return "exchangerates/annual";
    }

    private String editPage(String currency, int year, Model model, Locale locale) {
        model.addAttribute("rate", service.rateToEdit(currency, year));
        model.addAttribute("format", new RateFormat(locale));
        return "exchangerates/annual-form";
    }
}
