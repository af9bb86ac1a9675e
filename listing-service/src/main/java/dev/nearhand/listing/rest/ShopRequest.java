package dev.nearhand.listing.rest;

import dev.nearhand.listing.ShopProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PUT /api/shops/me: everything about my shop. */
@Schema(
        example =
                "{\"displayName\":\"阿明單車 Ming's bikes\",\"bio\":\"Fixing bikes in Da'an since 2015.\","
                        + "\"languages\":[\"zh-Hant\",\"en\"],\"location\":{\"lat\":25.0330,\"lon\":121.5654},"
                        + "\"serviceRadiusKm\":3}")
public record ShopRequest(
        @NotBlank @Size(max = 60) @ReadableText String displayName,
        @Size(max = 1000) @ReadableText(multiline = true) String bio,
        @Size(max = 10)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                                        message =
                                                "must be a language tag such as en, de or zh-Hant")
                                String>
                        languages,
        @NotNull @Valid LocationBody location,
        @NotNull @DecimalMin("0.1") @DecimalMax("50") Double serviceRadiusKm) {

    /** Strips the free text before Bean Validation sees it: the limits hold for what is stored. */
    public ShopRequest {
        displayName = displayName == null ? null : displayName.strip();
        bio = bio == null ? null : bio.strip();
    }

    public ShopProfile toProfile() {
        return new ShopProfile(
                displayName,
                bio == null ? "" : bio,
                languages == null ? List.of() : languages,
                location.toPoint(),
                serviceRadiusKm);
    }
}
