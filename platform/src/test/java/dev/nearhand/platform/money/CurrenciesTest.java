package dev.nearhand.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EUR", "TWD", "JPY", "KWD", "CNY", "XAF", "XOF", "XCD", "CHF", "VES", "ZWG", "SLE",
                "MRU", "STN", "BYN"
            })
    void shouldAcceptCurrenciesPeoplePayWith(String code) {
        assertThat(Currencies.isMoney(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "XXX", "XTS", "XAU", "XAG", "XDR", "BOV", "CLF", "USN", "XYZ", "eur", "", "EURO",
                "DEM", "FRF", "ITL", "ESP", "VEF", "ZWD", "HRK", "BYR", "MRO", "STD"
            })
    void shouldRefuseCodesThatAreNotMoneyOrNoLongerAre(String code) {
        assertThat(Currencies.isMoney(code)).isFalse();
    }
}
