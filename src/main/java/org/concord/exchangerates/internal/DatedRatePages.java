package org.concord.exchangerates.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.exchangerates.ExchangeRates;
import org.concord.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dated rates, the rule, a converter anyone may use, and the administrators' CSV import. */
@Controller
@RequestMapping("/exchange-rates")
class DatedRatePages {

    private final DatedRateService service;
    private final ExchangeRates rates;
    private final ExchangeRatePermissions permissions;
    private final MessageSource messages;

    DatedRatePages(DatedRateService service, ExchangeRates rates, ExchangeRatePermissions permissions,
                   MessageSource messages) {
        this.service = service;
        this.rates = rates;
        this.permissions = permissions;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String amount, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String date,
                Model model, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (amount != null && !amount.isBlank()) {
            BigDecimal value = null;
            LocalDate on = null;
            try {
                value = new BigDecimal(amount.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(messages.getMessage("exchange.convert.bad-amount", null, locale));
            }
            try {
                on = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add(messages.getMessage("exchange.convert.bad-date", null, locale));
            }
            if (problems.isEmpty()) {
                model.addAttribute("conversion", rates.convert(value, from, to, on).orElse(null));
                model.addAttribute("converted", true);
            }
        }
        model.addAttribute("convertProblems", problems);
        return page(model);
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String base,
                     @RequestParam(required = false) String source, Model model, Locale locale,
                     RedirectAttributes redirect) throws IOException {
        permissions.checkMayImport();
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            redirect.addFlashAttribute("imported", service.importCsv(csv, base, source));
            return "redirect:/exchange-rates";
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.errors().stream()
                    .map(f -> messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)).toList());
            model.addAttribute("convertProblems", List.of());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("latest", service.latest());
        model.addAttribute("windowDays", ExchangeRates.WINDOW_DAYS);
        model.addAttribute("mayImport", permissions.mayImport());
        return "exchangerates/page";
    }
}
