package dev.onewaydoor.verify;

/** The history a change builds on does not apply on this server: the change cannot be verified here. */
final class BaseFails extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Failure failure;

  BaseFails(Failure failure) {
    super(failure.error(), null, false, false);
    this.failure = failure;
  }

  Failure failure() {
    return failure;
  }
}
