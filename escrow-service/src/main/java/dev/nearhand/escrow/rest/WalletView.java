package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.ledger.Account;
import dev.nearhand.escrow.ledger.AccountKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** My balances per currency, as decimal strings: spendable, and held in open escrows. */
public record WalletView(List<Balance> balances) {

    public record Balance(String currency, String available, String held) {}

    public static WalletView from(List<Account> accounts) {
        Map<String, String[]> byCurrency = new TreeMap<>();
        for (Account account : accounts) {
            String zero = Amount.zero(account.currency()).value().toPlainString();
            String[] pair =
                    byCurrency.computeIfAbsent(account.currency(), c -> new String[] {zero, zero});
            String value =
                    new Amount(account.balance(), account.currency()).value().toPlainString();
            pair[account.kind() == AccountKind.AVAILABLE ? 0 : 1] = value;
        }
        return new WalletView(
                byCurrency.entrySet().stream()
                        .map(e -> new Balance(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
