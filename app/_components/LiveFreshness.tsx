"use client";
import { useEffect } from "react";
import { ago } from "@/lib/status/labels";

/**
 * Keeps the server-rendered "checked … ago" lines current. The cached page keeps the check times of
 * its last render (it is re-rendered on changes, not on every check), so this reads the fresh times
 * from the JSON API at once and every 30 s, and re-words the lines every few seconds. Lines are
 * `[data-checked-at]` elements: with `data-checked-slug` for one service, without for the latest of all.
 */
export function LiveFreshness() {
  useEffect(() => {
    const lines = () => document.querySelectorAll<HTMLElement>("[data-checked-at]");
    const reword = () => lines().forEach((el) => {
      const at = el.dataset.checkedAt;
      if (at) el.textContent = `${el.dataset.prefix ?? "checked"} ${ago(at)}`;
    });
    const refresh = async () => {
      try {
        const res = await fetch("/api/v1/services", { cache: "no-store" });
        if (!res.ok) return;
        const { services } = (await res.json()) as { services: { slug: string; checkedAt: string | null }[] };
        const times = new Map(services.filter((s) => s.checkedAt).map((s) => [s.slug, s.checkedAt!]));
        const latest = [...times.values()].sort().at(-1);
        lines().forEach((el) => {
          const at = el.dataset.checkedSlug ? times.get(el.dataset.checkedSlug) : latest;
          if (at) el.dataset.checkedAt = at;
        });
        reword();
      } catch {
        /* keep the rendered times; they say how old they are */
      }
    };
    void refresh();
    const poll = setInterval(refresh, 30_000);
    const tick = setInterval(reword, 5_000);
    return () => { clearInterval(poll); clearInterval(tick); };
  }, []);
  return null;
}
