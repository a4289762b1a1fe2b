import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { outboxReport } from "@/lib/alerts/outbox";
import { currentSession, isAdmin } from "@/lib/auth/current";
import { prisma } from "@/lib/db";
import { utc } from "@/lib/status/labels";

export const metadata: Metadata = { title: "Alert outbox", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ retried?: string; error?: string }> };

const STATUSES = ["pending", "sending", "sent", "skipped", "parked"];

/** /admin: the alert outbox for operators (ADMIN_EMAILS). Anyone else gets the plain 404. */
export default async function AdminPage({ searchParams }: Props) {
  const session = await currentSession();
  if (!isAdmin(session)) notFound();
  const q = await searchParams;
  const report = await outboxReport(await prisma());
  const csrf = <input type="hidden" name="csrf" value={session.csrfToken} />;
  return (
    <>
      <h1>Alert outbox</h1>
      {q.error ? <p role="alert" className="error">{q.error}</p> : null}
      {q.retried ? <p role="status" className="notice">{q.retried} parked deliver{q.retried === "1" ? "y" : "ies"} queued again.</p> : null}
      <dl className="facts" data-testid="outbox-counts">
        {STATUSES.map((s) => <div key={s} style={{ display: "contents" }}><dt>{s}</dt><dd>{report.counts[s] ?? 0}</dd></div>)}
      </dl>
      <section aria-labelledby="parked-h">
        <h2 id="parked-h">Parked deliveries</h2>
        <p className="muted">Deliveries that failed for good or ran out of attempts, newest first (at most 50). Retrying sends them again now; an outage alert whose outage ended long ago is still skipped.</p>
        {report.parked.length ? (
          <>
            <form method="post" action="/api/admin/outbox">{csrf}<input type="hidden" name="action" value="retry-all" /><button type="submit">Retry all parked</button></form>
            <ul className="watches" data-testid="parked">
              {report.parked.map((d) => (
                <li key={d.id}>
                  <strong>{d.serviceName}</strong> {d.kind.replace(/_/g, " ")} → {d.channel} {d.to}
                  <div className="muted">{utc(d.occurredAt.toISOString())} · {d.attempts} attempt{d.attempts === 1 ? "" : "s"} · {d.lastError ?? "no error recorded"}</div>
                  <form method="post" action="/api/admin/outbox">{csrf}<input type="hidden" name="action" value="retry" /><input type="hidden" name="id" value={d.id} /><button type="submit">Retry</button></form>
                </li>
              ))}
            </ul>
          </>
        ) : <p>Nothing is parked.</p>}
      </section>
    </>
  );
}
