import type { Email } from "../email/send-email";
import type { AlertPayload } from "./send-test-alert";

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const WORDS: Record<string, string> = { degraded: "degraded", partial_outage: "partly down", major_outage: "down", operational: "back up" };

/** The alert email: subject says what happened; plain text and HTML carry the reason and a link. */
export function alertEmail(p: AlertPayload, to: string, unsubscribeUrl?: string): Email {
  const what = WORDS[p.state] ?? p.state.replace("_", " ");
  const subject = p.type === "outage_resolved" ? `${p.service.name} is back up` : p.type === "outage_updated" ? `${p.service.name} is now ${what}` : `${p.service.name} is ${what}`;
  return {
    to, subject,
    text: `${subject}.\n\n${p.reason}\n\nLive status: ${p.service.url}\n(${p.occurredAt})${unsubscribeUrl ? `\n\nStop these alerts: ${unsubscribeUrl}` : ""}`,
    html: `<p><strong>${esc(subject)}.</strong></p><p>${esc(p.reason)}</p><p><a href="${esc(p.service.url)}">Live status</a></p><p style="color:#666">${esc(p.occurredAt)}</p>${unsubscribeUrl ? `<p style="color:#666"><a href="${esc(unsubscribeUrl)}">Stop these alerts</a></p>` : ""}`,
  };
}
