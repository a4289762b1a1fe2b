"use client";
import { useEffect, useState } from "react";
import type { State } from "@/lib/sources/model";
import { SIGNAL_LABEL, STATE_ANSWER, STATE_LABEL } from "@/lib/status/labels";

type Verdict = { state: string; label: string; answer: string; reason: string; signal: string; checkedAt: string | null };

function ago(iso: string | null, now: number) {
  if (!iso) return "not checked yet";
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  return s < 60 ? `checked ${s} s ago` : s < 3600 ? `checked ${Math.round(s / 60)} min ago` : `checked ${Math.round(s / 3600)} h ago`;
}

/**
 * The verdict above the fold. Server-rendered first; then refreshed every 30 s from the public
 * JSON API so an open page follows an outage without a reload.
 */
export function LiveVerdict({ slug, name, initial }: { slug: string; name: string; initial: Verdict }) {
  const [v, setV] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const refresh = async () => {
      try {
        const res = await fetch(`/api/v1/services/${slug}`, { cache: "no-store" });
        if (!res.ok) return;
        const s = await res.json();
        const state: State = s.verdict.state in STATE_LABEL ? s.verdict.state : "unknown";
        setV({ state, label: STATE_LABEL[state], answer: STATE_ANSWER[state], reason: s.verdict.reason, signal: s.verdict.signal, checkedAt: s.official.lastCheckAt });
      } catch {
        /* keep the last verdict; the freshness line shows its age */
      }
    };
    const poll = setInterval(refresh, 30_000);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => { clearInterval(poll); clearInterval(tick); };
  }, [slug]);
  return (
    <section className={`verdict verdict-${v.state}`} aria-live="polite" data-testid="verdict" data-state={v.state}>
      <p className="verdict-answer">{v.answer}.</p>
      <p className="verdict-line"><strong>{name}: {v.label.toLowerCase()}</strong>, <span suppressHydrationWarning>{ago(v.checkedAt, now)}</span></p>
      <p className="verdict-reason">{v.reason}</p>
      <p className="muted">Decided by: {SIGNAL_LABEL[v.signal] ?? v.signal}</p>
    </section>
  );
}
