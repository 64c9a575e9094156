package dev.eventlake.store.generate;

/** One way an API call fails: the recorded {@code errorCode} (null for sign-in failures) and its message. */
record ApiError(String code, Message message) {

  /** Renders the {@code errorMessage} of one failed call. */
  @FunctionalInterface
  interface Message {
    String render(CallContext call);
  }

  static ApiError of(String code, String text) {
    return new ApiError(code, call -> text);
  }

  /** The IAM policy-evaluation denial most services report. */
  static ApiError notAuthorized(String code, String action) {
    return new ApiError(code, call -> "User: " + callerArn(call) + " is not authorized to perform: " + action
        + " because no identity-based policy allows the " + action + " action");
  }

  /** EC2's denial, which carries an encoded authorization failure message. */
  static ApiError ec2NotAuthorized(String action) {
    return new ApiError("Client.UnauthorizedOperation", call -> "You are not authorized to perform this operation. "
        + "User: " + callerArn(call) + " is not authorized to perform: ec2:" + action + " on resource: arn:aws:ec2:"
        + call.region() + ":" + call.accountId() + ":*"
        + " because no identity-based policy allows the ec2:" + action + " action. Encoded authorization failure "
        + "message: " + RandomText.base64(call.random(), 320 + call.random().nextInt(400)));
  }

  String render(CallContext call) {
    return message.render(call);
  }

  private static String callerArn(CallContext call) {
    Principal principal = call.principal();
    return principal.arn() != null ? principal.arn() : principal.invokedBy();
  }
}
