package dev.nearhand.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Inside Airbnb calibration extracts (data/airbnb, CC BY 4.0, credit "Inside Airbnb"):
 * RFC 4180 CSV, names may hold commas, quotes and line breaks.
 */
public final class AirbnbCsv {

    /** One row: what matching's tests and benchmarks use of it. */
    public record Row(
            String id, String name, double lat, double lon, String roomType, Double price) {}

    private AirbnbCsv() {}

    /** The data directory, whether run from the module or from the repository root. */
    public static Path file(String city) {
        Path local = Path.of("..", "data", "airbnb", city + ".csv");
        return Files.exists(local) ? local : Path.of("data", "airbnb", city + ".csv");
    }

    public static List<Row> read(String city) {
        String text;
        try {
            text = Files.readString(file(city), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> records = parse(text);
        List<String> header = records.get(0);
        int id = header.indexOf("id");
        int name = header.indexOf("name");
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        int room = header.indexOf("room_type");
        int price = header.indexOf("price");
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() < header.size()) {
                continue;
            }
            String p = r.get(price).replace("$", "").replace(",", "").trim();
            Double parsed = p.isEmpty() ? null : Double.valueOf(p);
            rows.add(
                    new Row(
                            r.get(id),
                            r.get(name),
                            Double.parseDouble(r.get(lat)),
                            Double.parseDouble(r.get(lon)),
                            r.get(room),
                            parsed != null && parsed > 0 ? parsed : null));
        }
        return rows;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
