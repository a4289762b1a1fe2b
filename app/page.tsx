import { prisma } from "@/lib/db";
import { listServices } from "@/lib/status/list-services";
import { STATE_LABEL, ago } from "@/lib/status/labels";

// Read at request time: the embedded database lives in the server process, never in the build.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const services = await listServices(await prisma());
  const now = new Date();
  return (
    <>
      <h1>Is it down? Live status of the APIs you depend on</h1>
      <p className="muted">{services.length} services, read from their official status pages.</p>
      <ul className="service-list" data-testid="service-list">
        {services.map((s) => (
          <li key={s.slug} className="service-card" data-slug={s.slug} data-state={s.state}>
            <a href={s.statusPageUrl} rel="noopener">{s.name}</a>
            <div className={`state state-${s.state}`}>{STATE_LABEL[s.state]}</div>
            <div className="muted">
              {s.checkedAt ? `checked ${ago(s.checkedAt, now)}` : "not checked yet"}
              {s.sourceError ? ` · last check failed: ${s.sourceError}` : ""}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
