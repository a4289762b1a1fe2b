import type { ErrorResponse } from "resend";

/** Error names the resend SDK knows (its RESEND_ERROR_CODE_KEY union), so the stand-in cannot invent one. */
export type ResendErrorName = ErrorResponse["name"];

/** Resend's error body, in the order Resend writes it: {"statusCode":422,"message":"…","name":"validation_error"}. */
export interface ResendErrorBody { statusCode: number; message: string; name: ResendErrorName }

/** An API error the handler turns into a response with Resend's error JSON. */
export class ResendApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorName: ResendErrorName,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ResendErrorBody {
    return { statusCode: this.statusCode, message: this.message, name: this.errorName };
  }
}

/**
 * What the resend SDK (6.38) hands back for each of the stand-in's answers. It never throws for an HTTP
 * or network failure; it resolves { data: null, error: { statusCode, name, message }, headers }, where
 * headers are the response's (lower-case keys) or null when there was no response.
 *
 *   statusCode  name                          cause                                    for a dispatcher
 *   422         validation_error              bad field, >50 recipients, >100 in batch permanent
 *   422         missing_required_field        from / to / subject / html-or-text       permanent
 *   400         invalid_idempotency_key       key not 1–256 characters                 permanent
 *   400         validation_error              body is not JSON                         permanent
 *   401         missing_api_key               no Bearer key                            permanent (configuration)
 *   403         invalid_api_key               wrong key                                permanent (configuration)
 *   409         invalid_idempotent_request    same key, different body                 permanent (a bug)
 *   429         rate_limit_exceeded           limiter, failNext("429")                 retry after headers["retry-after"] seconds
 *   500         internal_server_error         failNext("500")                          retry, same Idempotency-Key
 *   503         application_error             setDown(true): body not JSON, so the SDK retry, same Idempotency-Key
 *                                             substitutes its own name and message
 *   null        application_error             no answer: the caller's signal fired     retry with the SAME key: the email
 *                                             ("timeout"), or connection refused       may have gone out
 * Without a signal the SDK waits for an unanswered request until undici gives up (about 5 minutes).
 */

/** The errors the stand-in answers with; messages follow Resend's documented ones where there is one. */
export const apiErrors = {
  missingApiKey: () => new ResendApiError(401, "missing_api_key", "Missing API key in the authorization header"),
  invalidApiKey: () => new ResendApiError(403, "invalid_api_key", "API key is invalid"),
  notFound: () => new ResendApiError(404, "not_found", "The requested endpoint does not exist."),
  methodNotAllowed: () => new ResendApiError(405, "method_not_allowed", "Method is not allowed for the requested path."),
  invalidIdempotencyKey: () => new ResendApiError(400, "invalid_idempotency_key", "The key must be between 1-256 chars."),
  invalidIdempotentRequest: () => new ResendApiError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload."),
  invalidJson: () => new ResendApiError(400, "validation_error", "The request body is not valid JSON."),
  missingField: (field: string) => new ResendApiError(422, "missing_required_field", `Missing \`${field}\` field.`),
  validation: (message: string) => new ResendApiError(422, "validation_error", message),
  rateLimited: (perSecond: number, headers: Record<string, string>) =>
    new ResendApiError(429, "rate_limit_exceeded", `Too many requests. You can only make ${perSecond} requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.`, headers),
  internal: () => new ResendApiError(500, "internal_server_error", "An unexpected error occurred."),
};
