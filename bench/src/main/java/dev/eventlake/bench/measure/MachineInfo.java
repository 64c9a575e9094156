package dev.eventlake.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine and JVM a run measured on.
 *
 * @param cpu the CPU model, as /proc/cpuinfo names it ("unknown" elsewhere)
 * @param cores processors available to the JVM
 * @param memoryBytes physical memory (-1 when unknown)
 * @param operatingSystem name, version and architecture
 * @param jvm vendor, name and version
 * @param maxHeapBytes the JVM's maximum heap
 * @param jvmArguments the JVM's command-line options
 */
public record MachineInfo(String cpu, int cores, long memoryBytes, String operatingSystem, String jvm,
    long maxHeapBytes, List<String> jvmArguments) {

  public MachineInfo {
    jvmArguments = List.copyOf(jvmArguments);
  }

  /** Describes the machine this JVM runs on. */
  public static MachineInfo current() {
    return new MachineInfo(procValue("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
        physicalMemoryBytes(), System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
            + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory(), ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** The one-minute system load average, or -1 when the platform does not report it. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long physicalMemoryBytes() {
    String total = procValue("/proc/meminfo", "MemTotal");
    return total.equals("unknown") ? -1 : Long.parseLong(total.replaceAll("[^0-9]", "")) * 1024;
  }

  private static String procValue(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException unavailable) {
      return "unknown";
    }
    return "unknown";
  }
}
