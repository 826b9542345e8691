package fr.openmarches.identity.web;

import java.io.Serializable;

/** Why the last sign-in was refused: a message key and its arguments (kept in the session). */
public record SignInProblem(String messageKey, Object... arguments) implements Serializable {
}
