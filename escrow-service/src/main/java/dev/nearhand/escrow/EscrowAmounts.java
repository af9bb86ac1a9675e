package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An escrow's money, all in one currency: the price agreed at opening, the platform's fee, and how
 * a resolved dispute splits the total. Replaced, never changed in place, so an escrow's amounts are
 * always a consistent set.
 */
@Embeddable
public class EscrowAmounts {

    private String currency;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal total;
    private BigDecimal fee;

    @Column(name = "seller_share")
    private BigDecimal sellerShare;

    private BigDecimal refund;

    protected EscrowAmounts() {}

    private EscrowAmounts(
            String currency,
            BigDecimal unitPrice,
            BigDecimal total,
            BigDecimal fee,
            BigDecimal sellerShare,
            BigDecimal refund) {
        this.currency = currency;
        this.unitPrice = unitPrice;
        this.total = total;
        this.fee = fee;
        this.sellerShare = sellerShare;
        this.refund = refund;
    }

    /** Quantity at the unit price, with the fee the platform will charge on release. */
    static EscrowAmounts forPurchase(Amount unitPrice, int quantity, Amount fee) {
        return new EscrowAmounts(
                unitPrice.currency(),
                unitPrice.value(),
                unitPrice.times(quantity).value(),
                fee.value(),
                null,
                null);
    }

    /**
     * A resolved dispute: the seller's share (its fee charged on it), the rest back to the buyer.
     */
    EscrowAmounts splitAt(Amount share, Amount feeOnShare) {
        if (share.value().signum() < 0 || share.exceeds(total())) {
            throw new IllegalArgumentException("share outside 0.." + total);
        }
        return new EscrowAmounts(
                currency,
                unitPrice,
                total,
                feeOnShare.value(),
                share.value(),
                total().minus(share).value());
    }

    public String currency() {
        return currency;
    }

    public Amount unitPrice() {
        return new Amount(unitPrice, currency);
    }

    public Amount total() {
        return new Amount(total, currency);
    }

    public Amount fee() {
        return new Amount(fee, currency);
    }

    /** Null until a dispute is resolved. */
    public Amount sellerShare() {
        return sellerShare == null ? null : new Amount(sellerShare, currency);
    }

    /** Null until a dispute is resolved. */
    public Amount refund() {
        return refund == null ? null : new Amount(refund, currency);
    }
}
