import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env/server";

export const metadata: Metadata = { title: "Local outbox", robots: { index: false } };
export const dynamic = "force-dynamic";

// Emails kept locally when Resend is not configured. Off in production unless DEV_OUTBOX=true
// (the demo and the tests), since it shows everyone's sign-in links.
export default async function OutboxPage() {
  if (env.NODE_ENV === "production" && !env.DEV_OUTBOX) notFound();
  const mails = await (await prisma()).localEmail.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return (
    <>
      <h1>Local outbox</h1>
      <p className="muted">Emails this server would have sent. Newest first.</p>
      <ol className="outbox" data-testid="outbox">
        {mails.map((m) => (
          <li key={m.id} data-to={m.to}>
            <p><strong>{m.subject}</strong> → {m.to} · {m.createdAt.toISOString()}</p>
            <pre>{m.text}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
