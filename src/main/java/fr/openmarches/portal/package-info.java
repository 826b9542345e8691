/**
 * Portal: the front door of the platform.
 *
 * <p>The home page (search box, latest consultations, figures, ways in) and the content pages
 * every public site owes its visitors: help ({@code /aide}), accessibility statement
 * ({@code /accessibilite}), legal notice ({@code /mentions-legales}) and personal data
 * ({@code /donnees-personnelles}). Who runs the instance and how to reach its support are
 * settings ({@link fr.openmarches.portal.PortalProperties}), shown as they are configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package fr.openmarches.portal;
