/**
 * Platform: the technical ground every business module stands on.
 *
 * <ul>
 * <li>{@link fr.openmarches.platform.BlobStore}: files by SHA-256 (filesystem by default).</li>
 * <li>{@link fr.openmarches.platform.LegalTime}: the injected {@link java.time.Clock} and the
 * Europe/Paris zone in which legal deadlines are expressed.</li>
 * <li>{@link fr.openmarches.platform.PdfPageFlow}, {@link fr.openmarches.platform.PdfFonts},
 * {@link fr.openmarches.platform.PdfTexts}: the platform's PDF documents (receipts, opening reports,
 * letters) as text flowing down A4 pages in embedded DejaVu fonts, in the reader's language.</li>
 * <li>{@link fr.openmarches.platform.ApiProblems}: the REST APIs' RFC 9457 problem details, and
 * their one answer to a refused access (401 anonymous, 403 signed in).</li>
 * <li>{@link fr.openmarches.platform.SafeFileNames}: file names from people's files made safe to keep
 * and send back.</li>
 * <li>{@code database}: an embedded PostgreSQL started when no {@code spring.datasource.url} is
 * set, its data kept under {@code ./data/postgres}.</li>
 * <li>{@code web}: layout, locale (French by default, English on request), message bundles
 * discovered per module under {@code i18n/<module>/}, friendly error pages.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package fr.openmarches.platform;
