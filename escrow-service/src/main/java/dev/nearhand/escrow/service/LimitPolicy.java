package dev.nearhand.escrow.service;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.CreditTier;
import dev.nearhand.escrow.LimitExceededException;
import dev.nearhand.escrow.Warning;
import dev.nearhand.escrow.config.EscrowConfig;
import dev.nearhand.platform.security.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment barrier: caps per escrow and on open exposure from the buyer's verification level
 * times their credit tier, in the escrow's currency units (there is no FX).
 */
@ApplicationScoped
public class LimitPolicy {

    private final EscrowConfig.Limits limits;

    LimitPolicy(EscrowConfig config) {
        this.limits = config.limits();
    }

    /** The caps of a verified buyer; unverified buyers have none (they cannot pay at all). */
    public record Caps(Amount perEscrow, Amount openExposure) {}

    public Caps capsFor(Verification verification, CreditTier tier, String currency) {
        BigDecimal factor =
                switch (tier) {
                    case NEW -> limits.tierNew();
                    case BRONZE -> limits.tierBronze();
                    case SILVER -> limits.tierSilver();
                    case GOLD -> limits.tierGold();
                };
        BigDecimal perEscrow =
                verification == Verification.ID ? limits.idPerEscrow() : limits.phonePerEscrow();
        BigDecimal exposure =
                verification == Verification.ID
                        ? limits.idOpenExposure()
                        : limits.phoneOpenExposure();
        return new Caps(scaled(perEscrow, factor, currency), scaled(exposure, factor, currency));
    }

    /** Refuses what the buyer may not pay: unverified, or over a cap. */
    public void require(
            Verification verification, CreditTier tier, Amount total, Amount exposureAfter) {
        if (verification == Verification.NONE) {
            throw new LimitExceededException(
                    "Unverified accounts cannot pay: verify your phone number to start paying.");
        }
        Caps caps = capsFor(verification, tier, total.currency());
        if (total.exceeds(caps.perEscrow())) {
            throw new LimitExceededException(
                    "This escrow's total of "
                            + describe(total)
                            + " is over your per-escrow limit of "
                            + describe(caps.perEscrow())
                            + ". "
                            + howToRaise(verification));
        }
        if (exposureAfter.exceeds(caps.openExposure())) {
            throw new LimitExceededException(
                    "Holding "
                            + describe(total)
                            + " more would bring your open escrows to "
                            + describe(exposureAfter)
                            + ", over your limit of "
                            + describe(caps.openExposure())
                            + ". Release or finish open escrows first, or: "
                            + howToRaise(verification));
        }
    }

    /** What the buyer should hear before confirming, for terms at creation. */
    public List<Warning> warnings(
            Verification verification, CreditTier tier, Amount total, Amount exposureAfter) {
        List<Warning> warnings = new ArrayList<>();
        if (verification == Verification.NONE) {
            warnings.add(
                    new Warning(
                            "VERIFICATION_REQUIRED",
                            "Verify your phone number before you can confirm this escrow."));
            return warnings;
        }
        Caps caps = capsFor(verification, tier, total.currency());
        if (exposureAfter.exceeds(caps.openExposure())) {
            warnings.add(
                    new Warning(
                            "EXPOSURE_LIMIT_EXCEEDED",
                            "Confirming now would bring your open escrows over your limit of "
                                    + describe(caps.openExposure())
                                    + "."));
        } else if (near(exposureAfter, caps.openExposure())) {
            warnings.add(
                    new Warning(
                            "NEAR_EXPOSURE_LIMIT",
                            "Your open escrows would be within "
                                    + percent()
                                    + " of your limit of "
                                    + describe(caps.openExposure())
                                    + "."));
        }
        if (near(total, caps.perEscrow())) {
            warnings.add(
                    new Warning(
                            "NEAR_PER_ESCROW_LIMIT",
                            "This total is within "
                                    + percent()
                                    + " of your per-escrow limit of "
                                    + describe(caps.perEscrow())
                                    + "."));
        }
        return warnings;
    }

    private boolean near(Amount amount, Amount cap) {
        BigDecimal threshold = cap.value().multiply(BigDecimal.ONE.subtract(limits.warnWithin()));
        return amount.value().compareTo(threshold) >= 0;
    }

    private String percent() {
        return limits.warnWithin().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String howToRaise(Verification verification) {
        return verification == Verification.PHONE
                ? "Verify your identity to raise your limits, and complete trades to raise your credit tier."
                : "Complete trades and collect good reviews to raise your credit tier and your limits.";
    }

    private static Amount scaled(BigDecimal cap, BigDecimal factor, String currency) {
        return new Amount(
                cap.multiply(factor).setScale(Amount.minorDigits(currency), RoundingMode.DOWN),
                currency);
    }

    private static String describe(Amount amount) {
        return amount.value().toPlainString() + " " + amount.currency();
    }
}
