package org.concord.oversight.internal.channels;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.concord.shared.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of channels over the API, through the same {@link ChannelService} and {@link ChannelPermissions} as
 * the pages: administrators, and coordinators of an oversight body for that body's channels. The public list of open
 * channels stays at {@code GET /api/v1/oversight/channels} without {@code administered}.
 */
@RestController
@RequestMapping("/api/v1/oversight/channels")
@Tag(name = "Oversight channels", description = "Administrators and coordinators of oversight bodies: open and change "
        + "reporting channels, name their recipients")
class ChannelApi {

    private final ChannelService service;
    private final ChannelPermissions permissions;

    ChannelApi(ChannelService service, ChannelPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping(params = "administered")
    @Operation(summary = "Channels the caller administers, with their recipients",
            description = "Open and closed channels, with the account ids of the officers who receive their reports. "
                    + "Signed-in administrators and coordinators of oversight bodies only.")
    List<ChannelView> administered(@Parameter(description = "any value; selects this listing instead of the public one")
                                   @RequestParam String administered, Locale locale) {
        CurrentActor.enforce(a -> permissions.mayAdministerAny());
        return service.administered(locale);
    }

    @GetMapping("/{id:\\d+}/settings")
    @Operation(summary = "A channel's settings as PUT takes them",
            description = "Texts in every language given, recipients, categories, questionnaire, deadlines, open or not.")
    ChannelForm settings(@PathVariable long id) {
        CurrentActor.require();
        return service.formOf(id);
    }

    @PostMapping
    @Operation(summary = "Open a channel for an oversight body",
            description = "Administrators, or coordinators of the body. A question's options are one per line as "
                    + "'key | English | French | Spanish | Russian | Arabic | Ukrainian'. Refusals name the field (422).")
    ResponseEntity<ChannelView> create(@RequestBody ChannelForm form, Locale locale) {
        long id = service.create(form);
        return ResponseEntity.created(URI.create("/api/v1/oversight/channels/" + id + "/settings"))
                .body(service.forAdministration(id, locale));
    }

    @PutMapping("/{id:\\d+}")
    @Operation(summary = "Change a channel", description = "Replaces the settings; the body and the address (slug) stay.")
    ChannelView update(@PathVariable long id, @RequestBody ChannelForm form, Locale locale) {
        CurrentActor.require();
        service.update(id, form);
        return service.forAdministration(id, locale);
    }
}
