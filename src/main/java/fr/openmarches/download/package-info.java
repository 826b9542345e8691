/**
 * Download: retrieval of the consultation documents (DCE) and the download register.
 *
 * <p>Anyone may download, free: anonymously, or identified (name, company, email) so that changes
 * to the consultation and answers to questions reach them; signed-in members are identified and
 * prefilled. The whole DCE or the ticked pieces come as one zip, written to the response as it is
 * read from the blob store: never built in memory or on disk, whatever its size.
 *
 * <p>Every download is an entry of the download register (who, company, when, which pieces),
 * which the consultation's buyers read and export as CSV. {@link fr.openmarches.download.DownloadRegister}
 * gives other modules the identified downloaders of a consultation (to mail them) and a person's
 * own downloads ({@code /mon-espace/telechargements}, {@code GET /api/v1/me/downloads}).
 *
 * <p>When the buyer publishes a change to the documents ({@code ConsultationChanged}), every
 * identified downloader is mailed its number, reason and the documents concerned; when the buyer
 * extends the deposit deadline after an outage ({@code DeadlineExtended}), the new deadline, the
 * reason and whether the consultation reopened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Download")
package fr.openmarches.download;
