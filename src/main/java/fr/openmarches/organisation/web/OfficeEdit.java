package fr.openmarches.organisation.web;

import java.util.UUID;

import fr.openmarches.organisation.AlreadyRegisteredException;
import org.springframework.ui.Model;

/**
 * A service name typed in one of the forms of a services list (adding when {@code office} is null,
 * renaming otherwise) that was refused: the list shows it again, with the explanation, next to the
 * field it was typed in.
 */
record OfficeEdit(UUID office, String name, String errorKey) {

	static final String ATTRIBUTE = "officeEdit";

	/** Checks the name typed; returns the refused edit, or null when the name can be saved. */
	static OfficeEdit check(UUID office, String name) {
		if (name == null || name.isBlank()) {
			return new OfficeEdit(office, name, "organisation.office.error.name");
		}
		if (name.strip().length() > FieldChecks.MAX_NAME) {
			return new OfficeEdit(office, name, "organisation.office.error.tooLong");
		}
		return null;
	}

	static OfficeEdit refused(UUID office, String name, AlreadyRegisteredException e) {
		return new OfficeEdit(office, name, e.messageKey());
	}

	void show(Model model) {
		model.addAttribute(ATTRIBUTE, this);
	}

	/** Whether this edit was typed in the form of {@code candidate} (null: the adding form). */
	public boolean isFor(UUID candidate) {
		return office == null ? candidate == null : office.equals(candidate);
	}
}
