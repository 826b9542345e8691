package fr.openmarches.download;

/** The consultation has no file to take, or the pieces asked for are not among its files. */
public class NothingToDownloadException extends RuntimeException {

	public NothingToDownloadException(String message) {
		super(message);
	}
}
