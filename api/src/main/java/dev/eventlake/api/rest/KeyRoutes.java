package dev.eventlake.api.rest;

import static dev.eventlake.api.rest.BodyChecks.required;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.auth.AccessKey;
import dev.eventlake.api.auth.AccessKeys;
import dev.eventlake.api.auth.Role;
import dev.eventlake.store.error.ErrorCode;
import dev.eventlake.store.error.LakeException;
import java.time.Instant;
import java.util.List;

/**
 * Access keys, for admins: list (never with secrets), create (the only answer that holds the secret) and revoke. The
 * last admin key cannot be revoked, so the server always keeps a way in.
 */
public final class KeyRoutes implements RestRoutes {
  private static final String KEYS = "/v1/keys";
  private final AccessKeys keys;

  public KeyRoutes(AccessKeys keys) {
    this.keys = keys;
  }

  /** Body of {@code POST /v1/keys}. */
  record CreateBody(String role) {
    CreateBody {
      required(role, "role");
    }
  }

  /** A key without its secret. */
  record KeyView(String accessKeyId, String role, Instant createdAt) {
    static KeyView of(AccessKey key) {
      return new KeyView(key.accessKeyId(), key.role().wireName(), key.createdAt());
    }
  }

  /** A newly created key, secret included. */
  record CreatedKey(String accessKeyId, String secretAccessKey, String role, Instant createdAt) {}

  /** Every key. */
  record KeyList(List<KeyView> keys) {}

  @Override
  public List<RestRoute> routes() {
    return List.of(
        RestRoute.of("GET", KEYS, "ListAccessKeys", Access.ADMIN,
            exchange -> exchange.respond(200, new KeyList(keys.list().stream().map(KeyView::of).toList()))),
        RestRoute.withBody("POST", KEYS, "CreateAccessKey", Access.ADMIN, this::create),
        RestRoute.of("DELETE", KEYS + "/{accessKeyId}", "DeleteAccessKey", Access.ADMIN, this::delete));
  }

  private void create(RestExchange exchange) {
    Role role = Role.parse(exchange.body(CreateBody.class).role());
    AccessKey key = keys.create(role);
    exchange.responseHeader("Location", KEYS + "/" + key.accessKeyId()).respond(201,
        new CreatedKey(key.accessKeyId(), key.secretAccessKey(), role.wireName(), key.createdAt()));
  }

  private void delete(RestExchange exchange) {
    String id = exchange.path("accessKeyId");
    synchronized (keys) {
      AccessKey key = keys.find(id).orElseThrow(() -> LakeException.of(ErrorCode.ACCESS_KEY_NOT_FOUND,
          "no access key %s", id));
      long admins = keys.list().stream().filter(other -> other.role() == Role.ADMIN).count();
      if (key.role() == Role.ADMIN && admins == 1) {
        throw LakeException.of(ErrorCode.CONFLICT_EXCEPTION, "access key %s is the last admin key; create another "
            + "admin key before revoking it", id);
      }
      keys.revoke(id);
    }
    exchange.noContent();
  }
}
