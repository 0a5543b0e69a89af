/**
 * The directory of actors in security sector reform: international organisations, donors, national
 * institutions, oversight bodies, civil society, training centres; their mandates, SSR roles,
 * countries and hierarchy. Other modules call {@link org.concord.organisations.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"}, displayName = "Organisations directory")
package org.concord.organisations;
