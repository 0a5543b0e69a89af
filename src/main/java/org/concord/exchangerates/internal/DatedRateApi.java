package org.concord.exchangerates.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.concord.exchangerates.Conversion;
import org.concord.exchangerates.ExchangeRates;
import org.concord.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates: dated, conversion", description = "Dated rates and conversions. The rule: the latest dated rate published on "
        + "the date or in the 7 days before it, both currencies quoted against one base that day; else the annual "
        + "average of the date's year (or the nearest year), as for activity totals; else no conversion.")
class DatedRateApi {

    private final DatedRateService service;
    private final ExchangeRates rates;

    DatedRateApi(DatedRateService service, ExchangeRates rates) {
        this.service = service;
        this.rates = rates;
    }

    @GetMapping("/dated")
    @Operation(summary = "List dated rates", description = "Newest first; at most limit rows (default 1000, at most 10000).")
    List<DatedRateService.DatedRateView> dated(
            @Parameter(description = "ISO 4217 code of the quoted currency") @RequestParam(required = false) String currency,
            @Parameter(description = "ISO 4217 code of the base (EUR for the ECB)") @RequestParam(required = false) String base,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1000") int limit) {
        return service.list(currency, base, from, to, limit);
    }

    @GetMapping("/convert")
    @Operation(summary = "Convert an amount", description = "The converted amount (2 decimals) with the rate used: its "
            + "basis (DATED, ANNUAL or SAME_CURRENCY), the date and source of a dated rate, the year of an annual one. "
            + "404 when no rate applies. Without a date: today.")
    Conversion convert(@RequestParam BigDecimal amount, @RequestParam String from, @RequestParam String to,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rates.convert(amount, from, to, date)
                .orElseThrow(() -> new NotFoundException("exchange rate", from + "/" + to + (date == null ? "" : " " + date)));
    }

    @PostMapping(value = "/dated", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import dated rates from CSV", description = "Layouts: long, with the columns date,currency,base,"
            + "rate (optional source): on date one base was worth rate currency; or a central bank's (the ECB's "
            + "eurofxref-hist.csv): Date and one column per currency, N/A where none, against the base parameter. "
            + "Dates ISO, rates with a decimal point. Any broken cell refuses the whole file (400, each error naming its "
            + "row and column); importing a file again changes nothing. Audited. Administrators.")
    DatedRateService.ImportResult importCsv(@RequestBody String csv,
                                            @Parameter(description = "who published the rates, e.g. ECB")
                                            @RequestParam String source,
                                            @Parameter(description = "the base of a central bank's layout (default EUR)")
                                            @RequestParam(required = false) String base) {
        return service.importCsv(csv, base, source);
    }
}
