package dev.nearhand.matching.repository;

import dev.nearhand.matching.CompletedTrade;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Completed trades, by escrow id. */
@ApplicationScoped
public class CompletedTradeRepository implements PanacheRepositoryBase<CompletedTrade, UUID> {}
