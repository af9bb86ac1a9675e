package dev.nearhand.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs test tokens, made fresh for each test JVM and never stored in git.
 *
 * <p>The private key travels as a system property so that tests and test resources, loaded by
 * different class loaders, sign and verify with the same pair.
 */
public final class TestKeys {

    private static final String PRIVATE_KEY_PROPERTY = "nearhand.test.jwt.private-key";
    private static final String PUBLIC_KEY_PATH_PROPERTY = "nearhand.test.jwt.public-key-path";

    private TestKeys() {}

    /**
     * A {@code file:} location of the PEM public key, for {@code mp.jwt.verify.publickey.location}.
     */
    public static synchronized String publicKeyLocation() {
        ensureGenerated();
        return "file:" + System.getProperty(PUBLIC_KEY_PATH_PROPERTY);
    }

    public static synchronized PrivateKey privateKey() {
        ensureGenerated();
        byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("test private key is unreadable", e);
        }
    }

    /** A key pair nobody trusts, to forge tokens with. */
    static KeyPair stranger() {
        return generate();
    }

    private static void ensureGenerated() {
        if (System.getProperty(PRIVATE_KEY_PROPERTY) != null) {
            return;
        }
        KeyPair pair = generate();
        try {
            Path publicKey = Files.createTempFile("nearhand-test-jwt", ".pem");
            publicKey.toFile().deleteOnExit();
            Files.writeString(publicKey, pem(pair.getPublic().getEncoded()));
            System.setProperty(PUBLIC_KEY_PATH_PROPERTY, publicKey.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(
                PRIVATE_KEY_PROPERTY,
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(byte[] subjectPublicKeyInfo) {
        String body =
                Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(subjectPublicKeyInfo);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
