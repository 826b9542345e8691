package fr.openmarches.dume;

/**
 * Not a consultation the person may reach this way (another entity's, a draft seen from outside),
 * or not a DUME of the person's company: answered 404, whoever asks.
 */
public class EspdNotFoundException extends RuntimeException {

	public EspdNotFoundException(String what) {
		super(what + " not found");
	}
}
