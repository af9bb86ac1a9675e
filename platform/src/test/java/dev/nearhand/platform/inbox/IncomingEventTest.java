package dev.nearhand.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading one event type out of a topic that carries several. */
class IncomingEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Stands in for a contract record; only its simple name and shape matter here. */
    record Greeted(String name) {}

    @Test
    void shouldReadTheEventWhenItIsOfTheWantedType() {
        IncomingEvent event =
                new IncomingEvent("Greeted", UUID.randomUUID(), "k", "{\"name\":\"Ada\"}");

        assertThat(event.readIf(MAPPER, Greeted.class)).isEqualTo(new Greeted("Ada"));
    }

    @Test
    void shouldGiveNullForAnotherTypeWithoutReadingIt() {
        IncomingEvent event = new IncomingEvent("Waved", UUID.randomUUID(), "k", "not json");

        assertThat(event.readIf(MAPPER, Greeted.class)).isNull();
    }

    @Test
    void shouldRefuseABodyThatDoesNotMatchItsType() {
        IncomingEvent event = new IncomingEvent("Greeted", UUID.randomUUID(), "k", "[1, 2]");

        assertThatThrownBy(() -> event.readIf(MAPPER, Greeted.class))
                .isInstanceOf(IncomingEvent.MalformedEventException.class)
                .hasMessageContaining("does not match Greeted");
    }
}
