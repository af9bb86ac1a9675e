package dev.nearhand.listing;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text people read needs a visible character, and single-line text no control characters or line
 * breaks: invisible spaces, byte order marks or a bell are no title, shop name or tag.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReadableTextTest {

    private static final String NOT_VISIBLE =
            "must contain a letter, digit, punctuation mark or symbol";
    private static final String NOT_ONE_LINE = "must be one line without control characters";

    /** No-break spaces, zero-width spaces, byte order marks, a zero-width joiner. */
    private static final List<String> INVISIBLE =
            List.of(
                    "\u00a0\u00a0\u00a0",
                    "\u200b\u200b\u200b",
                    "\ufeff\ufeff\ufeff",
                    "\u200d\u2060\u200d\u2060");

    /** BEL, BS, ESC; a line break, a tab and the line and paragraph separators within a title. */
    private static final List<String> NOT_ONE_LINE_TEXT =
            List.of(
                    "\u0007\u0008\u001b",
                    "bike\nrepair",
                    "bike\trepair",
                    "bike\u2028repair",
                    "bike\u2029repair",
                    "bike\u0085repair",
                    "bike\u007frepair");

    private String owner;

    @BeforeEach
    void openShop() {
        owner = ListingApi.newUser();
        ListingApi.openShop(owner);
    }

    @Test
    void shouldRefuseATitleWithoutAVisibleCharacter() {
        for (String title : INVISIBLE) {
            Map<String, Object> body = ListingApi.serviceBody();
            body.put("title", title);
            refused(ListingApi.create(owner, body), "title", NOT_VISIBLE);
        }
    }

    @Test
    void shouldRefuseATitleWithControlCharactersOrLineBreaks() {
        for (String title : NOT_ONE_LINE_TEXT) {
            Map<String, Object> body = ListingApi.serviceBody();
            body.put("title", title);
            refused(ListingApi.create(owner, body), "title", NOT_ONE_LINE);
        }
    }

    @Test
    void shouldRefuseAnInvisibleOrMultiLineTagNamingIt() {
        Map<String, Object> invisible = ListingApi.serviceBody();
        invisible.put("tags", List.of("bike", "\u200b"));
        refused(ListingApi.create(owner, invisible), "tags[1]", NOT_VISIBLE);

        Map<String, Object> twoLines = ListingApi.serviceBody();
        twoLines.put("tags", List.of("bike\nrepair"));
        refused(ListingApi.create(owner, twoLines), "tags[0]", NOT_ONE_LINE);
    }

    @Test
    void shouldRefuseADescriptionOfInvisibleCharactersOrControlCharactersButKeepLineBreaks() {
        Map<String, Object> invisible = ListingApi.serviceBody();
        invisible.put("description", "\u200b\u00a0\ufeff");
        refused(ListingApi.create(owner, invisible), "description", NOT_VISIBLE);

        Map<String, Object> bell = ListingApi.serviceBody();
        bell.put("description", "ring\u0007");
        refused(
                ListingApi.create(owner, bell),
                "description",
                "must not contain control characters other than tabs and line breaks");

        Map<String, Object> lines = ListingApi.serviceBody();
        lines.put("description", "補胎\n\t調整變速器\r\nÜberholung");
        lines.put("tags", List.of());
        ListingApi.create(owner, lines)
                .statusCode(201)
                .body("description", equalTo("補胎\n\t調整變速器\r\nÜberholung"));
    }

    @Test
    void shouldRefuseAPatchToAnInvisibleTitleAndKeepTheListing() {
        String id = ListingApi.createListing(owner);

        refused(
                ListingApi.patch(owner, id, Map.of("title", "\u00a0\u00a0\u00a0")),
                "title",
                NOT_VISIBLE);
        refused(
                ListingApi.patch(owner, id, Map.of("title", "\u0007\u0008\u001b")),
                "title",
                NOT_ONE_LINE);

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("title", equalTo(ListingApi.serviceBody().get("title")))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldKeepTitlesInAnyScriptWithEmojiAndAccents() {
        String id = ListingApi.createListing(owner);
        for (String title :
                List.of(
                        "🚲🚲🚲",
                        "👩‍🔧 Fahrradreparatur",
                        "修理單車",
                        "Crème brûlée à domicile",
                        "עברית ועربية",
                        "\u00a0bike\u200brepair\u00a0",
                        "$$$",
                        "...")) {
            ListingApi.patch(owner, id, Map.of("title", title))
                    .statusCode(200)
                    .body("title", equalTo(title));
        }
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("title", "👩‍🔧 Crème 修理");
        ListingApi.create(owner, body).statusCode(201).body("title", equalTo("👩‍🔧 Crème 修理"));
    }

    @Test
    void shouldRefuseAShopNameWithoutAVisibleCharacterOrOnMoreThanOneLine() {
        String user = ListingApi.newUser();
        for (String name : INVISIBLE) {
            Map<String, Object> shop = ListingApi.shopBody(ListingApi.LAT, ListingApi.LON);
            shop.put("displayName", name);
            refused(ListingApi.putShop(user, shop), "displayName", NOT_VISIBLE);
        }
        for (String name : NOT_ONE_LINE_TEXT) {
            Map<String, Object> shop = ListingApi.shopBody(ListingApi.LAT, ListingApi.LON);
            shop.put("displayName", name);
            refused(ListingApi.putShop(user, shop), "displayName", NOT_ONE_LINE);
        }
        Map<String, Object> bio = ListingApi.shopBody(ListingApi.LAT, ListingApi.LON);
        bio.put("bio", "\u3000\u200b");
        refused(ListingApi.putShop(user, bio), "bio", NOT_VISIBLE);

        Map<String, Object> fine = ListingApi.shopBody(ListingApi.LAT, ListingApi.LON);
        fine.put("displayName", "🔧 Ming's bikes 阿明");
        fine.put("bio", "Fixing bikes.\nAlso scooters.");
        ListingApi.putShop(user, fine)
                .statusCode(201)
                .body("displayName", equalTo("🔧 Ming's bikes 阿明"))
                .body("bio", equalTo("Fixing bikes.\nAlso scooters."));
    }

    private static void refused(ValidatableResponse response, String field, String message) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }
}
