import type { State } from "../sources/model";
import { STATE_COLOR } from "../status/labels";

/** What every channel says about one alert; the webhook body is exactly this (documented in the README). */
export interface AlertPayload {
  id: string;
  type: "test" | "outage_started" | "outage_updated" | "outage_resolved" | "flapping" | "incident_opened" | "incident_updated" | "incident_resolved" | "maintenance_started";
  service: { slug: string; name: string; url: string };
  state: string;
  reason: string;
  occurredAt: string;
  /** The official incident or maintenance, on incident_* and maintenance_* alerts. */
  incident?: { id: string; name: string };
}

/** Slack incoming-webhook body: a coloured attachment with Block Kit text and a link. */
export function slackBody(p: AlertPayload): string {
  const color = STATE_COLOR[p.state as State] ?? STATE_COLOR.unknown;
  return JSON.stringify({
    text: `${p.service.name}: ${p.state.replace("_", " ")}`,
    attachments: [{ color, blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${p.service.name}* is *${p.state.replace("_", " ")}*\n${p.reason}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: `<${p.service.url}|Live status> · ${p.occurredAt}` }] },
    ] }],
  });
}
