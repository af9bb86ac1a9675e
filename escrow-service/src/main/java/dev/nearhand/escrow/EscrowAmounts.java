package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An escrow's money, all in one currency: the price agreed at opening, the platform's fee (and the
 * rate it was agreed at), and how a resolved dispute splits the total. Replaced, never changed in
 * place, so an escrow's amounts are always a consistent set.
 */
@Embeddable
public class EscrowAmounts {

    private String currency;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal total;
    private BigDecimal fee;

    /** Kept because the fee, rounded to minor units, does not tell the rate exactly. */
    @Column(name = "fee_percent")
    private BigDecimal feePercent;

    @Column(name = "seller_share")
    private BigDecimal sellerShare;

    private BigDecimal refund;

    protected EscrowAmounts() {}

    private EscrowAmounts(
            String currency,
            BigDecimal unitPrice,
            BigDecimal total,
            BigDecimal fee,
            BigDecimal feePercent,
            BigDecimal sellerShare,
            BigDecimal refund) {
        this.currency = currency;
        this.unitPrice = unitPrice;
        this.total = total;
        this.fee = fee;
        this.feePercent = feePercent;
        this.sellerShare = sellerShare;
        this.refund = refund;
    }

    /**
     * Quantity at the unit price, with the fee the platform will charge on release at {@code
     * feePercent} of the total.
     */
    static EscrowAmounts forPurchase(Amount unitPrice, int quantity, BigDecimal feePercent) {
        Amount total = unitPrice.times(quantity);
        return new EscrowAmounts(
                unitPrice.currency(),
                unitPrice.value(),
                total.value(),
                total.percent(feePercent).value(),
                feePercent,
                null,
                null);
    }

    /**
     * A resolved dispute: the seller's share, charged the fee at the rate agreed at opening, the
     * rest back to the buyer.
     */
    EscrowAmounts splitAt(Amount share) {
        if (share.value().signum() < 0 || share.exceeds(total())) {
            throw new IllegalArgumentException("share outside 0.." + total);
        }
        return new EscrowAmounts(
                currency,
                unitPrice,
                total,
                share.percent(feePercent).value(),
                feePercent,
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
