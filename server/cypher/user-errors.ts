/**
 * Turns the errors Neo4j raises for a user's Cypher into AppErrors a person can act on:
 * a refused write becomes `read_only` (403), a syntax or semantic error becomes
 * `invalid_argument` (400) with Neo4j's own message and the position of the fault, a
 * transaction timeout becomes `timeout`. Errors meaning "Neo4j is down" and anything
 * unexpected are returned unchanged, for the one error middleware to handle. It only maps;
 * it never retries.
 */
import { AppError } from '../errors';
import { isUnavailableError } from '../../platform/neo4j/db';

export interface CypherPosition {
  line: number;
  column: number;
  offset: number;
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Neo4j's error codes for an attempted write or admin change in a READ transaction. */
const READ_ONLY_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Transaction.ForbiddenDueToTransactionType',
]);

interface DriverError {
  code?: string;
  message?: string;
  gqlStatus?: string;
}

/**
 * `shift` undoes the prefix the runner puts before the user's text (`EXPLAIN\n`): one line,
 * and that many characters of offset.
 */
export function userCypherError(
  error: unknown,
  options: { timeoutMs: number; shift?: { lines: number; offset: number } },
): unknown {
  if (error instanceof AppError || isUnavailableError(error)) return error;
  const { code = '', message = '', gqlStatus } = (error ?? {}) as DriverError;
  if (!code.startsWith('Neo.')) return error;
  const neo4jCode = code;
  if (READ_ONLY_CODES.has(code)) {
    return new AppError(
      'read_only',
      `cypher: refused, the workbench only reads the graph: ${firstLine(message)}`,
      { neo4jCode },
    );
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError(
      'timeout',
      `cypher: the query was cancelled after ${options.timeoutMs} ms (CYPHER_TIMEOUT_MS); add a LIMIT or narrow the MATCH`,
      { neo4jCode, timeoutMs: options.timeoutMs },
    );
  }
  if (code.includes('MemoryPool') || code.includes('OutOfMemory')) {
    return new AppError(
      'invalid_argument',
      'cypher: the query needs more memory than Neo4j allows; narrow it or return less',
      { neo4jCode },
    );
  }
  if (code.startsWith('Neo.ClientError.')) {
    const position = parsePosition(message, options.shift);
    let text = firstLine(message);
    if (position) {
      text = text.replace(
        POSITION,
        `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
      );
    }
    return new AppError('invalid_argument', text || 'cypher: Neo4j refused the query', {
      neo4jCode,
      ...(gqlStatus ? { gqlStatus } : {}),
      ...(position ? { position } : {}),
    });
  }
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

export function parsePosition(
  message: string,
  shift: { lines: number; offset: number } = { lines: 0, offset: 0 },
): CypherPosition | undefined {
  const match = POSITION.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]) - shift.lines;
  // "line 0" is Neo4j's way of saying "the whole query" (e.g. two statements).
  if (line < 1) return { line: 1, column: 1, offset: 0 };
  return {
    line,
    column: Number(match[2]),
    offset: Math.max(0, Number(match[3]) - shift.offset),
  };
}
