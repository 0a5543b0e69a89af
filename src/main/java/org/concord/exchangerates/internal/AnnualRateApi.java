package org.concord.exchangerates.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates: annual", description = "Annual average US-dollar rates: the activity registry's US-dollar "
        + "figures convert at them, and conversions fall back on them without a recent dated rate. A year without a rate "
        + "takes the nearest year's. Anyone reads; administrators edit.")
class AnnualRateApi {

    private final AnnualRateService service;

    AnnualRateApi(AnnualRateService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List rates", description = "By currency, then year.")
    List<AnnualRateService.RateView> list(@Parameter(description = "ISO 4217 code: this currency only")
                                            @RequestParam(required = false) String currency) {
        return service.list(currency);
    }

    @GetMapping("/{currency}/{year}")
    @Operation(summary = "One rate")
    AnnualRateService.RateView get(@PathVariable String currency, @PathVariable int year) {
        return service.rate(currency, year);
    }

    @PostMapping
    @Operation(summary = "Add a rate", description = "currency (ISO 4217, not USD), year (1960–2100), usdPerUnit "
            + "(above 0, at most 10000). Refused when the currency already has a rate for that year. The US-dollar "
            + "budget totals of the activities budgeted in that currency are recomputed in the same transaction. "
            + "Administrators.")
    ResponseEntity<AnnualRateService.RateChange> create(@RequestBody AnnualRateForm rate) {
        AnnualRateService.RateChange change = service.create(rate);
        return ResponseEntity.created(URI.create("/api/v1/exchange-rates/" + change.rate().currency() + "/"
                + change.rate().year())).body(change);
    }

    @PutMapping("/{currency}/{year}")
    @Operation(summary = "Set a rate", description = "Creates or replaces the rate of the currency for the year "
            + "(usdPerUnit; with version, a stale version is refused with 409). Budget totals are recomputed in the same "
            + "transaction; the answer says how many changed. Administrators.")
    AnnualRateService.RateChange put(@PathVariable String currency, @PathVariable int year,
                                       @RequestBody AnnualRateForm rate) {
        return service.put(currency, year, rate);
    }

    @DeleteMapping("/{currency}/{year}")
    @Operation(summary = "Delete a rate", description = "Amounts of that year then take the nearest year's rate, or "
            + "none when it was the currency's last. Administrators.")
    AnnualRateService.RateChange delete(@PathVariable String currency, @PathVariable int year,
                                          @RequestParam(required = false) Long version) {
        return service.delete(currency, year, version);
    }

    @PostMapping(value = "/annual", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import annual rates from CSV", description = "Columns year,currency,usd_per_unit (any order; "
            + "optional source, else the source parameter, else Concord): in year, one unit of currency was worth "
            + "usd_per_unit US dollars on average. Years 1960 to 2100, ISO 4217 codes other than USD, rates above 0 and "
            + "at most 10000 with a decimal point. Any broken cell refuses the whole file (400, each error naming its row "
            + "and column); importing a file again changes nothing. The US-dollar budget totals of the activities in the "
            + "currencies that moved are recomputed in the same transaction. Audited. Administrators.")
    AnnualRateService.ImportResult importCsv(@RequestBody String csv,
                                             @Parameter(description = "who published or compiled the rates")
                                             @RequestParam(required = false) String source) {
        return service.importCsv(csv, source);
    }
}
