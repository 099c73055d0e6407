/**
 * Second line of defence for user Cypher, read from Neo4j's own plan (`EXPLAIN`, run in the
 * same READ transaction before the query itself). The first line is Neo4j: user Cypher runs
 * in a READ access-mode transaction, where any write, schema or admin change fails with
 * `Neo.ClientError.Statement.AccessMode`. What a READ transaction still permits, and this
 * refuses: admin commands routed to the system database (SHOW USERS…), operators that reach
 * outside the graph (LOAD CSV reads files and URLs) or act on other sessions (TERMINATE /
 * SHOW TRANSACTIONS), procedures that are not plain reads, and a `USE` of another database.
 * It inspects the planner's output, never the query text, so comments, unicode or
 * formatting tricks change nothing. It is not a parser and does not run the query.
 */
import { AppError } from '../errors';

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators that a READ transaction allows but the workbench must not run. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs outside the graph',
  TerminateTransactions: 'TERMINATE TRANSACTIONS acts on other sessions',
  ShowTransactions: 'SHOW TRANSACTIONS shows other sessions’ queries',
  ShowSettings: 'SHOW SETTINGS reveals server configuration',
  ShowServers: 'SHOW SERVERS is an administration command',
  AdministrationCommand: 'administration commands are not available here',
  SystemProcedureCall: 'system procedures are not available here',
};

/** Procedures refused by name even in READ mode: they reach files, URLs or other queries. */
const REFUSED_PROCEDURES =
  /^(dbms\.|apoc\.(load|import|export|cypher|periodic|systemdb|trigger|log|util\.sleep)|gds\.)/i;

export function readOnlyRefusal(reason: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(
    'read_only',
    `cypher: refused, the workbench only reads the graph: ${reason}`,
    details,
  );
}

function walk(plan: PlanNode, visit: (node: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children ?? []) walk(child, visit);
}

/**
 * Throws a `read_only` AppError unless the planned query is a plain read of `database`.
 * `queryType` is the summary's: `r` read, `rw`/`w` writes, `s` schema, admin or DBMS work.
 */
export function assertReadOnlyPlan(
  queryType: string | undefined,
  plan: PlanNode | false | undefined,
  database: string,
): void {
  if (queryType !== 'r') {
    const kind =
      queryType === 's'
        ? 'it changes the schema or calls an administration procedure'
        : 'it writes to the graph';
    throw readOnlyRefusal(kind, { queryType: queryType ?? null });
  }
  if (!plan) return;
  walk(plan, (node) => {
    const [operator = '', graph] = node.operatorType.split('@');
    if (graph !== undefined && graph.toLowerCase() !== database.toLowerCase()) {
      throw readOnlyRefusal(`it targets the database "${graph}", not "${database}"`, {
        operator,
        database: graph,
      });
    }
    const base = operator.replace(/\(.*$/, '');
    const refused = REFUSED_OPERATORS[base];
    if (refused) throw readOnlyRefusal(refused, { operator: base });
    if (base === 'ProcedureCall') {
      const details = node.arguments?.Details;
      const detail = typeof details === 'string' ? details : '';
      const procedure = /^[\w.]+/.exec(detail.trim())?.[0] ?? '';
      if (REFUSED_PROCEDURES.test(procedure)) {
        throw readOnlyRefusal(`the procedure ${procedure} is not available here`, { procedure });
      }
    }
  });
}
