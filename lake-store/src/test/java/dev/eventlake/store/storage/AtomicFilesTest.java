package dev.eventlake.store.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement, directory fsync and clean-up of crash leftovers. */
class AtomicFilesTest {
  @TempDir
  Path directory;

  @Test
  void writesAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
    Path target = directory.resolve("nested").resolve("state.json");

    AtomicFiles.writeAtomically(target, "first".getBytes(UTF_8));
    AtomicFiles.writeAtomically(target, "second".getBytes(UTF_8));

    assertThat(target).hasContent("second");
    try (Stream<Path> entries = Files.list(target.getParent())) {
      assertThat(entries).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteKeepsTheOldContentAndRemovesItsTemporaryFile() throws IOException {
    Path target = directory.resolve("state.json");
    AtomicFiles.writeAtomically(target, "old".getBytes(UTF_8));
    Path blocker = directory.resolve("blocked");
    Files.createDirectories(blocker.resolve("child"));

    assertThatThrownBy(() -> AtomicFiles.writeAtomically(blocker, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);

    assertThat(target).hasContent("old");
    try (Stream<Path> entries = Files.list(directory)) {
      assertThat(entries).containsExactlyInAnyOrder(target, blocker);
    }
  }

  @Test
  void deletesOnlyTheTemporarySiblingsOfTheTarget() throws IOException {
    Path target = directory.resolve("stores.json");
    Path leftover = Files.writeString(directory.resolve("stores.json.1234.tmp"), "partial", UTF_8);
    Path otherTarget = Files.writeString(directory.resolve("other.json.1234.tmp"), "x", UTF_8);
    Path noInfix = Files.writeString(directory.resolve("stores.json.tmp"), "x", UTF_8);

    assertThat(AtomicFiles.deleteTemporaryFiles(target)).isEqualTo(1);

    assertThat(leftover).doesNotExist();
    assertThat(otherTarget).exists();
    assertThat(noInfix).exists();
    assertThat(AtomicFiles.deleteTemporaryFiles(directory.resolve("missing").resolve("x.json"))).isZero();
  }

  @Test
  void fsyncOfADirectoryNeverThrowsForIoProblems() {
    assertThatCode(() -> AtomicFiles.fsyncDirectory(directory)).doesNotThrowAnyException();
    assertThatCode(() -> AtomicFiles.fsyncDirectory(directory.resolve("absent"))).doesNotThrowAnyException();
  }
}
