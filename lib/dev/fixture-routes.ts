import type { ServiceEntry, SourceFormat } from "../catalog/types";
import { renderStatuspage } from "./fixture-formats";
import { renderAws } from "./fixture-formats-aws";
import { renderBetterstack } from "./fixture-formats-betterstack";
import { renderFeed } from "./fixture-formats-feed";
import { renderGoogle } from "./fixture-formats-google";
import { renderIncidentio } from "./fixture-formats-incidentio";
import { renderInstatus } from "./fixture-formats-instatus";
import { renderOkta } from "./fixture-formats-okta";
import { renderSlack } from "./fixture-formats-slack";
import { renderStatusio } from "./fixture-formats-statusio";
import { renderStripe } from "./fixture-formats-stripe";
import { owner, type Payload, type Route } from "./fixture-items";
import type { FixtureService } from "./fixture-state";
import { escapeXml } from "../sources/text";

// Which upstream URL shows which services, and which renderer answers it. Every catalog entry is
// routed by its source URL's host and path; entries sharing a URL (AWS and Cognito, Azure and
// Entra ID) share one route, rendered as the union of their states. Statuspage and incident.io
// hosts answer their sibling documents too (incidents.json, history.atom, /proxy/<host>).

type Renderer = (route: Route, path: string, now: Date) => Payload | undefined;

const RENDERERS: Record<SourceFormat, Renderer> = {
  statuspage: (route, path, now) => (path === "/history.atom" ? renderFeed(route, path, now, true) : renderStatuspage(route, path)),
  incidentio: renderIncidentio,
  instatus: renderInstatus,
  betterstack: renderBetterstack,
  statusio: renderStatusio,
  google: renderGoogle,
  slack: renderSlack,
  okta: renderOkta,
  stripe: renderStripe,
  aws: renderAws,
  feed: renderFeed,
  reachability: (route, path) => (path === route.path ? reachabilityPage(route) : undefined),
};
/** Formats whose host serves more than the one document we poll. */
const SIBLINGS = new Set<SourceFormat>(["statuspage", "incidentio"]);

export interface RouteTable {
  /** The route a request path (/<host>/<path>) lands on, and the path on that host. */
  find(requestPath: string): { route: Route; path: string } | undefined;
  routes: Route[];
}

export function buildRoutes(entries: readonly ServiceEntry[], bySlug: Map<string, FixtureService>): RouteTable {
  const exact = new Map<string, Route>();
  const byHost = new Map<string, Route[]>();
  for (const entry of entries) {
    const u = new URL(entry.source.url);
    const key = `${u.host}${u.pathname}`;
    let route = exact.get(key);
    if (!route) {
      route = { format: entry.source.format, host: u.host, path: u.pathname, members: [] };
      exact.set(key, route);
      byHost.set(u.host, [...(byHost.get(u.host) ?? []), route]);
    }
    route.members.push({ entry, svc: bySlug.get(entry.slug)! });
  }
  return {
    routes: [...exact.values()],
    find(requestPath) {
      const [, host = "", ...rest] = requestPath.split("/");
      const path = `/${rest.join("/")}`;
      const route = exact.get(`${host}${path}`) ?? byHost.get(host)?.find((r) => SIBLINGS.has(r.format));
      return route ? { route, path } : undefined;
    },
  };
}

export function render(route: Route, path: string, now: Date): Payload | undefined {
  return RENDERERS[route.format](route, path, now);
}

/** A reachability source only needs the page to answer: a plain HTML page with 200. */
function reachabilityPage(route: Route): Payload {
  const name = escapeXml(owner(route).svc.name);
  const page = `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${name} Status</title></head>\n`
    + `<body><div id="root"><h1>${name} Status</h1><p>Current status of ${name} services.</p></div></body>\n</html>\n`;
  return { contentType: "text/html; charset=utf-8", data: page, encode: (d) => String(d), missing: "<!DOCTYPE html><html></html>" };
}
