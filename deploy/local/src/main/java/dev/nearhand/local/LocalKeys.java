package dev.nearhand.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The local RSA key pair in {@code .nearhand/keys}: signs tokens, the services verify with it. */
final class LocalKeys {

    static final String PRIVATE_KEY = "private.pem";
    static final String PUBLIC_KEY = "public.pem";

    private final Path dir;

    LocalKeys(Path dir) {
        this.dir = dir;
    }

    Path privateKeyFile() {
        return dir.resolve(PRIVATE_KEY);
    }

    Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY);
    }

    boolean exist() {
        return Files.isRegularFile(privateKeyFile()) && Files.isRegularFile(publicKeyFile());
    }

    /** Creates the pair if either half is missing; returns whether it did. */
    boolean ensure() throws IOException {
        if (exist()) {
            return false;
        }
        Files.createDirectories(dir);
        setPermissions(dir, "rwx------");
        // Two first-time `token` calls at once must not sign with two different keys.
        try (FileChannel channel =
                        FileChannel.open(
                                dir.resolve(".lock"),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (exist()) {
                return false;
            }
            KeyPair pair = generate();
            writeAtomically(
                    publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
            writeAtomically(
                    privateKeyFile(),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    "rw-------");
            return true;
        }
    }

    RSAPrivateKey privateKey() throws IOException {
        try {
            byte[] der = decodePem(Files.readString(privateKeyFile()), "PRIVATE KEY");
            return (RSAPrivateKey)
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not an RSA PKCS#8 private key: " + privateKeyFile(), e);
        }
    }

    RSAPublicKey publicKey() throws IOException {
        try {
            byte[] der = decodePem(Files.readString(publicKeyFile()), "PUBLIC KEY");
            return (RSAPublicKey)
                    KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not an RSA X.509 public key: " + publicKeyFile(), e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate RSA keys", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body =
                Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static byte[] decodePem(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + type + " PEM block");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    /**
     * The temporary file gets its final permissions before any byte of the key is written to it.
     */
    private static void writeAtomically(Path target, String content, String permissions)
            throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (posix()) {
            Files.createFile(
                    temp,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString(permissions)));
        }
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        Files.move(
                temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
