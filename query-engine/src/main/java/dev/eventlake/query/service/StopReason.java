package dev.eventlake.query.service;

/** Why a running query was asked to stop before its rows ran out. */
enum StopReason {
  NONE,
  CANCEL,
  TIMEOUT,
  SHUTDOWN
}
