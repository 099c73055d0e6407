/**
 * A terminal progress bar for loads: a redrawn bar with percentage and rate on a TTY, a plain
 * line every few seconds otherwise (CI logs, pipes) and after the first committed transaction, so a long load always shows it is alive.
 */
import type { LoadProgress } from '../../platform/load/load-graph';

export function progressBar(
  title: string,
  out: NodeJS.WriteStream = process.stderr,
): { update(progress: LoadProgress): void; finish(): void } {
  const started = Date.now();
  let lastPlain = 0;
  let drawn = false;
  return {
    update({ done, total, chunk, chunks }) {
      const fraction = total === 0 ? 1 : done / total;
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      const text = `${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} elements, transaction ${chunk}/${chunks}, ${rate} elements/s`;
      if (out.isTTY) {
        const width = 28;
        const filled = Math.round(fraction * width);
        out.write(`\r${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
        drawn = true;
      } else if (Date.now() - lastPlain > 3000 || done === total || chunk === 1) {
        lastPlain = Date.now();
        out.write(`${title}: ${text}\n`);
      }
    },
    finish() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
