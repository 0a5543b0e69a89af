/**
 * Standards: frameworks of benchmarks, indicators and their values over time, scored assessment questionnaires
 * and scorecards. Other modules call the module's top-level interfaces, among them
 * {@link org.concord.standards.Assessments} for the latest published assessment bands of an institution.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "organisations"}, displayName = "Standards")
package org.concord.standards;
