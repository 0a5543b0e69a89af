/**
 * One exchange-rate service for the whole application, with one table: dated rates (a central bank's daily reference
 * rates) and annual US-dollar averages, which administrators import as CSV or edit; a conversion takes a recent dated
 * rate, else the annual average, and says which rate, of which date or year, from which source it used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"}, displayName = "Exchange rates")
package org.concord.exchangerates;
