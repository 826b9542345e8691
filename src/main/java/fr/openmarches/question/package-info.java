/**
 * Question: companies' questions on a consultation and the buyer's answers.
 *
 * <p>A signed-in company member asks a question until the consultation's questions deadline (or,
 * without one, its deposit deadline). The buyer answers: the answer is published on the
 * consultation with the question rewritten by the buyer so that it names nobody (the asker's
 * identity is never published), and mailed to the asker and to every person who identified
 * themselves when downloading the documents ({@link fr.openmarches.question.AnswerPublished}).
 * The question register lists every question with who asked it and when, for the buyer, as a
 * page and a CSV export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Question")
package fr.openmarches.question;
