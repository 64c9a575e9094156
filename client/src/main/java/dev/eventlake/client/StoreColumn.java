package dev.eventlake.client;

import java.util.List;

/**
 * A column of a store's table, or a field of a ROW column.
 *
 * @param name the column or field name
 * @param type the type in SQL notation, such as {@code VARCHAR}, {@code TIMESTAMP(3)}, {@code MAP(VARCHAR, VARCHAR)},
 *     {@code ARRAY(ROW(accountId VARCHAR, …))} or {@code ROW(type VARCHAR, …)}
 * @param kind the value family: STRING, BOOLEAN, INTEGER, BIGINT, DOUBLE, DECIMAL, TIMESTAMP, DATE, MAP, ARRAY, ROW
 *     or OTHER
 * @param nullable whether the value may be SQL NULL
 * @param fields the fields of a ROW, else empty
 */
public record StoreColumn(String name, String type, String kind, boolean nullable, List<StoreColumn> fields) {
  public StoreColumn {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
