import { itemsOf, scopeOf, slugify, stableId, type Item, type Payload, type Route, type Severity } from "./fixture-items";

// AWS Health GET /public/currentevents: a JSON array of events, one per service and region,
// empty when all is well, sent as UTF-16LE with a byte-order mark (as the real host does).
// status 1–3 is the event's severity; an ended event stays listed for a while with status 0.
// A component is an AWS service: "Amazon Cognito" → service key "cognito-us-east-1".

const STATUS: Record<Severity, string> = { none: "1", maintenance: "1", minor: "1", major: "2", critical: "3" };
/** Service names AWS uses, by the key in its event's `service`; a component may be named either way. */
const SERVICES: Record<string, string> = {
  ec2: "Amazon Elastic Compute Cloud", s3: "Amazon Simple Storage Service", lambda: "AWS Lambda", cognito: "Amazon Cognito",
  rds: "Amazon Relational Database Service", dynamodb: "Amazon DynamoDB", cloudfront: "Amazon CloudFront", iam: "AWS Identity and Access Management",
};
const KEY_BY_NAME = new Map(Object.entries(SERVICES).map(([key, name]) => [name.toLowerCase(), key]));
const REGION = { code: "us-east-1", name: "N. Virginia" };
/** How long an ended event stays in the list. */
const ENDED_LISTED_MS = 6 * 3600_000;

export function awsService(component: string): { key: string; name: string } {
  const lower = component.toLowerCase();
  if (Object.hasOwn(SERVICES, lower)) return { key: lower, name: SERVICES[lower]! };
  return { key: KEY_BY_NAME.get(lower) ?? slugify(component.replace(/^(amazon|aws)\s+/i, "")), name: component };
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

function events(i: Item) {
  return scopeOf(i).map((component) => {
    const { key, name } = awsService(component);
    const issue = `AWS_${key.toUpperCase().replace(/-/g, "_")}_OPERATIONAL_ISSUE`;
    const status = i.open ? STATUS[i.severity] : "0";
    return {
      arn: `arn:aws:health:${REGION.code}::event/${key.toUpperCase()}/${issue}/${issue}_${stableId(`${i.member.svc.slug}/${i.id}`, 5, "0123456789ABCDEF")}_${stableId(i.id, 11, "0123456789ABCDEF")}`,
      date: String(epoch(i.createdAt)), region_name: REGION.name, service: `${key}-${REGION.code}`, service_name: name,
      status, summary: i.name,
      // Oldest first, as AWS logs them; the last entry of an ended event has status 0.
      event_log: [...i.updates].reverse().map((u, k, all) => ({
        summary: i.name, message: u.body, status: Number(k === all.length - 1 && !i.open ? "0" : STATUS[i.severity]), timestamp: epoch(u.at),
      })),
    };
  });
}

/** UTF-16LE with a BOM, one-space indent: what health.aws.amazon.com sends. */
export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

export function renderAws(route: Route, path: string, now: Date): Payload | undefined {
  if (path !== route.path) return undefined;
  const listed = itemsOf(route, { synthesize: true })
    .filter((i) => i.severity !== "maintenance" && (i.open || now.getTime() - i.resolvedAt!.getTime() < ENDED_LISTED_MS));
  return {
    contentType: "application/json", data: listed.flatMap(events),
    encode: (d) => utf16le(JSON.stringify(d, null, 1)), missing: { events: [] }, invalid: utf16le("[{'arn': nope"),
  };
}
