package dev.eventlake.bench.report;

import java.util.List;

/** A small markdown writer: headings, paragraphs, bullet lists, tables and code blocks. */
final class Markdown {
  private final StringBuilder text = new StringBuilder();

  Markdown heading(int level, String title) {
    text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    return this;
  }

  Markdown paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    return this;
  }

  Markdown bullets(List<String> items) {
    items.forEach(item -> text.append("- ").append(item).append('\n'));
    text.append('\n');
    return this;
  }

  Markdown table(List<String> headers, List<List<String>> rows) {
    row(headers);
    row(headers.stream().map(header -> header.startsWith(" ") ? "---:" : "---").toList());
    rows.forEach(this::row);
    text.append('\n');
    return this;
  }

  Markdown code(String language, String code) {
    text.append("```").append(language).append('\n').append(code).append("\n```\n\n");
    return this;
  }

  private void row(List<String> cells) {
    text.append('|');
    cells.forEach(cell -> text.append(' ').append(cell.strip().replace("|", "\\|")).append(" |"));
    text.append('\n');
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
