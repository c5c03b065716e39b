package io.daybrief.text;

/** Input that cannot be used; the message is the reason written to the dead-letter output. */
public final class InvalidInputException extends Exception {
  public InvalidInputException(String reason) {
    super(reason);
  }
}
