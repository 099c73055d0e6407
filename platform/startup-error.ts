/**
 * A failure that stops start-up with one clear line for the person at the terminal: what went
 * wrong and how to fix it. The `code` lets tests and callers tell the causes apart without
 * matching message wording. Not for request-time errors (see errors.ts).
 */

export type StartupErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'maven_missing'
  | 'launcher_build_failed'
  | 'port_in_use'
  | 'data_dir_not_writable'
  | 'store_locked'
  | 'neo4j_failed'
  | 'neo4j_unreachable'
  | 'neo4j_auth'
  | 'neo4j_database_missing'
  | 'client_build_failed';

export class StartupError extends Error {
  override name = 'StartupError';
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
