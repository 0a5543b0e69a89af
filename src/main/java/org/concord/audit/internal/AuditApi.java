package org.concord.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concord.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log")
class AuditApi {

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain of the audit log",
            description = "Reports intact, or the first row whose hash or link does not match. Administrators only.")
    AuditVerification verify() {
        return audit.verify();
    }
}
