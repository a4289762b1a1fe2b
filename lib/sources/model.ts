/** The one shape every upstream format is normalised into. */
export const STATES = ["operational", "maintenance", "degraded", "partial_outage", "major_outage", "unknown"] as const;
export type State = (typeof STATES)[number];

/** Higher is worse. `unknown` ranks just above operational: no data is not good news. */
const RANK: Record<State, number> = { operational: 0, unknown: 1, maintenance: 2, degraded: 3, partial_outage: 4, major_outage: 5 };

export function worstState(states: Iterable<State>): State {
  let worst: State = "operational";
  for (const s of states) if (RANK[s] > RANK[worst]) worst = s;
  return worst;
}

export interface NormalizedComponent {
  upstreamId: string;
  name: string;
  group: string | null;
  state: State;
}

export interface NormalizedIncidentUpdate {
  status: string;
  body: string;
  at: Date;
}

export interface NormalizedIncident {
  upstreamId: string;
  name: string;
  status: string;
  impact: State;
  startedAt: Date;
  resolvedAt: Date | null;
  url: string | null;
  componentIds: string[];
  updates: NormalizedIncidentUpdate[];
}

export interface NormalizedMaintenance {
  upstreamId: string;
  name: string;
  status: "scheduled" | "in_progress" | "completed";
  scheduledFor: Date | null;
  scheduledUntil: Date | null;
  url: string | null;
}

export interface NormalizedStatus {
  overall: State;
  /** The upstream's own one-line description, when it has one. */
  description: string;
  components: NormalizedComponent[];
  incidents: NormalizedIncident[];
  maintenances: NormalizedMaintenance[];
  /** The upstream's own "updated at". */
  sourceUpdatedAt: Date | null;
}

/** A payload we could not read: the reason is stored and shown, the cycle goes on. */
export class ParseError extends Error {
  readonly code = "PARSE";
  constructor(message: string) {
    super(message);
    this.name = "ParseError";
  }
}
