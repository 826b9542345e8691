package fr.openmarches.organisation.web;

import java.util.EnumSet;
import java.util.Set;

import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.NewAgent;
import org.springframework.validation.Errors;

/**
 * The form inviting an agent (entity administrators) or appointing an entity's administrator
 * (platform administrators, who tick no role: the role is administrator).
 */
record AgentForm(String email, String givenName, String familyName, String phone, Set<AgentRole> roles) {

	static AgentForm empty() {
		return new AgentForm("", "", "", "", EnumSet.of(AgentRole.BUYER));
	}

	void check(Errors errors, boolean rolesChosen) {
		FieldChecks.email(errors, "email", email);
		FieldChecks.required(errors, "givenName", givenName, "organisation.agents.error.givenName");
		FieldChecks.required(errors, "familyName", familyName, "organisation.agents.error.familyName");
		FieldChecks.phone(errors, "phone", phone);
		if (rolesChosen) {
			FieldChecks.someRole(errors, "roles", roles);
		}
	}

	NewAgent agent() {
		return new NewAgent(email.strip(), givenName.strip(), familyName.strip(), FieldChecks.strip(phone),
				roles == null ? Set.of() : Set.copyOf(roles));
	}

	/** Whether the form ticks this role (for the checkboxes). */
	public boolean ticks(AgentRole role) {
		return roles != null && roles.contains(role);
	}
}
