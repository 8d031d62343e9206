// The one catalogue of the errors Vigia's API answers, read by the route handlers (lib/http/respond.ts), the
// server's own refusals (lib/runtime/start-vigia.ts) and the browser's forms, which show `errors.<code>` from
// messages/*.json (lib/http/error-codes.test.ts checks every code has both translations). No server imports:
// the forms bundle it.

/**
 * Every code with its HTTP status and the English message API clients read in `error.message`; people in the
 * dashboard read the translation under `errors.<code>` instead.
 */
export const ERROR_CODES = {
  unauthorized: { status: 401, message: "Log in, or send an API token as Authorization: Bearer <token>." },
  admins_only: { status: 403, message: "Only a logged-in administrator can do this; API tokens cannot." },
  user_session_required: { status: 403, message: "Only a logged-in user can do this (it belongs to them); API tokens cannot." },
  foreign_origin: { status: 403, message: "Vigia only accepts changes from its own address." },
  invalid_credentials: { status: 401, message: "Wrong email or password." },
  too_many_attempts: { status: 429, message: "Too many failed attempts; wait before trying again (see Retry-After)." },
  setup_code_invalid: { status: 403, message: "From another machine, the first-run setup needs the setup code Vigia printed at its start." },
  already_set_up: { status: 409, message: "This Vigia already has an administrator." },
  expected_json: { status: 415, message: "Send the body as JSON, with Content-Type: application/json." },
  body_too_large: { status: 413, message: "The body is larger than this API accepts." },
  invalid_json: { status: 400, message: "The body is not valid JSON." },
  invalid_input: { status: 400, message: "Some fields are missing or wrong; see details." },
  invalid_query: { status: 400, message: "Some query parameters are wrong; see details." },
  invalid_cursor: { status: 400, message: "The cursor is not one this list gave out; start again without it." },
  chat_not_found: { status: 404, message: "No such chat." },
  event_not_found: { status: 404, message: "No such event." },
  instance_not_found: { status: 404, message: "No such instance." },
  message_not_found: { status: 404, message: "No such message." },
  token_not_found: { status: 404, message: "No such API token." },
  channel_not_found: { status: 404, message: "No such alert channel." },
  incident_not_found: { status: 404, message: "No such incident." },
  maintenance_not_found: { status: 404, message: "No such maintenance window." },
  device_not_found: { status: 404, message: "No such subscribed device of yours." },
  internal_error: { status: 500, message: "Something went wrong on the server; the log says what." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** What a form can have to say besides the API's codes: no answer at all, or an answer it does not know. */
export type FormErrorCode = ErrorCode | "network" | "unknown";

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value);
}

/** The body of every error answer: `{ error: { code, message, details? } }`. */
export function errorBody(code: ErrorCode, options: { message?: string; details?: unknown } = {}): ErrorBody {
  return { error: { code, message: options.message ?? ERROR_CODES[code].message, ...(options.details === undefined ? {} : { details: options.details }) } };
}

/** A form's view of an answer that was not a success: its catalogued code, else "unknown" (with the status). */
export async function readErrorCode(response: Response): Promise<{ code: FormErrorCode; status: number }> {
  const payload: unknown = await response.json().catch(() => null);
  const error = payload && typeof payload === "object" && "error" in payload ? payload.error : null;
  const code = error && typeof error === "object" && "code" in error ? error.code : null;
  return { code: isErrorCode(code) ? code : "unknown", status: response.status };
}
