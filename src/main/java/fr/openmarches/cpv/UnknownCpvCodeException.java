package fr.openmarches.cpv;

/** A code that is not in the CPV 2008 vocabulary. */
public class UnknownCpvCodeException extends IllegalArgumentException {

	private final String code;

	public UnknownCpvCodeException(String code) {
		super("Not a CPV 2008 code: " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
