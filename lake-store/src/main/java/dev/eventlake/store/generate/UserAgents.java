package dev.eventlake.store.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The user agents each behaviour uses: browsers, aws-cli v2, SDKs (Java, Go, Python, Node), Terraform. */
final class UserAgents {

  private static final String TLS13 = "TLSv1.3";
  private static final String AES128_TLS13 = "TLS_AES_128_GCM_SHA256";
  private static final String TLS12 = "TLSv1.2";
  private static final String AES128_TLS12 = "ECDHE-RSA-AES128-GCM-SHA256";
  private static final List<String> BROWSERS = List.of(
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
      "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15");
  private static final List<String> CLI_PLATFORMS = List.of("os/macos#23.4.0 md/arch#arm64",
      "os/linux#6.5.0-1018-aws md/arch#x86_64", "os/windows#10 md/arch#amd64");
  private static final List<String> SDKS = List.of(
      "aws-sdk-java/2.25.16 Linux/5.10.213-201.855.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 "
          + "vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy",
      "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64",
      "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#5.10.213-201.855.amzn2.x86_64 md/arch#x86_64 "
          + "lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.69",
      "aws-sdk-java/1.12.672 Linux/5.10.210-201.852.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/11.0.22+7-LTS "
          + "java/11.0.22 vendor/Amazon.com_Inc. cfg/retry-mode/standard");
  private static final List<String> LAMBDA_SDKS = List.of(
      "Boto3/1.34.42 md/Botocore#1.34.42 ua/2.0 os/linux#5.10.209-218.812.amzn2.x86_64 md/arch#x86_64 "
          + "lang/python#3.12.2 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.34.42",
      "aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10.209-218.812.amzn2.x86_64 lang/js md/nodejs#20.11.1 "
          + "exec-env/AWS_Lambda_nodejs20.x api/s3#3.540.0");
  private static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) "
      + "terraform-provider-aws/5.44.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.26.1 "
      + "os/linux lang/go#1.21.8 md/GOOS#linux md/GOARCH#amd64";
  private static final String BOTO3 = SDKS.get(2);
  /** What console-originated calls often record instead of the browser's user agent. */
  private static final UserAgent CONSOLE =
      new UserAgent("console.amazonaws.com", UserAgent.Channel.CONSOLE, TLS13, AES128_TLS13);
  private static final String PROWLER = "Boto3/1.34.58 md/Botocore#1.34.58 ua/2.0 os/linux#6.1.79-99.167.amzn2023.x86_64 "
      + "md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard Botocore/1.34.58 prowler/3.15.2";

  private UserAgents() {}

  /** The agents one principal uses, weighted; drawn once per principal so that each keeps its habits. */
  static Weighted<UserAgent> forSpec(PrincipalSpec spec, SplittableRandom random) {
    return switch (spec.behavior()) {
      case APPLICATION -> Weighted.only(sdk(SDKS.get(random.nextInt(SDKS.size()))));
      case PIPELINE -> Weighted.only(sdk(LAMBDA_SDKS.get(random.nextInt(LAMBDA_SDKS.size()))));
      case AWS_SERVICE -> Weighted.only(new UserAgent(spec.name(), UserAgent.Channel.SERVICE, TLS12, AES128_TLS12));
      case SCANNER -> Weighted.only(sdk(PROWLER));
      case ADMIN, DEVELOPER -> Weighted.<UserAgent>builder().add(browser(random), 0.35).add(CONSOLE, 0.1)
          .add(cli(random), 0.4).add(sdk(BOTO3), 0.15).build();
      case DEPLOYER -> Weighted.<UserAgent>builder().add(sdk(TERRAFORM), 0.85).add(cli(random), 0.15).build();
      case ROOT -> Weighted.<UserAgent>builder().add(browser(random), 0.8).add(CONSOLE, 0.2).build();
    };
  }

  /** A web browser, as used for console sign-in and console calls. */
  static UserAgent browser(SplittableRandom random) {
    return new UserAgent(BROWSERS.get(random.nextInt(BROWSERS.size())), UserAgent.Channel.CONSOLE, TLS13, AES128_TLS13);
  }

  private static UserAgent cli(SplittableRandom random) {
    String text = "aws-cli/2.15." + (20 + random.nextInt(20)) + " md/awscrt#0.19.19 ua/2.0 "
        + CLI_PLATFORMS.get(random.nextInt(CLI_PLATFORMS.size()))
        + " lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#";
    return new UserAgent(text, UserAgent.Channel.CLI, TLS13, AES128_TLS13);
  }

  private static UserAgent sdk(String text) {
    boolean legacy = text.startsWith("aws-sdk-java/1.");
    return new UserAgent(text, UserAgent.Channel.SDK, legacy ? TLS12 : TLS13, legacy ? AES128_TLS12 : AES128_TLS13);
  }
}
