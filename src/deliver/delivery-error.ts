/**
 * A delivery step that cannot go ahead for a reason the officer can act on: a final pack already
 * written, LibreOffice missing or failing. The message says what happened and what to do; the
 * command prints it without a stack trace. Nothing has been written when one is thrown.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}
