/**
 * Award: the analysis of a consultation's opened bids, the decision on each lot and its notification
 * (issue 6, « Analysis and decision »; docs/award.md).
 *
 * <p><b>Why a module of its own.</b> The design put analysis and decisions in {@code opening}; they
 * live here because {@code opening} is already large and its concern ends with the pieces opened.
 * This module depends on {@code opening} (which deposits opened: {@code OpeningDesk.view}),
 * {@code submission} (the deposit register: company, lots), {@code consultation} (access, lots,
 * state), {@code company}, {@code notification} and {@code signature}; nothing depends on it.
 *
 * <p><b>Bids.</b> A bid to analyse is a deposit received in time, at least one of whose pieces opened
 * with its hash matching ({@link fr.openmarches.award.Bid}); a bid without lots counts for every lot.
 * Lot 0 stands for a consultation without lots.
 *
 * <p><b>Analysis.</b> {@link fr.openmarches.award.Analysis}, for the consultation's buyers only (others:
 * not found): per lot, criteria ({@link fr.openmarches.award.Criterion}: price, technical value or
 * other, weights summing to 100, a maximum score each); then, once the bids are opened, an
 * {@link fr.openmarches.award.Assessment} per bid (amount, scores, comment, or why it is set aside);
 * the {@link fr.openmarches.award.Ranking} follows: total = Σ weight × score ÷ max, the price scored
 * max × lowest amount ÷ amount, equal totals sharing a rank. Requests for missing documents go to a
 * bidder with a deadline.
 *
 * <p><b>Decision.</b> Once per lot, while the consultation is {@code OPENED}: awarded to a bid ranked
 * first with an amount, published as {@link fr.openmarches.award.LotAwarded} (the contract and DECP
 * start there), or declared unsuccessful with a reason ({@link fr.openmarches.award.LotDeclaredUnsuccessful}).
 * When every lot is decided, the consultation is awarded, or unsuccessful if no lot was awarded.
 *
 * <p><b>Letters.</b> {@code Letters} writes the award notification, the rejection letters (rank, score,
 * motives, the winner's name, score and scores per criterion, the standstill and the référé
 * précontractuel) and the unsuccessful-lot letters as PDFs sealed by the platform
 * ({@link fr.openmarches.signature.PdfSeals}), each a {@link fr.openmarches.award.CompanyMessage} in the
 * company's space with a mail to its members that links to it. The first opening by a member
 * ({@link fr.openmarches.award.CompanyMessages#open}) is recorded once: the legal notification date,
 * shown to the buyer. The {@link fr.openmarches.award.Standstill} (11 days, formalised procedures)
 * runs from the sending.
 *
 * <p><b>Contract.</b> {@link fr.openmarches.award.ContractSigning}: the buyer sends the awarded lot's
 * contract (PDF) to the holder (a {@code CONTRACT} message); a member of the holder deposits it signed —
 * PAdES on the very bytes sent, or a detached CAdES/XAdES signature of them — verified with
 * {@link fr.openmarches.signature.SignatureVerifier} (invalid: refused; indeterminate: kept and shown);
 * the buyer then records its own signature, never while the standstill runs.
 *
 * <p><b>Answers.</b> {@link fr.openmarches.award.DocumentReplies}: a company answers a request for
 * documents with a text and files (blob store), late answers flagged; the buyer who asked is mailed.
 *
 * <p>Pages: {@code /acheteur/consultations/{id}/analyse}, {@code /mon-espace/messages},
 * {@code /mon-espace/messages/{id}}. JSON: {@code /api/v1/buyer/consultations/{id}/analysis} (and
 * {@code /lots/{lot}/criteria}, {@code /scores}, {@code /ranking}, {@code /decision},
 * {@code /document-requests}, {@code /letters}, {@code /letters/{message}/pdf},
 * {@code /lots/{lot}/contract} and its {@code /document}, {@code /signed-document}, {@code /signature-report},
 * {@code /conclusion}), {@code /api/v1/my-company/messages} (and {@code /{message}}, {@code /{message}/pdf},
 * {@code /{message}/contract}, {@code /{message}/contract/document}, {@code /{message}/contract/signature},
 * {@code /{message}/replies}); buyers read answers at {@code …/analysis/document-replies} (and
 * {@code /{reply}/files/{position}}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Award")
package fr.openmarches.award;
