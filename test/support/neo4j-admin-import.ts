/**
 * Runs the real `neo4j-admin database import full` (the import tool ships in the embedded
 * launcher's classpath, db/target/lib) into a new Neo4j home, so tests can check that CSV
 * exports load with neo4j-admin's own reader, then start an embedded Neo4j on that home.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launcherClasspath } from '../../platform/neo4j/launcher-build';
import { javaCommand } from '../../platform/neo4j/java-check';

export function neo4jAdminImport(home: string, nodes: string, relationships: string): string {
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  return execFileSync(
    javaCommand(),
    [
      '-Xmx512m',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      launcherClasspath(),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      `--nodes=${nodes}`,
      `--relationships=${relationships}`,
      '--array-delimiter=U+001F',
      '--multiline-fields=true',
      `--report-file=${path.join(home, 'import.report')}`,
      'neo4j',
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}
