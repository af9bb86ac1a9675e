package dev.nearhand.matching.repository;

import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchHit;
import dev.nearhand.matching.service.SearchSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Runs {@link SearchSql}'s statement through the EntityManager. */
@ApplicationScoped
public class SearchRepository {

    private final EntityManager entityManager;
    private final SearchSql searchSql;

    SearchRepository(EntityManager entityManager, MatchingConfig config) {
        this.entityManager = entityManager;
        this.searchSql = new SearchSql(config.search());
    }

    /** Up to {@code limit + 1} hits: the extra one only tells that there is a next page. */
    public List<SearchHit> search(SearchCriteria criteria) {
        SearchSql.Statement statement = searchSql.build(criteria);
        Query query = entityManager.createNativeQuery(ordinals(statement.sql()));
        for (int i = 0; i < statement.params().size(); i++) {
            query.setParameter(i + 1, statement.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(SearchHit::fromRow).toList();
    }

    /** JDBC's {@code ?} to JPA's {@code ?1, ?2, ...}; the statement has no other question mark. */
    static String ordinals(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int n = 0;
        for (char ch : sql.toCharArray()) {
            out.append(ch);
            if (ch == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }
}
