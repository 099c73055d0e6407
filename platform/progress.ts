/**
 * Human progress lines for long start-up steps (building the launcher, downloading Neo4j,
 * starting the database): says what is happening and, every few seconds, that it is still
 * alive. Not a logger: it writes plain text to stdout for the person who typed `npm start`.
 */

export interface Step {
  /** Replace the detail shown after the step's title (e.g. "57 artifacts downloaded"). */
  update(detail: string): void;
  done(detail?: string): void;
  fail(detail?: string): void;
}

export function startStep(title: string, out: NodeJS.WritableStream = process.stdout): Step {
  const started = Date.now();
  let detail = '';
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  out.write(`• ${title}…\n`);
  const timer = setInterval(() => {
    out.write(`  … ${title}: still working (${elapsed()})${detail ? `, ${detail}` : ''}\n`);
  }, 5000);
  timer.unref();
  return {
    update(next) {
      detail = next;
    },
    done(final) {
      clearInterval(timer);
      out.write(`✓ ${title} (${elapsed()})${final ? `: ${final}` : ''}\n`);
    },
    fail(final) {
      clearInterval(timer);
      out.write(`✗ ${title} (${elapsed()})${final ? `: ${final}` : ''}\n`);
    },
  };
}
