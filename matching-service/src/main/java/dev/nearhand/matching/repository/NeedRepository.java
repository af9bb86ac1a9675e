package dev.nearhand.matching.repository;

import dev.nearhand.matching.Need;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Posted needs: by id, and the open ones near a point, newest first. */
@ApplicationScoped
public class NeedRepository implements PanacheRepositoryBase<Need, UUID> {

    /** A keyset position: the last need of the previous page. */
    public record Position(Instant postedAt, UUID needId) {}

    public List<Need> openNear(
            double lat, double lon, double radiusKm, Instant now, Position after, int limit) {
        String sql =
                "SELECT * FROM need x WHERE x.closed_at IS NULL AND x.expires_at > ?3"
                        + " AND earth_box(ll_to_earth(?1, ?2), ?4) @> ll_to_earth(x.lat, x.lon)"
                        + " AND earth_distance(ll_to_earth(?1, ?2), ll_to_earth(x.lat, x.lon)) <= ?4"
                        + (after == null ? "" : " AND (x.posted_at, x.need_id) < (?6, ?7)")
                        + " ORDER BY x.posted_at DESC, x.need_id DESC LIMIT ?5";
        Query query =
                getEntityManager()
                        .createNativeQuery(sql, Need.class)
                        .setParameter(1, lat)
                        .setParameter(2, lon)
                        .setParameter(3, now)
                        .setParameter(4, radiusKm * 1000)
                        .setParameter(5, limit);
        if (after != null) {
            query.setParameter(6, after.postedAt()).setParameter(7, after.needId());
        }
        @SuppressWarnings("unchecked")
        List<Need> needs = query.getResultList();
        return needs;
    }
}
