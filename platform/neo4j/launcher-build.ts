/**
 * Builds the embedded Neo4j launcher in `db/` with Maven when its output is missing or older
 * than its sources, showing download progress; otherwise does nothing. The output is a
 * classpath directory (target/classes + target/lib) rather than a fat jar: see db/pom.xml.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error';
import { startStep } from '../progress';

export const DB_DIR = path.resolve(import.meta.dirname, '../../db');
const STAMP = 'target/.explorer-build-stamp';

export function launcherClasspath(dbDir = DB_DIR): string {
  return [path.join(dbDir, 'target/classes'), path.join(dbDir, 'target/lib/*')].join(
    path.delimiter,
  );
}

function newestSourceMtime(dbDir: string): number {
  let newest = fs.statSync(path.join(dbDir, 'pom.xml')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(dbDir, 'src'));
  return newest;
}

/** True when the launcher must be (re)built: no stamp, or a source newer than the stamp. */
export function launcherIsStale(dbDir = DB_DIR): boolean {
  const stamp = path.join(dbDir, STAMP);
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(dbDir, 'target/lib'))) return true;
  return newestSourceMtime(dbDir) > fs.statSync(stamp).mtimeMs;
}

export async function ensureLauncherBuilt(
  dbDir = DB_DIR,
  mvn = process.env.MVN ?? 'mvn',
): Promise<boolean> {
  if (!launcherIsStale(dbDir)) return false;
  const step = startStep(
    'Building the embedded Neo4j launcher with Maven (first run downloads about 125 MB)',
  );
  let downloads = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(mvn, ['-B', '-DskipTests', 'package'], {
      cwd: dbDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('Downloaded from')) {
          downloads += 1;
          step.update(`${downloads} artifacts downloaded`);
        }
        if (line.trim()) tail.push(line);
        if (tail.length > 30) tail.shift();
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.on('error', () => {
      step.fail();
      reject(
        new StartupError(
          'maven_missing',
          `Maven ("${mvn}") is needed to build the embedded Neo4j launcher, or set NEO4J_URI to use an external Neo4j.`,
        ),
      );
    });
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) {
    step.fail(`mvn exited with ${code}`);
    throw new StartupError(
      'launcher_build_failed',
      `Building db/ with Maven failed (exit ${code}); last lines:\n${tail.slice(-15).join('\n')}`,
    );
  }
  fs.writeFileSync(path.join(dbDir, STAMP), new Date().toISOString());
  step.done(downloads ? `${downloads} artifacts downloaded` : undefined);
  return true;
}
