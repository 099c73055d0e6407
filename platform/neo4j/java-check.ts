/**
 * Finds the `java` to run the embedded Neo4j with and checks that it is Java 17 or newer,
 * before anything slow happens. It honours JAVA_HOME like the JDK tools do. It does not build
 * or start anything.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { StartupError } from '../startup-error';

export const MIN_JAVA = 17;

export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Extracts the major version from `java -version` output ("1.8.0_292" → 8, "17.0.15" → 17). */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export async function checkJava(command = javaCommand()): Promise<number> {
  const hint = `Java ${MIN_JAVA}+ is needed for the embedded Neo4j, or set NEO4J_URI to use an external Neo4j`;
  const output = await new Promise<string>((resolve, reject) => {
    let text = '';
    const child = spawn(command, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', () =>
      reject(new StartupError('java_missing', `${hint} (no "${command}" found on PATH).`)),
    );
    child.on('close', () => resolve(text));
  });
  const major = parseJavaMajor(output);
  if (major === undefined) {
    throw new StartupError('java_missing', `${hint} ("${command} -version" printed no version).`);
  }
  if (major < MIN_JAVA) {
    throw new StartupError('java_too_old', `${hint} (found Java ${major} at "${command}").`);
  }
  return major;
}
