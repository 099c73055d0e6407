import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkJava, parseJavaMajor } from './java-check';
import { StartupError } from '../startup-error';

function fakeJava(versionLine: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-java-'));
  const file = path.join(dir, 'java');
  fs.writeFileSync(file, `#!/bin/sh\necho '${versionLine}' >&2\n`, { mode: 0o755 });
  return file;
}

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "21" 2023-09-19', 21],
  ])('reads %s as Java %i', (line, major) => {
    expect(parseJavaMajor(line)).toBe(major);
  });
});

describe('checkJava', () => {
  it('accepts the Java on this machine (17 or newer)', async () => {
    expect(await checkJava()).toBeGreaterThanOrEqual(17);
  });

  it('fails with java_missing when there is no java command', async () => {
    await expect(checkJava('/nonexistent/bin/java')).rejects.toMatchObject({
      code: 'java_missing',
    });
  });

  it('fails with java_too_old for Java 11', async () => {
    const error = await checkJava(fakeJava('openjdk version "11.0.2" 2019-01-15')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect(error).toMatchObject({ code: 'java_too_old' });
  });
});
