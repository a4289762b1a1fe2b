/** Why the database could not be opened, with a one-line fix for the person running the app. */
export type DbErrorCode = "DATA_DIR_UNWRITABLE" | "DB_LOCKED" | "DB_CORRUPT" | "DB_UNREACHABLE" | "MIGRATION_FAILED";

export class DbError extends Error {
  constructor(readonly code: DbErrorCode, message: string, readonly hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DbError";
  }

  /** One line for a terminal: what is wrong and how to fix it. */
  toLine(): string {
    return `${this.message} — ${this.hint}`;
  }
}
