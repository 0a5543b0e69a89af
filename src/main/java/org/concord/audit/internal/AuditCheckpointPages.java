package org.concord.audit.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of the audit chain's signed checkpoints and the key that verifies them. */
@Controller
class AuditCheckpointPages {

    private static final int PAGE_SIZE = 50;

    private final AuditService audit;
    private final AuditSigningKey key;

    AuditCheckpointPages(AuditService audit, AuditSigningKey key) {
        this.audit = audit;
        this.key = key;
    }

    @GetMapping("/audit/checkpoints")
    String checkpoints(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", audit.checkpoints(page, PAGE_SIZE));
        model.addAttribute("publicKeyPem", key.publicKeyPem());
        model.addAttribute("fingerprint", key.fingerprint());
        return "audit/checkpoints";
    }
}
