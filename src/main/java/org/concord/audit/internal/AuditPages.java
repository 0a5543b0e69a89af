package org.concord.audit.internal;

import org.concord.audit.AuditVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditService audit;

    AuditPages(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", audit.entries(entityType, entityId, actor, page, PAGE_SIZE));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("actorFilter", actor);
        return "audit/list";
    }

    @PostMapping("/verification")
    String verify(Model model) {
        AuditVerification verification = audit.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("result", audit.entries(null, null, null, 0, PAGE_SIZE));
        model.addAttribute("entityTypes", audit.entityTypes());
        return "audit/list";
    }
}
