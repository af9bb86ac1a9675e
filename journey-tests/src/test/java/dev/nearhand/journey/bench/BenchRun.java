package dev.nearhand.journey.bench;

import dev.nearhand.local.EmbeddedStack;

/** What every phase of one benchmark run works with: the stack, its meters, the API, the table. */
record BenchRun(EmbeddedStack stack, CpuMeter cpu, BenchApi api, BenchTable table, int clients) {}
