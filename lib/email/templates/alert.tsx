import { Heading, Section, Text } from "@react-email/components";
import type { AlertPayload } from "../../alerts/payload";
import type { State } from "../../sources/model";
import { STATE_COLOR } from "../../status/labels";
import { A, EmailLayout, renderEmail } from "./layout";

const WORDS: Record<string, string> = { degraded: "degraded", partial_outage: "partly down", major_outage: "down", operational: "back up" };

/** The subject line says what happened, so a glance at the inbox is enough. */
export function alertSubject(p: AlertPayload): string {
  const what = WORDS[p.state] ?? p.state.replace("_", " ");
  const incident = p.incident?.name ?? p.reason;
  switch (p.type) {
    case "incident_opened": return `${p.service.name} reports an incident: ${incident}`;
    case "incident_updated": return `Update on ${p.service.name} incident: ${incident}`;
    case "incident_resolved": return `${p.service.name} incident resolved: ${incident}`;
    case "maintenance_started": return `${p.service.name} maintenance started: ${incident}`;
    case "flapping": return `${p.service.name} keeps changing state`;
    case "outage_resolved": return `${p.service.name} is back up`;
    case "outage_updated": return `${p.service.name} is now ${what}`;
    default: return `${p.service.name} is ${what}`;
  }
}

function reasonOf(p: AlertPayload): string {
  return p.type === "flapping"
    ? `${p.service.name} changed state 3 times in 15 minutes (now ${p.state.replace("_", " ")}). To spare your inbox we hold further alerts about it for 15 minutes; the live page shows every change.`
    : p.reason;
}

export function AlertEmail({ payload, unsubscribeUrl }: { payload: AlertPayload; unsubscribeUrl?: string }) {
  const subject = alertSubject(payload);
  return (
    <EmailLayout preview={subject} footer={unsubscribeUrl ? <A href={unsubscribeUrl}>Stop these alerts</A> : null}>
      <Section style={{ borderLeft: `4px solid ${STATE_COLOR[payload.state as State] ?? STATE_COLOR.unknown}`, paddingLeft: "12px" }}>
        <Heading as="h2">{subject}.</Heading>
        <Text>{reasonOf(payload)}</Text>
      </Section>
      <Text><A href={payload.service.url}>Live status</A> · {payload.occurredAt}</Text>
    </EmailLayout>
  );
}
AlertEmail.PreviewProps = {
  payload: { id: "evt", type: "outage_started", service: { slug: "workos", name: "WorkOS", url: "http://localhost:3000/status/workos" }, state: "major_outage", reason: "Official page: Major System Outage", occurredAt: "2026-12-04T10:00:00.000Z" },
} satisfies { payload: AlertPayload };

export function DigestEmail({ items, manageUrl }: { items: AlertPayload[]; manageUrl?: string }) {
  return (
    <EmailLayout preview={`${items.length} services you watch changed state`} footer={manageUrl ? <A href={manageUrl}>Manage your alerts</A> : null}>
      <Heading as="h2">{items.length} services you watch changed state</Heading>
      {items.map((p) => <Text key={p.id}><A href={p.service.url}>{alertSubject(p)}</A></Text>)}
    </EmailLayout>
  );
}
DigestEmail.PreviewProps = { items: [AlertEmail.PreviewProps.payload, { ...AlertEmail.PreviewProps.payload, id: "evt2", service: { slug: "clerk", name: "Clerk", url: "http://localhost:3000/status/clerk" } }] };

export const alertEmail = (p: AlertPayload, unsubscribeUrl?: string) => renderEmail(alertSubject(p), <AlertEmail payload={p} unsubscribeUrl={unsubscribeUrl} />);
export const digestEmail = (items: AlertPayload[], manageUrl?: string) => renderEmail(`${items.length} services you watch changed state`, <DigestEmail items={items} manageUrl={manageUrl} />);
