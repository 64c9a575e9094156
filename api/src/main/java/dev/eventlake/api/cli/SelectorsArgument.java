package dev.eventlake.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.eventlake.api.wire.SelectorWire;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import dev.eventlake.store.selector.AdvancedEventSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code --selectors}: CloudTrail's AdvancedEventSelectors JSON, inline or from {@code @file}. */
final class SelectorsArgument {
  private SelectorsArgument() {}

  static List<AdvancedEventSelector> parse(String argument) {
    if (argument == null) {
      return null;
    }
    String json = argument;
    if (argument.startsWith("@")) {
      try {
        json = Files.readString(Path.of(argument.substring(1)));
      } catch (IOException unreadable) {
        throw LakeException.of(ErrorCode.INVALID_PARAMETER, "cannot read selectors file %s: %s",
            argument.substring(1), unreadable.getMessage());
      }
    }
    try {
      List<SelectorWire> selectors = Printer.json().readValue(json, new TypeReference<List<SelectorWire>>() {});
      return selectors.stream().map(SelectorWire::toDomain).toList();
    } catch (JsonProcessingException malformed) {
      throw LakeException.of(ErrorCode.INVALID_EVENT_SELECTORS,
          "advanced event selectors must be a JSON list like [{\"Name\":\"…\",\"FieldSelectors\":[{\"Field\":"
              + "\"eventCategory\",\"Equals\":[\"Management\"]}]}]: %s", malformed.getOriginalMessage());
    }
  }
}
