package dev.eventlake.query.sql;

/**
 * One replacement the pre-pass made: {@code originalLength} characters at {@code originalStart} of the user's text
 * became {@code newLength} characters at {@code newStart} of the rewritten text.
 */
record TextEdit(int originalStart, int originalLength, int newStart, int newLength) {}
