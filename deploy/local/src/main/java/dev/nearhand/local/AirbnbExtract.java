package dev.nearhand.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Inside Airbnb extract as the demo reads it: the rows grouped by host, in file order, through
 * the only columns used.
 */
final class AirbnbExtract {

    private static final List<String> COLUMNS =
            List.of(
                    "name",
                    "host_id",
                    "neighbourhood",
                    "latitude",
                    "longitude",
                    "room_type",
                    "price");

    /** One row, its fields as in the file but for the price: null when there is none to use. */
    record Row(
            String name,
            String neighbourhood,
            String latitude,
            String longitude,
            String roomType,
            BigDecimal price) {}

    private final Map<String, List<Row>> byHost;

    private AirbnbExtract(Map<String, List<Row>> byHost) {
        this.byHost = byHost;
    }

    static AirbnbExtract parse(String csv) {
        List<List<String>> rows = parseCsv(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty CSV");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip(), i);
        }
        for (String needed : COLUMNS) {
            if (!column.containsKey(needed)) {
                throw new IllegalArgumentException("CSV has no column " + needed);
            }
        }
        Map<String, List<Row>> byHost = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            byHost.computeIfAbsent(row.get(column.get("host_id")), h -> new ArrayList<>())
                    .add(
                            new Row(
                                    row.get(column.get("name")),
                                    row.get(column.get("neighbourhood")),
                                    row.get(column.get("latitude")),
                                    row.get(column.get("longitude")),
                                    row.get(column.get("room_type")),
                                    price(row.get(column.get("price")))));
        }
        return new AirbnbExtract(byHost);
    }

    /** Hosts with at least one priced row, in file order. */
    List<String> pricedHosts() {
        return byHost.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(r -> r.price() != null))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The host's rows, in file order. */
    List<Row> rows(String host) {
        return byHost.get(host);
    }

    /** A TWD price, or null when missing, unparsable or not above 0. */
    private static BigDecimal price(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replace("$", "").replace(",", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(cleaned);
            return price.signum() > 0 ? price : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
