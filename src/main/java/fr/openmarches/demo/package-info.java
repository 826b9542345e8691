/**
 * Demo: the data a new platform shows when it starts on its embedded database.
 *
 * <p>When {@code openmarches.demo.enabled} is true (by default: when no
 * {@code spring.datasource.url} is set) and no organisation exists yet, it creates, through the
 * other modules' public APIs and in one transaction: the Ministère des Armées (DGA, SGA, SCA) and
 * the Centre national d'études spatiales with their services and buyer agents, three companies
 * with their members, and a dozen consultations in every state, with real PDF documents. Every
 * demo account has the password {@code demo-openmarches}; {@code docs/demo-accounts.md} lists them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package fr.openmarches.demo;
