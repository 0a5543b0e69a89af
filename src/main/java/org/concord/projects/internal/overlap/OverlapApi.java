package org.concord.projects.internal.overlap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/overlaps")
@Tag(name = "Overlaps", description = "Pairs of SSR activities that may duplicate each other, and coordinators' decisions on them")
class OverlapApi {

    private final OverlapService service;

    OverlapApi(OverlapService service) {
        this.service = service;
    }

    /** A decision as the API receives it. */
    record DecisionRequest(@NotNull Decision decision, @Size(max = OverlapService.NOTE_LENGTH) String note) {
    }

    @GetMapping
    @Operation(summary = "List open pairs", description = "Pairs not yet decided, or decided before one of the two "
            + "activities changed materially; highest score first. Each reason is {kind, detail, value} with kind one "
            + "of country, period, area, beneficiary, implementer, text. The X-Total-Count header counts all open pairs; "
            + "page through them with offset. Signed-in users.")
    ResponseEntity<List<OverlapView>> list(@Parameter(description = "ISO 3166-1 alpha-2: both activities in this country")
                                           @RequestParam(required = false) String country,
                                           @Parameter(description = "at most 500") @RequestParam(defaultValue = "50") int limit,
                                           @Parameter(description = "pairs to skip, to page through all of them")
                                           @RequestParam(defaultValue = "0") long offset) {
        OverlapService.OpenPairs open = service.open(country, limit, offset);
        return ResponseEntity.ok().header(TOTAL, Long.toString(open.total())).body(open.items());
    }

    /** How many open pairs there are in all (the overlaps page shows the same count). */
    static final String TOTAL = "X-Total-Count";

    @PostMapping("/{a}/{b}/decision")
    @Operation(summary = "Decide what a pair is", description = "DUPLICATE, COMPLEMENTARY (coordinate) or UNRELATED, "
            + "with an optional note. Administrators and coordinators. The pair is proposed again when either "
            + "activity changes materially (countries, dates, reform areas, participants, titles, descriptions).")
    OverlapView.DecisionView decide(@PathVariable long a, @PathVariable long b, @Valid @RequestBody DecisionRequest request) {
        return service.decide(a, b, request.decision(), request.note());
    }

    @GetMapping("/settings")
    @Operation(summary = "Weights and threshold of the overlap score")
    OverlapSettings settings() {
        return service.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Replace weights and threshold", description = "Each from 0 to 1 with at most three decimals; "
            + "the score is the weighted average of the signals. Administrators and coordinators. Every pair is "
            + "scored again in the background.")
    OverlapSettings updateSettings(@RequestBody OverlapSettings settings) {
        return service.updateSettings(settings);
    }
}
