package org.concord.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.concord.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log")
class AuditApi {

    private final AuditService audit;
    private final AuditSigningKey key;

    AuditApi(AuditService audit, AuditSigningKey key) {
        this.audit = audit;
        this.key = key;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain of the audit log and hold it against the signed checkpoints",
            description = "Reports intact, or the first row, link or checkpoint that does not match. Administrators only.")
    AuditVerification verify() {
        return audit.verify();
    }

    @PostMapping("/verification")
    @Operation(summary = "The same, also against copies of checkpoints kept outside Concord",
            description = "The body is a list of checkpoints as GET /api/v1/audit/checkpoints gives them. A copy whose "
                    + "position is beyond the chain's end, or whose hash differs from the chain's, shows rows removed or "
                    + "changed. Administrators only.")
    AuditVerification verify(@RequestBody List<AuditCheckpoint> copies) {
        return audit.verify(copies);
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The signed checkpoints of the audit chain, and the public key that verifies them",
            description = "Public, so that anyone can keep copies: checkpoints after position `after`, oldest first, at "
                    + "most `limit` (1000). Each signature is Ed25519 over the UTF-8 text `signedText` names.")
    CheckpointsDocument checkpoints(@RequestParam(defaultValue = "-1") long after,
                                    @RequestParam(defaultValue = "1000") int limit) {
        return new CheckpointsDocument("Ed25519", key.publicKeyBase64(), key.publicKeyPem(), key.fingerprint(),
                "concord-audit-checkpoint\\n{position}\\n{hash}\\n{signedAt}", audit.checkpointsAfter(after, limit));
    }

    /** The checkpoints with what it takes to check them. */
    record CheckpointsDocument(String algorithm, String publicKey, String publicKeyPem, String fingerprint,
                               String signedText, List<AuditCheckpoint> checkpoints) {
    }
}
