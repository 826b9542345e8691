package fr.openmarches.consultation;

import java.util.List;

/**
 * Something wrong with what a buyer wrote, said where and why: forms show it next to the field,
 * the API lists it in its problem details.
 *
 * @param field the field at fault, as forms and API payloads name it ({@code lots[1].cpv})
 * @param messageKey the translated explanation
 * @param arguments the explanation's arguments
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

	public Violation {
		arguments = List.copyOf(arguments);
	}

	public static Violation of(String field, String messageKey, Object... arguments) {
		return new Violation(field, messageKey, List.of(arguments));
	}
}
