package dev.nearhand.matching;

import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.ServiceFoundationContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class FoundationTest extends ServiceFoundationContract {}
