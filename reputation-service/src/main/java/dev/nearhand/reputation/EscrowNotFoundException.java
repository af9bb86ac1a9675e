package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** No escrow the caller took part in: unknown and not-yours look the same, so nothing leaks. */
public class EscrowNotFoundException extends ProblemException {
    public EscrowNotFoundException(UUID escrowId) {
        super(
                404,
                "escrow-not-found",
                "Escrow not found",
                "You took part in no escrow " + escrowId);
    }
}
