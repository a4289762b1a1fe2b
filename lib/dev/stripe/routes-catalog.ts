import type Stripe from "stripe";
import type { Route } from "./api";
import { ApiError, arr, bool, int, mergeMetadata, missing, obj, str, type Params } from "./form";
import { customer, price, product } from "./objects-catalog";
import { list, type State } from "./state";

/** Products, prices and customers: /v1/products, /v1/prices, /v1/customers. */

const INTERVALS = ["day", "week", "month", "year"];
const nullable = (v: string | undefined) => (v === undefined ? undefined : v === "" ? null : v);

function createProduct(state: State, p: Params, param = "name"): Stripe.Product {
  const name = str(p, "name", param);
  if (!name) throw missing(param);
  const id = str(p, "id");
  if (id && state.products.has(id)) throw new ApiError(400, `Product already exists.`, "resource_already_exists", "id");
  const made = product(state.now(), { id, name, description: nullable(str(p, "description")), active: bool(p, "active"), metadata: mergeMetadata({}, p) });
  state.products.set(made.id, made);
  return made;
}

function createPrice(state: State, p: Params): Stripe.Price {
  const currency = str(p, "currency")?.toLowerCase();
  if (!currency) throw missing("currency");
  const unitAmount = int(p, "unit_amount");
  if (unitAmount === undefined) throw missing("unit_amount");
  let productId = str(p, "product");
  const productData = obj(p, "product_data");
  if (productId && productData) throw new ApiError(400, "You may only specify one of these parameters: product, product_data.", undefined, "product");
  if (productData) productId = createProduct(state, productData, "product_data[name]").id;
  if (!productId) throw missing("product");
  state.mustGet(state.products, "product", productId, "product");
  const rec = obj(p, "recurring");
  let recurring: { interval: Stripe.Price.Recurring.Interval; intervalCount: number } | undefined;
  if (rec) {
    const interval = str(rec, "interval", "recurring[interval]");
    if (!interval) throw missing("recurring[interval]");
    if (!INTERVALS.includes(interval)) throw new ApiError(400, `Invalid recurring[interval]: must be one of day, month, week, or year`, "parameter_invalid_string", "recurring[interval]");
    recurring = { interval: interval as Stripe.Price.Recurring.Interval, intervalCount: int(rec, "interval_count", "recurring[interval_count]") ?? 1 };
  }
  const lookupKey = str(p, "lookup_key") || undefined;
  if (lookupKey) {
    const holder = [...state.prices.values()].find((x) => x.lookup_key === lookupKey);
    // transfer_lookup_key moves the key from the old price to this one (how a price change ships).
    if (holder && !bool(p, "transfer_lookup_key")) {
      throw new ApiError(400, `A price (\`${holder.id}\`) already uses that lookup key.`, undefined, "lookup_key");
    }
    if (holder) holder.lookup_key = null;
  }
  const made = price(state.now(), { product: productId, currency, unitAmount, recurring, lookupKey, nickname: nullable(str(p, "nickname")), active: bool(p, "active"), metadata: mergeMetadata({}, p) });
  state.prices.set(made.id, made);
  return made;
}

function listPrices(state: State, p: Params) {
  const keys = arr(p, "lookup_keys").filter((k): k is string => typeof k === "string");
  const active = bool(p, "active");
  const productId = str(p, "product");
  const type = str(p, "type");
  const currency = str(p, "currency");
  const prices = [...state.prices.values()].filter((x) =>
    (keys.length === 0 || (x.lookup_key !== null && keys.includes(x.lookup_key))) &&
    (active === undefined || x.active === active) &&
    (!productId || x.product === productId) && (!type || x.type === type) && (!currency || x.currency === currency));
  return list(prices, "/v1/prices", p);
}

function updateCustomer(state: State, c: Stripe.Customer, p: Params): Stripe.Customer {
  const email = nullable(str(p, "email"));
  const name = nullable(str(p, "name"));
  const description = nullable(str(p, "description"));
  if (email !== undefined) c.email = email;
  if (name !== undefined) c.name = name;
  if (description !== undefined) c.description = description;
  c.metadata = mergeMetadata(c.metadata, p);
  return c;
}

export const catalogRoutes: Route[] = [
  { method: "POST", pattern: /^\/v1\/products$/, accepts: ["id", "name", "description", "active", "metadata"], handle: ({ state, p }) => createProduct(state, p) },
  { method: "GET", pattern: /^\/v1\/products$/, accepts: ["active"], handle: ({ state, p }) => {
    const active = bool(p, "active");
    return list([...state.products.values()].filter((x) => active === undefined || x.active === active), "/v1/products", p);
  } },
  { method: "GET", pattern: /^\/v1\/products\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.products, "product", id) },
  { method: "POST", pattern: /^\/v1\/prices$/, accepts: ["currency", "unit_amount", "product", "product_data", "recurring", "lookup_key", "transfer_lookup_key", "nickname", "active", "metadata"], handle: ({ state, p }) => createPrice(state, p) },
  { method: "GET", pattern: /^\/v1\/prices$/, accepts: ["lookup_keys", "active", "product", "type", "currency"], handle: ({ state, p }) => listPrices(state, p) },
  { method: "GET", pattern: /^\/v1\/prices\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.prices, "price", id) },
  { method: "POST", pattern: /^\/v1\/customers$/, accepts: ["email", "name", "description", "metadata"], handle: ({ state, p }) => {
    const c = customer(state.now(), {});
    state.customers.set(c.id, c);
    return updateCustomer(state, c, p);
  } },
  { method: "GET", pattern: /^\/v1\/customers$/, accepts: ["email"], handle: ({ state, p }) => {
    const email = str(p, "email");
    // Stripe matches the email exactly, case-sensitively.
    return list([...state.customers.values()].filter((c) => email === undefined || c.email === email), "/v1/customers", p);
  } },
  { method: "GET", pattern: /^\/v1\/customers\/([^/]+)$/, accepts: [], handle: ({ state, id }) => state.mustGet(state.customers, "customer", id) },
  { method: "POST", pattern: /^\/v1\/customers\/([^/]+)$/, accepts: ["email", "name", "description", "metadata"], handle: ({ state, id, p }) =>
    updateCustomer(state, state.mustGet(state.customers, "customer", id), p) },
];
