package dev.nearhand.reputation.service;

import dev.nearhand.platform.security.Verification;
import dev.nearhand.reputation.Credit;
import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Fact;
import dev.nearhand.reputation.Tier;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.EvidenceRepository;
import dev.nearhand.reputation.repository.TradeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tells a user, and only them, what lowers their credit and what would raise their limits. */
@ApplicationScoped
public class CreditExplainer {

    private final CreditService credits;
    private final EvidenceRepository evidence;
    private final TradeRepository trades;
    private final CreditCalculator calculator;
    private final ReputationConfig config;

    CreditExplainer(
            CreditService credits,
            EvidenceRepository evidence,
            TradeRepository trades,
            CreditCalculator calculator,
            ReputationConfig config) {
        this.credits = credits;
        this.evidence = evidence;
        this.trades = trades;
        this.calculator = calculator;
        this.config = config;
    }

    /** The user's credit with its explanation. */
    public record Explained(
            Credit credit, List<String> lowering, List<String> raising, Limits limits) {}

    /**
     * Escrow limits at this tier and verification, mirrored from escrow-service's defaults; amounts
     * as decimal strings in the escrow's currency.
     */
    public record Limits(
            Verification verification,
            String multiplier,
            String perEscrow,
            String openExposure,
            List<String> hints) {}

    @Transactional
    public Explained explain(String userId, Verification verification) {
        Credit credit = credits.of(userId);
        List<Fact> facts = evidence.factsOf(userId);
        List<String> lowering = new ArrayList<>();
        count(lowering, facts, EvidenceKind.DECLINED, "declined trade(s)");
        count(lowering, facts, EvidenceKind.EXPIRED, "escrow(s) left to expire unanswered");
        count(lowering, facts, EvidenceKind.DISPUTE_LOST, "dispute(s) lost as seller");
        count(lowering, facts, EvidenceKind.DISPUTE_FAILED, "dispute(s) you opened that failed");
        long poor =
                facts.stream()
                        .filter(f -> f.kind() == EvidenceKind.REVIEW && f.value() <= 0.25)
                        .count();
        if (poor > 0) {
            lowering.add(poor + " review(s) of 1-2 stars");
        }
        count(lowering, facts, EvidenceKind.REPORT_UPHELD, "upheld report(s) about you");
        long repeats =
                trades.finishedOf(userId).stream()
                        .filter(t -> t.pairIndex() != null && t.pairIndex() > 1)
                        .count();
        if (repeats > 0) {
            lowering.add(repeats + " repeat trade(s) with the same people count less each time");
        }
        TradeRepository.Circle circle = trades.circleOf(userId);
        if (calculator.circleFactor(circle.partners(), circle.clustering()) < 0.75) {
            lowering.add(
                    "your counterparties mostly trade with each other: praise from a closed circle counts less");
        }
        List<String> raising = new ArrayList<>();
        Tier next = credit.tier().next();
        if (next != null) {
            raising.add(nextTier(credit, next));
        }
        raising.add("complete trades with different people and earn good reviews");
        return new Explained(credit, lowering, raising, limits(credit.tier(), verification));
    }

    private String nextTier(Credit credit, Tier next) {
        ReputationConfig.Tiers t = config.tiers();
        int score =
                next == Tier.GOLD
                        ? t.goldScore()
                        : next == Tier.SILVER ? t.silverScore() : t.bronzeScore();
        double needed =
                next == Tier.GOLD
                        ? t.goldEvidence()
                        : next == Tier.SILVER ? t.silverEvidence() : t.bronzeEvidence();
        return String.format(
                Locale.ROOT,
                "reach %s (transaction credit %d and evidence %.1f; you have %d and %.1f) to raise"
                        + " your escrow limits from x%s to x%s",
                next,
                score,
                needed,
                credit.transaction(),
                credit.effectiveEvidence(),
                multiplier(credit.tier()).toPlainString(),
                multiplier(next).toPlainString());
    }

    private Limits limits(Tier tier, Verification verification) {
        ReputationConfig.Limits l = config.limits();
        BigDecimal m = multiplier(tier);
        List<String> hints = new ArrayList<>();
        // The verification level's limits before the tier's multiplier.
        BigDecimal basePerEscrow = BigDecimal.ZERO;
        BigDecimal baseOpen = BigDecimal.ZERO;
        switch (verification) {
            case NONE ->
                    hints.add(
                            "verify your phone number to start paying: "
                                    + caps(l.phonePerEscrow(), l.phoneOpenExposure(), m));
            case PHONE -> {
                basePerEscrow = l.phonePerEscrow();
                baseOpen = l.phoneOpenExposure();
                hints.add(
                        "verify your ID to raise your limits to "
                                + caps(l.idPerEscrow(), l.idOpenExposure(), m));
            }
            case ID -> {
                basePerEscrow = l.idPerEscrow();
                baseOpen = l.idOpenExposure();
            }
        }
        Tier next = tier.next();
        if (next != null && verification != Verification.NONE) {
            // From the base limits, not today's divided by today's multiplier: that division
            // showed 39999.99999999999 for 40000.
            hints.add(
                    "reach "
                            + next
                            + " to raise them to "
                            + caps(basePerEscrow, baseOpen, multiplier(next)));
        }
        return new Limits(
                verification,
                plain(m),
                plain(basePerEscrow.multiply(m)),
                plain(baseOpen.multiply(m)),
                hints);
    }

    /** Amounts travel as decimal strings (never binary floats), as in the event contracts. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String caps(BigDecimal perEscrow, BigDecimal open, BigDecimal m) {
        return perEscrow.multiply(m).stripTrailingZeros().toPlainString()
                + " per escrow and "
                + open.multiply(m).stripTrailingZeros().toPlainString()
                + " open, in the escrow's currency";
    }

    private BigDecimal multiplier(Tier tier) {
        ReputationConfig.Limits l = config.limits();
        return switch (tier) {
            case NEW -> l.newMultiplier();
            case BRONZE -> l.bronzeMultiplier();
            case SILVER -> l.silverMultiplier();
            case GOLD -> l.goldMultiplier();
        };
    }

    private static void count(List<String> out, List<Fact> facts, EvidenceKind kind, String what) {
        long n = facts.stream().filter(f -> f.kind() == kind).count();
        if (n > 0) {
            out.add(n + " " + what);
        }
    }
}
