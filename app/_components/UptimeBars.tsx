import { averageUptime, type UptimeDay } from "@/lib/status/uptime";
import { duration } from "@/lib/status/labels";

const level = (d: UptimeDay) => (d.ratio === null ? "none" : d.ratio >= 0.999 ? "up" : d.ratio >= 0.99 ? "minor" : "down");

/** 90 bars, one per UTC day; each is focusable and names its day, uptime and incidents. */
export function UptimeBars({ days }: { days: UptimeDay[] }) {
  const overall = averageUptime(days);
  return (
    <section aria-labelledby="uptime-h">
      <h2 id="uptime-h">Uptime, last 90 days</h2>
      <p className="muted">{overall === null ? "No observations yet." : `${(overall * 100).toFixed(2)} % of observed time up (from the official page and our probes).`}</p>
      <ol className="uptime-bars" data-testid="uptime-bars">
        {days.map((d) => {
          const text = d.ratio === null ? `${d.day}: no data` : `${d.day}: ${(d.ratio * 100).toFixed(2)} % up${d.outageSec ? `, ${duration(d.outageSec)} of outage` : ""}${d.incidents ? `, ${d.incidents} incident${d.incidents > 1 ? "s" : ""}` : ""}`;
          return (
            <li key={d.day} className={`bar bar-${level(d)}`} tabIndex={0} aria-label={text} data-tip={text} />
          );
        })}
      </ol>
      <p className="uptime-axis muted"><span>90 days ago</span><span>today</span></p>
    </section>
  );
}
