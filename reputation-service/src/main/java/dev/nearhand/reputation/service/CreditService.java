package dev.nearhand.reputation.service;

import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.platform.outbox.Outbox;
import dev.nearhand.reputation.Credit;
import dev.nearhand.reputation.CreditSums;
import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.Fact;
import dev.nearhand.reputation.Score;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.CreditRepository;
import dev.nearhand.reputation.repository.EvidenceRepository;
import dev.nearhand.reputation.repository.TradeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records evidence, recomputes a user's credit and announces every change through the outbox. */
@ApplicationScoped
public class CreditService {

    private final CreditRepository credits;
    private final EvidenceRepository evidence;
    private final TradeRepository trades;
    private final CreditCalculator calculator;
    private final Outbox outbox;
    private final ReputationConfig config;
    private final Clock clock;

    CreditService(
            CreditRepository credits,
            EvidenceRepository evidence,
            TradeRepository trades,
            CreditCalculator calculator,
            Outbox outbox,
            ReputationConfig config,
            Clock clock) {
        this.credits = credits;
        this.evidence = evidence;
        this.trades = trades;
        this.calculator = calculator;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Adds one fact and recomputes its user's credit, in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void record(Evidence fact) {
        add(fact);
        recompute(fact.userId(), List.of(fact.fact()));
    }

    /**
     * Adds one fact without recomputing: for a caller adding several, which must then {@link
     * #recompute} each of their users with their new facts in the same transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void add(Evidence fact) {
        evidence.persist(fact);
    }

    /**
     * Recomputes a user's credit after {@code added} (already {@link #add added}); when anything
     * visible changed, bumps the version and appends CreditChanged in the same transaction. The
     * stored sums are decayed to now and the new facts added; sums stored under other rules, or
     * none, are rebuilt from all of the user's evidence (which includes the new facts). The credit
     * row is locked before its sums are read, so concurrent changes of one user queue and each adds
     * to the last one's sums.
     */
    @Transactional(TxType.MANDATORY)
    public Credit recompute(String userId, List<Fact> added) {
        Instant now = clock.instant();
        Credit credit = credits.lockOrCreate(prior(userId));
        TradeRepository.Circle circle = trades.circleOf(userId);
        double circleFactor = calculator.circleFactor(circle.partners(), circle.clustering());
        String basis = calculator.sumsBasis();
        CreditSums sums =
                credit.sums(basis)
                        .map(stored -> calculator.plus(calculator.rolledTo(stored, now), added))
                        .orElseGet(() -> calculator.sumsOf(evidence.factsOf(userId), now));
        Score score = calculator.score(sums, circleFactor);
        if (credit.update(score, sums, basis, now)) {
            outbox.append(
                    Topics.REPUTATION_CREDIT,
                    new CreditChanged(
                            UUID.randomUUID(),
                            now,
                            1,
                            userId,
                            credit.transaction(),
                            credit.social(),
                            credit.tier().name(),
                            credit.completedTrades(),
                            credit.creditVersion()));
        }
        return credit;
    }

    /** A user's current credit; a user nothing is known about is at the neutral prior. */
    @Transactional
    public Credit of(String userId) {
        return credits.of(userId).orElseGet(() -> prior(userId));
    }

    /** How much the user's word (a review, a report) counts today, from their credit. */
    @Transactional(TxType.MANDATORY)
    public double reviewerCredibility(String userId) {
        Credit credit = of(userId);
        return calculator.reviewerCredibility(credit.tier(), credit.transaction());
    }

    private Credit prior(String userId) {
        return Credit.prior(userId, config.prior().transaction(), clock.instant());
    }
}
