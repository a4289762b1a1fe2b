import type { Category } from "../catalog/types";
import type { State } from "../sources/model";

export const STATE_LABEL: Record<State, string> = {
  operational: "Operational",
  degraded: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  maintenance: "Under maintenance",
  unknown: "Unknown",
};

/** The short answer to "is it down?". */
export const STATE_ANSWER: Record<State, string> = {
  operational: "No, it is up",
  degraded: "Partly: it is degraded",
  partial_outage: "Partly: there is a partial outage",
  major_outage: "Yes, it is down",
  maintenance: "It is under maintenance",
  unknown: "We cannot tell right now",
};

/** Verdict colours for images, badges and messages (pages use the CSS variables instead). */
export const STATE_COLOR: Record<State, string> = {
  operational: "#15803d", degraded: "#b45309", partial_outage: "#c2410c", major_outage: "#b91c1c", maintenance: "#1d4ed8", unknown: "#4b5563",
};

export const SIGNAL_LABEL: Record<string, string> = { official: "official status page", probe: "our own probes", stale: "no fresh data" };

export const CATEGORY_LABEL: Record<Category, string> = {
  "identity-broker": "Identity brokers", "identity-provider": "Identity providers", auth: "Authentication",
  email: "Email", payments: "Payments", cloud: "Cloud & hosting", devtools: "Developer tools", ai: "AI APIs",
  communication: "Communication", monitoring: "Monitoring", data: "Data & search", commerce: "Commerce", productivity: "Productivity",
};

/** The source's last error, if it is more recent than its last good read. */
export function currentSourceError<T extends { lastErrorAt: Date | null; lastSuccessAt: Date | null }>(src: T | null | undefined): T | null {
  return src?.lastErrorAt && (!src.lastSuccessAt || src.lastErrorAt > src.lastSuccessAt) ? src : null;
}

/** "12 s ago", "3 min ago": coarse on purpose, for a freshness line. */
export function ago(from: Date | string, now: Date = new Date()): string {
  const s = Math.max(0, Math.round((now.getTime() - new Date(from).getTime()) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

/** "1 h 25 min", "40 s". */
export function duration(sec: number): string {
  if (sec < 60) return `${sec} s`;
  const m = Math.round(sec / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

export const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
