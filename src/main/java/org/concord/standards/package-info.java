/**
 * Standards frameworks, their standards and indicators; baselines, targets and values measured against them per
 * country or institution, verified by evaluators; (in sub-packages of other helpers) scorecards and scored assessments.
 * Other modules call {@link org.concord.standards.Indicators}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "organisations", "shared"}, displayName = "Standards and indicators")
package org.concord.standards;
