package dev.eventlake.query.scan;

/** Where a converter puts each value it decodes: a struct's field, a map entry's key or value, a list element. */
interface ValueSlots {
  void set(int index, Object value);
}
