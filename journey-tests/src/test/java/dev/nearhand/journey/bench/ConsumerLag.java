package dev.nearhand.journey.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind on a topic, from its committed offsets (committed every few
 * seconds, so an upper bound). A partition the group has not committed yet counts in full.
 */
final class ConsumerLag {

    private ConsumerLag() {}

    static long behind(Admin kafka, String group, String topic) throws Exception {
        Map<TopicPartition, Long> committed =
                kafka
                        .listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .entrySet()
                        .stream()
                        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetSpec> latest =
                kafka
                        .describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        p -> new TopicPartition(topic, p.partition()),
                                        p -> OffsetSpec.latest()));
        long behind = 0;
        for (var end : kafka.listOffsets(latest).all().get().entrySet()) {
            behind += end.getValue().offset() - committed.getOrDefault(end.getKey(), 0L);
        }
        return behind;
    }

    /** Waits until the group has committed every record of the topic so far. */
    static void awaitCaughtUp(Admin kafka, String group, String topic, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (behind(kafka, group, topic) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        group + " still behind on " + topic + " after " + within);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
