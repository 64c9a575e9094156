package dev.eventlake.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS trust from a trust store file, for servers whose certificate the JDK's default trust does not know. */
public final class TrustStores {
  private TrustStores() {}

  /**
   * An SSL context trusting exactly the certificates of the trust store at {@code path}.
   *
   * @param password the store's password, or null for none
   * @param type the store type ({@code PKCS12}, {@code JKS}); null for the JDK's default type
   * @throws IOException when the file cannot be read or is not a trust store of that type and password
   */
  public static SSLContext fromFile(Path path, String password, String type) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore store = KeyStore.getInstance(type == null || type.isBlank() ? KeyStore.getDefaultType() : type);
      store.load(in, password == null ? null : password.toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException failure) {
      throw new IOException("cannot use trust store " + path + ": " + failure.getMessage(), failure);
    }
  }
}
