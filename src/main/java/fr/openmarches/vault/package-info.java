/**
 * Vault (coffre-fort): each company's administrative documents, kept in versions.
 *
 * <p>A document has a {@link fr.openmarches.vault.DocumentType} and a title; each upload is a new
 * version (issue date, optional validity end date, file name made safe, size, SHA-256), its bytes
 * in the {@link fr.openmarches.platform.BlobStore}; older versions are kept until deleted one by
 * one. A document's validity is its latest version's: valid, expires soon (30 days or less),
 * expired. {@link fr.openmarches.vault.Vault} is the only way in: every call names the acting
 * account and reaches only the documents of the company it belongs to (another company's ids,
 * or no company: {@link fr.openmarches.vault.VaultNotFoundException}, answered 404). The security
 * rules keep buyers and anonymous callers out of {@code /api/v1/my-company/vault/**}.
 *
 * <p>{@code ExpiryNotices} mails the company's active administrators 30 and 7 days before the
 * latest version of a document expires (Paris day of the injected clock), once per version and
 * threshold, recorded in {@code vault.expiry_notice}.
 *
 * <p>Deposits: {@link fr.openmarches.vault.Vault#documentWithVersion} tells the submission module
 * which document a piece copied from the vault is, for the company depositing; the copy itself is
 * sealed in the deposit by the supplier's browser, so the buyer never reads the vault. A document
 * already given to the same purchasing entity in an opened deposit may be referenced instead of sent
 * again (« dites-le-nous une fois », module {@code submission}): the buyer then reads the copy opened
 * from that earlier deposit, still never the vault.
 *
 * <p>REST: {@code /api/v1/my-company/vault/documents} ({@code web.VaultApi}). Settings
 * {@code openmarches.vault.*}: {@code max-file-size} (20MB), {@code allowed-extensions},
 * {@code check-interval} (PT1H).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package fr.openmarches.vault;
