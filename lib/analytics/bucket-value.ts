/**
 * The latency buckets of analytics_latency_minute (prisma/migrations/20261202073000_analytics/migration.sql,
 * `analytics_bucket`): bucket 0 holds gaps under 1 ms, bucket i >= 1 the gaps in [2^((i-1)/8), 2^(i/8)) ms,
 * eight per doubling, up to bucket 256. A percentile read from the histogram is the middle (geometric mean)
 * of the bucket holding the rank, 2^((i-0.5)/8) ms, so it is within a factor 2^(1/16) of the exact value:
 * at most 4.43 % off (4.24 % low or 4.43 % high), or under 1 ms when the exact value is below 1 ms.
 */
export const BUCKETS_PER_DOUBLING = 8;
export const LAST_BUCKET = 256;
export const BUCKETING_ERROR = 2 ** (1 / (2 * BUCKETS_PER_DOUBLING)) - 1;

/** What a bucket stands for, in milliseconds. */
export function bucketValueMs(bucket: number): number {
  return bucket <= 0 ? 0 : 2 ** ((bucket - 0.5) / BUCKETS_PER_DOUBLING);
}

/** The bucket of a gap, as the SQL computes it (for tests and seeds). */
export function bucketOfMs(ms: number): number {
  return ms < 1 ? 0 : Math.min(LAST_BUCKET, 1 + Math.floor((BUCKETS_PER_DOUBLING * Math.log(ms)) / Math.LN2));
}
