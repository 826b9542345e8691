package fr.openmarches.submission;

/**
 * The backup copy (copie de sauvegarde) a supplier may send besides the electronic deposit, which
 * the buyer opens only if the deposit cannot be read (arrêté du 22 mars 2019); recorded in the
 * manifest.
 */
public enum BackupCopy {

	/** No backup copy. */
	NONE,

	/** On paper or on a physical medium (USB key…), sent by post or handed in before the deadline. */
	PHYSICAL,

	/** On another electronic medium, sent separately before the deadline. */
	ELECTRONIC
}
