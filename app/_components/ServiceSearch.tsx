"use client";
import { useState } from "react";

/** Hides the server-rendered cards (and empty groups) that do not match; returns how many remain. */
function applyFilter(query: string): number {
  const needle = query.trim().toLowerCase();
  let shown = 0;
  document.querySelectorAll<HTMLElement>("[data-search]").forEach((el) => {
    el.hidden = Boolean(needle) && !el.dataset.search!.includes(needle);
    if (!el.hidden) shown++;
  });
  document.querySelectorAll<HTMLElement>("[data-group]").forEach((g) => {
    g.hidden = !g.querySelector("[data-search]:not([hidden])");
  });
  return shown;
}

/** Filters the list in place as you type: no data fetching, nothing re-rendered on the server. */
export function ServiceSearch({ total }: { total: number }) {
  const [q, setQ] = useState("");
  const [shown, setShown] = useState(total);
  return (
    <div className="search">
      <label htmlFor="service-search">Find a service</label>
      <input id="service-search" type="search" placeholder="WorkOS, Okta, Stripe…" value={q} autoComplete="off"
        onChange={(e) => { setQ(e.target.value); setShown(applyFilter(e.target.value)); }} />
      <p className="muted" aria-live="polite">{q ? `${shown} of ${total} services match` : ""}</p>
    </div>
  );
}
