import type { LatencyBucket } from "@/lib/status/service-history";

/** Our probes' latency over 24 h as an inline SVG (no chart library, no client JS). */
export function LatencyChart({ buckets, now }: { buckets: LatencyBucket[]; now: string }) {
  if (!buckets.length) return <p className="muted">No probe runs in the last 24 hours.</p>;
  const w = 600, h = 140, pad = 28;
  const max = Math.max(100, ...buckets.map((b) => b.avgMs));
  const t0 = new Date(now).getTime() - 24 * 3_600_000;
  const x = (iso: string) => pad + ((new Date(iso).getTime() - t0) / (24 * 3_600_000)) * (w - pad * 2);
  const y = (ms: number) => h - pad - (ms / max) * (h - pad * 2);
  const points = buckets.map((b) => `${x(b.at).toFixed(1)},${y(b.avgMs).toFixed(1)}`).join(" ");
  const avg = Math.round(buckets.reduce((a, b) => a + b.avgMs * b.runs, 0) / Math.max(1, buckets.reduce((a, b) => a + b.runs, 0)));
  const failures = buckets.reduce((a, b) => a + b.failures, 0);
  return (
    <figure className="latency">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Probe latency over 24 hours: average ${avg} ms, peak ${max} ms, ${failures} failed runs`}>
        <line x1={pad} y1={h - pad} x2={w - pad} y2={h - pad} className="axis" />
        <text x={pad} y={pad - 8} className="tick">{max} ms</text>
        <text x={pad} y={h - 8} className="tick">24 h ago</text>
        <text x={w - pad} y={h - 8} className="tick" textAnchor="end">now</text>
        <polyline points={points} className="line" fill="none" />
        {/* Dots too, so a day with a single run still shows it. */}
        {buckets.map((b) => <circle key={`p${b.at}`} cx={x(b.at)} cy={y(b.avgMs)} r={2} className="point" />)}
        {buckets.filter((b) => b.failures).map((b) => <circle key={b.at} cx={x(b.at)} cy={h - pad} r={3} className="fail" />)}
      </svg>
      <figcaption className="muted">Average {avg} ms; red marks are 15-minute windows with failed runs ({failures} in all).</figcaption>
    </figure>
  );
}
