import { apiErrors, ResendApiError } from "./errors";

/** Resend's limits: 50 addresses per recipient field, 100 emails per batch. */
export const MAX_RECIPIENTS = 50;
export const MAX_BATCH = 100;

/** An email that passed validation, normalized (recipient fields as arrays). */
export interface ValidEmail {
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  headers: Record<string, string>;
  replyTo?: string[];
}

const BARE = /^[^\s@<>",;]+@[^\s@<>",;.]+(\.[^\s@<>",;.]+)+$/;
const NAMED = /^[^<>]*<([^<>]+)>$/;

/** "user@example.com" or "Name <user@example.com>". */
function isAddress(value: string): boolean {
  const v = value.trim();
  const named = NAMED.exec(v);
  return BARE.test(named ? (named[1] ?? "").trim() : v);
}

const badAddress = (field: string) =>
  apiErrors.validation(`Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`);

const absent = (v: unknown) => v === undefined || v === null || v === "";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A string-or-array address field; undefined when absent and optional. */
function addresses(value: unknown, field: string, required: boolean): string[] | undefined {
  const list = absent(value) ? [] : typeof value === "string" ? [value] : Array.isArray(value) ? (value as unknown[]) : null;
  if (!list) throw badAddress(field);
  if (list.length === 0) {
    if (required) throw apiErrors.missingField(field);
    return undefined;
  }
  if (list.length > MAX_RECIPIENTS) throw apiErrors.validation(`Too many recipients in the \`${field}\` field: ${list.length}. The maximum is ${MAX_RECIPIENTS}.`);
  for (const a of list) if (typeof a !== "string" || !isAddress(a)) throw badAddress(field);
  return list as string[];
}

function optionalString(value: unknown, field: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== "string") throw apiErrors.validation(`Invalid \`${field}\` field. Expected a string.`);
  return value;
}

/** Validates one email of POST /emails (or one element of a batch), as Resend does. */
export function validateEmail(raw: unknown): ValidEmail {
  if (!isObject(raw)) throw apiErrors.validation("The request body must be a JSON object.");
  if (absent(raw.from)) throw apiErrors.missingField("from");
  if (typeof raw.from !== "string" || !isAddress(raw.from)) throw badAddress("from");
  const to = addresses(raw.to, "to", true) ?? [];
  addresses(raw.cc, "cc", false);
  addresses(raw.bcc, "bcc", false);
  const replyTo = addresses(raw.reply_to, "reply_to", false);
  if (absent(raw.subject)) throw apiErrors.missingField("subject");
  const subject = optionalString(raw.subject, "subject") ?? "";
  const html = optionalString(raw.html, "html");
  const text = optionalString(raw.text, "text");
  if (html === undefined && text === undefined) throw apiErrors.missingField("html` or `text");
  const headers: Record<string, string> = {};
  if (!absent(raw.headers)) {
    if (!isObject(raw.headers)) throw apiErrors.validation("Invalid `headers` field. Expected an object of header names to string values.");
    for (const [name, value] of Object.entries(raw.headers)) {
      if (typeof value !== "string") throw apiErrors.validation(`Invalid \`headers\` field. The value of \`${name}\` must be a string.`);
      headers[name] = value;
    }
  }
  return { from: raw.from, to, subject, ...(html !== undefined ? { html } : {}), ...(text !== undefined ? { text } : {}), headers, ...(replyTo ? { replyTo } : {}) };
}

export interface BatchValidation {
  /** The emails to send, with their index in the request. */
  emails: { index: number; email: ValidEmail }[];
  /** Rejected emails (permissive mode only; strict mode throws on the first). */
  errors: { index: number; message: string }[];
}

/**
 * Validates POST /emails/batch. Strict (the SDK's default x-batch-validation) fails the whole batch on
 * one bad email; permissive sends the good ones and lists the rest in `errors`.
 */
export function validateBatch(raw: unknown, permissive: boolean): BatchValidation {
  if (!Array.isArray(raw)) throw apiErrors.validation("The request body must be an array of emails.");
  if (raw.length === 0) throw apiErrors.validation("The batch must contain at least one email.");
  if (raw.length > MAX_BATCH) throw apiErrors.validation(`Too many emails in the batch: ${raw.length}. The maximum is ${MAX_BATCH}.`);
  const out: BatchValidation = { emails: [], errors: [] };
  raw.forEach((item: unknown, index) => {
    try {
      if (isObject(item) && !absent(item.attachments)) throw apiErrors.validation("Attachments are not supported in batch emails.");
      if (isObject(item) && !absent(item.scheduled_at)) throw apiErrors.validation("Scheduling is not supported in batch emails.");
      out.emails.push({ index, email: validateEmail(item) });
    } catch (err) {
      if (!(err instanceof ResendApiError)) throw err;
      if (!permissive) throw new ResendApiError(err.statusCode, err.errorName, `emails[${index}]: ${err.message}`);
      out.errors.push({ index, message: err.message });
    }
  });
  return out;
}
