package dev.nearhand.matching.repository;

import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.NearestFirstSearch;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchHit;
import dev.nearhand.matching.service.SearchSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Runs {@link SearchSql}'s statements through the EntityManager. */
@ApplicationScoped
public class SearchRepository {

    private final EntityManager entityManager;
    private final SearchSql searchSql;
    private final NearestFirstSearch nearestFirst;

    SearchRepository(EntityManager entityManager, MatchingConfig config) {
        this.entityManager = entityManager;
        this.searchSql = new SearchSql(config.search());
        this.nearestFirst = new NearestFirstSearch(config.search());
    }

    /** Up to {@code limit + 1} hits: the extra one only tells that there is a next page. */
    public List<SearchHit> search(SearchCriteria criteria) {
        if (nearestFirst.answers(criteria)) {
            entityManager
                    .createNativeQuery(NearestFirstSearch.PLAN_NEAREST_FIRST)
                    .getSingleResult();
            return nearestFirst.search(criteria, this::rows);
        }
        return rows(searchSql.build(criteria)).stream().map(SearchHit::fromRow).toList();
    }

    /** The area's currency ({@link SearchSql#areaCurrency}), or null without priced listings. */
    public String areaCurrency(SearchCriteria criteria) {
        // One column: JPA returns the values themselves, not one-element rows.
        List<?> currencies = query(searchSql.areaCurrency(criteria)).getResultList();
        return currencies.isEmpty() ? null : (String) currencies.get(0);
    }

    private List<Object[]> rows(SearchSql.Statement statement) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(statement).getResultList();
        return rows;
    }

    private Query query(SearchSql.Statement statement) {
        Query query = entityManager.createNativeQuery(ordinals(statement.sql()));
        for (int i = 0; i < statement.params().size(); i++) {
            query.setParameter(i + 1, statement.params().get(i));
        }
        return query;
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
