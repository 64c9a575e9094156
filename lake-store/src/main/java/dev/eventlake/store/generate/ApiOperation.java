package dev.eventlake.store.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One API in the catalogue: where CloudTrail records it ({@code eventSource}, version, global services always in
 * us-east-1), how it is classified, its error rate and errors, and the shape of its payload. {@code hostHeaders}
 * holds the endpoint per region (indexed like {@link Regions#NAMES}) and {@code cliCommand} the aws-cli command.
 */
record ApiOperation(String eventSource, String eventName, String eventVersion, EventKind kind, boolean readOnly,
    boolean global, String apiVersion, RequestIdStyle requestIds, double errorRate, Weighted<ApiError> errors,
    Payload.Shape shape, List<String> hostHeaders, String cliCommand) {

  /** {@code service:EventName}, the key behaviour mixes use. */
  String key() {
    return eventSource.substring(0, eventSource.indexOf('.')) + ":" + eventName;
  }

  /** Endpoints per region: global services have one name, others {@code <service>.<region>.amazonaws.com}. */
  static List<String> endpoints(String service, boolean global) {
    List<String> hosts = new ArrayList<>();
    for (String region : Regions.NAMES) {
      hosts.add(switch (service) {
        case "signin" -> "signin.aws.amazon.com";
        case "iam" -> "iam.amazonaws.com";
        default -> global ? service + ".amazonaws.com" : service + "." + region + ".amazonaws.com";
      });
    }
    return List.copyOf(hosts);
  }

  /** The aws-cli command for an event name, e.g. {@code ec2.describe-instances}. */
  static String cliCommand(String service, String eventName) {
    String name = eventName.replaceAll("\\d{8}(v\\d)?$", "");
    StringBuilder command = new StringBuilder(service.equals("s3") ? "s3api" : service).append('.');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        command.append('-');
      }
      command.append(Character.toLowerCase(c));
    }
    return command.toString();
  }
}
