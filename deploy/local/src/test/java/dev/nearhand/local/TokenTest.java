package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys and tokens, checked with jose4j: an implementation independent of ours. */
class TokenTest {

    @TempDir Path repo;

    @Test
    void generatesTheKeyPairOnceWithAPrivateKeyOnlyTheOwnerCanRead() throws Exception {
        LocalKeys keys = new LocalKeys(repo.resolve(".nearhand/keys"));

        assertThat(keys.ensure()).isTrue();
        byte[] first = Files.readAllBytes(keys.privateKeyFile());
        assertThat(keys.ensure()).isFalse();

        assertThat(Files.readAllBytes(keys.privateKeyFile())).isEqualTo(first);
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(keys.privateKeyFile())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(keys.privateKeyFile()))
                .startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(keys.publicKeyFile()))
                .startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(keys.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(keys.privateKey().getModulus()).isEqualTo(keys.publicKey().getModulus());
    }

    @Test
    void theTokenCommandPrintsOnlyATokenTheServicesWouldAccept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new TokenCommand(new StackLayout(repo))
                .run(
                        List.of("alice", "--kyc", "id", "--operator"),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\n");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Created the local signing key pair");

        JwtClaims claims =
                consumer(new LocalKeys(repo.resolve(".nearhand/keys")))
                        .processToClaims(printed.trim());
        assertThat(claims.getIssuer()).isEqualTo("nearhand-local");
        assertThat(claims.getAudience()).containsExactly("nearhand");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("user", "operator");
        assertThat(claims.getClaimValueAsString("kyc")).isEqualTo("id");
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(24 * 3600);
    }

    @Test
    void takesTheUserVerbatimAndDefaultsToNoVerificationAndNoOperator() throws Exception {
        LocalKeys keys = new LocalKeys(repo.resolve("keys"));
        keys.ensure();
        String user = "Zoë \"the plumber\" \\ 张";

        String token = TokenIssuer.issue(keys.privateKey(), user, "none", false, Instant.now());

        JwtClaims claims = consumer(keys).processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo(user);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("user");
        assertThat(claims.getClaimValueAsString("kyc")).isEqualTo("none");
        // And the plain JCA view: the signature is RS256 over the first two segments.
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void aTokenFromAnotherKeyIsRejected() throws Exception {
        LocalKeys ours = new LocalKeys(repo.resolve("ours"));
        LocalKeys theirs = new LocalKeys(repo.resolve("theirs"));
        ours.ensure();
        theirs.ensure();

        String forged =
                TokenIssuer.issue(theirs.privateKey(), "mallory", "id", true, Instant.now());

        assertThatThrownBy(() -> consumer(ours).processToClaims(forged))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(TokenCommand.parse(List.of("bob", "--kyc=phone")))
                .isEqualTo(new TokenCommand.Options("bob", "phone", false));
        assertThatThrownBy(() -> TokenCommand.parse(List.of()))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("usage: ./nearhand token <user>");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("bob", "--kyc", "gold")))
                .hasMessageContaining("none, phone or id");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("bob", "--kyc")))
                .hasMessageContaining("--kyc needs a value");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("bob", "--admin")))
                .hasMessageContaining("unknown option --admin");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("bob", "carol")))
                .hasMessageContaining("one user only");
    }

    private static JwtConsumer consumer(LocalKeys keys) throws Exception {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setRequireJwtId()
                .setExpectedIssuer("nearhand-local")
                .setExpectedAudience("nearhand")
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
