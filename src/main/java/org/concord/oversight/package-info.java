/**
 * Complaint and whistleblower channels of oversight bodies: public intake without an account, reports encrypted end to
 * end to the channel's recipients (X25519, AES-256-GCM, Argon2id), follow-up with a receipt, the officers' inbox.
 * Cases and their workflow build on the reports' tables inside this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "notifications", "organisations", "shared"}, displayName = "Oversight")
package org.concord.oversight;
