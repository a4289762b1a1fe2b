import type { ServiceEntry } from "../catalog/types";

/** N made-up Statuspage services for load tests; the same N always yields the same entries. */
export function syntheticEntries(n: number): ServiceEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    slug: `bench-${i}`,
    name: `Bench Service ${i}`,
    category: "devtools" as const,
    statusPageUrl: `https://status.bench-${i}.test`,
    source: { format: "statuspage" as const, url: `https://status.bench-${i}.test/api/v2/summary.json`, verified: false },
  }));
}
