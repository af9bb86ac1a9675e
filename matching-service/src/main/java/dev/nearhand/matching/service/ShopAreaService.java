package dev.nearhand.matching.service;

import dev.nearhand.contracts.listing.ShopSnapshot;
import dev.nearhand.matching.ShopArea;
import dev.nearhand.matching.repository.ShopAreaRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Keeps shops' areas and service radii from listing-service's shop events. */
@ApplicationScoped
public class ShopAreaService {

    static final String CONSUMER = "matching.shops";

    private final ShopAreaRepository shops;
    private final Inbox inbox;

    ShopAreaService(ShopAreaRepository shops, Inbox inbox) {
        this.shops = shops;
        this.inbox = inbox;
    }

    @Transactional
    public void apply(UUID eventId, ShopSnapshot s) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        ShopArea shop = shops.findForUpdate(s.shopId()).orElse(null);
        boolean created = shop == null;
        if (created) {
            shop = new ShopArea(s.shopId());
        }
        shop.apply(
                s.revision(),
                s.ownerId(),
                s.area().cell(),
                s.area().lat(),
                s.area().lon(),
                s.serviceRadiusKm(),
                s.updatedAt());
        if (created) {
            shops.persist(shop);
        }
    }
}
