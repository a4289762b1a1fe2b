import type { Email } from "../email/send-email";
import type { AlertPayload } from "./send-test-alert";

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const WORDS: Record<string, string> = { degraded: "degraded", partial_outage: "partly down", major_outage: "down", operational: "back up" };

/** The alert email: subject says what happened; plain text and HTML carry the reason and a link. */
export function alertEmail(p: AlertPayload, to: string, unsubscribeUrl?: string): Email {
  const what = WORDS[p.state] ?? p.state.replace("_", " ");
  const incident = p.reason.split(": ")[0];
  const subject = p.type === "incident_opened" ? `${p.service.name} reports an incident: ${incident}`
    : p.type === "incident_updated" ? `Update on ${p.service.name} incident: ${incident}`
    : p.type === "incident_resolved" ? `${p.service.name} incident resolved: ${incident}`
    : p.type === "maintenance_started" ? `${p.service.name} maintenance started: ${incident}`
    : p.type === "flapping" ? `${p.service.name} keeps changing state`
    : p.type === "outage_resolved" ? `${p.service.name} is back up` : p.type === "outage_updated" ? `${p.service.name} is now ${what}` : `${p.service.name} is ${what}`;
  const reason = p.type === "flapping" ? `${p.service.name} changed state 3 times in 15 minutes (now ${p.state.replace("_", " ")}). To spare your inbox we hold further alerts about it for 15 minutes; the live page shows every change.` : p.reason;
  return {
    to, subject,
    text: `${subject}.\n\n${reason}\n\nLive status: ${p.service.url}\n(${p.occurredAt})${unsubscribeUrl ? `\n\nStop these alerts: ${unsubscribeUrl}` : ""}`,
    html: `<p><strong>${esc(subject)}.</strong></p><p>${esc(reason)}</p><p><a href="${esc(p.service.url)}">Live status</a></p><p style="color:#666">${esc(p.occurredAt)}</p>${unsubscribeUrl ? `<p style="color:#666"><a href="${esc(unsubscribeUrl)}">Stop these alerts</a></p>` : ""}`,
  };
}

/** One email for several alerts at once (a cloud provider's outage): a line per service. */
export function digestEmail(items: AlertPayload[], to: string, unsubscribeUrl?: string): Email {
  const lines = items.map((p) => `${alertEmail(p, to).subject}: ${p.service.url}`);
  const subject = `${items.length} services you watch changed state`;
  return {
    to, subject,
    text: `${subject}:\n\n${lines.map((l) => `- ${l}`).join("\n")}${unsubscribeUrl ? `\n\nManage your alerts: ${unsubscribeUrl}` : ""}`,
    html: `<p><strong>${esc(subject)}:</strong></p><ul>${items.map((p) => `<li><a href="${esc(p.service.url)}">${esc(alertEmail(p, to).subject)}</a></li>`).join("")}</ul>`,
  };
}
