/**
 * The Python tools some integration tests use as independent readers and fuzzers (schemathesis
 * against the OpenAPI document; networkx for GraphML and GEXF), in a virtual environment under
 * `.scratch/` that the test set-up creates from PyPI with pinned versions
 * (python-requirements.txt). Installed once: a marker holding the requirements it was built
 * from lets later runs reuse it, and a changed pin rebuilds it. A lock directory keeps two test
 * runs in the same tree from installing into it at once. Not for the app: nothing outside
 * `test/` imports this.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const ROOT = path.resolve(import.meta.dirname, '../..');
export const PYTHON_VENV = path.join(ROOT, '.scratch/venv-test');
const REQUIREMENTS = path.join(import.meta.dirname, 'python-requirements.txt');
const MARKER = path.join(PYTHON_VENV, '.installed-requirements');
const LOCK = `${PYTHON_VENV}.lock`;
const LOCK_WAIT_MS = 10 * 60_000;

/** The venv's interpreter: python3 with networkx. */
export const PYTHON = path.join(PYTHON_VENV, 'bin/python');
/** The schemathesis CLI (SCHEMATHESIS overrides it, e.g. for a system-wide install). */
export const SCHEMATHESIS = process.env.SCHEMATHESIS ?? path.join(PYTHON_VENV, 'bin/schemathesis');

/** One line for the person at the terminal: what is missing and how to get it. */
export class PythonToolsError extends Error {
  override name = 'PythonToolsError';
}

function isInstalled(requirements: string): boolean {
  try {
    return fs.existsSync(PYTHON) && fs.readFileSync(MARKER, 'utf8') === requirements;
  } catch {
    return false;
  }
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' | ');
}

async function checkPython3(): Promise<void> {
  try {
    await run('python3', ['--version']);
  } catch {
    throw new PythonToolsError(
      'test set-up: python3 not found on PATH; the integration tests need it for schemathesis and networkx: install Python 3.10+ with venv (Debian: apt-get install python3 python3-venv)',
    );
  }
  try {
    await run('python3', ['-c', 'import venv, ensurepip']);
  } catch {
    throw new PythonToolsError(
      'test set-up: python3 cannot create a virtual environment (no venv/ensurepip module): install it (Debian: apt-get install python3-venv)',
    );
  }
}

async function install(requirements: string): Promise<void> {
  await checkPython3();
  const pins = requirements
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .join(', ');
  console.log(`[test set-up] installing ${pins} into ${path.relative(ROOT, PYTHON_VENV)} (once)`);
  fs.rmSync(PYTHON_VENV, { recursive: true, force: true });
  try {
    await run('python3', ['-m', 'venv', PYTHON_VENV]);
  } catch (error) {
    throw new PythonToolsError(
      `test set-up: python3 -m venv ${PYTHON_VENV} failed (${lastLines((error as { stderr?: string }).stderr ?? String(error), 2)}): install python3-venv (Debian: apt-get install python3-venv)`,
    );
  }
  try {
    await run(
      PYTHON,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    throw new PythonToolsError(
      `test set-up: pip could not install ${pins} from PyPI into ${PYTHON_VENV} (${lastLines((error as { stderr?: string }).stderr ?? String(error), 3)}): check the network or a proxy (PIP_INDEX_URL)`,
    );
  }
  fs.writeFileSync(MARKER, requirements);
}

function lockHolderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function withLock<T>(action: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A run killed mid-install leaves its lock behind; its pid tells.
      if (!lockHolderAlive()) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) {
        throw new PythonToolsError(
          `test set-up: another test run has been installing into ${PYTHON_VENV} for 10 minutes; if none is running, remove ${LOCK}`,
        );
      } else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Creates or reuses the venv with the pinned tools; throws a PythonToolsError to fix. */
export async function ensurePythonTools(): Promise<void> {
  const requirements = fs.readFileSync(REQUIREMENTS, 'utf8');
  if (isInstalled(requirements)) return;
  await withLock(async () => {
    // Another run may have finished the install while this one waited for the lock.
    if (!isInstalled(requirements)) await install(requirements);
  });
}
