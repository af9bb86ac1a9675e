package dev.nearhand.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real Kafka broker for {@code @QuarkusTest}s, no Docker needed.
 *
 * <p>Both are started once per JVM and shared by every Quarkus application the test run boots:
 * re-starting them for each test profile would cost seconds and prove nothing more.
 */
public class NearhandTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: comma-separated extra topics to create before the application starts. */
    public static final String TOPICS = "topics";

    private List<String> extraTopics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        String topics = initArgs.getOrDefault(TOPICS, "");
        extraTopics = topics.isBlank() ? List.of() : List.of(topics.split(","));
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        infra.createTopics(extraTopics.toArray(String[]::new));
        return Map.of(
                "quarkus.datasource.jdbc.url",
                infra.jdbcUrl(),
                "quarkus.datasource.username",
                TestInfrastructure.DB_USER,
                "quarkus.datasource.password",
                TestInfrastructure.DB_PASSWORD,
                "kafka.bootstrap.servers",
                infra.kafkaBootstrapServers(),
                "mp.jwt.verify.publickey.location",
                TestKeys.publicKeyLocation(),
                "mp.jwt.verify.issuer",
                TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // Shared infrastructure outlives a single application; a shutdown hook stops it with the
        // JVM.
    }
}
