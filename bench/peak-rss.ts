/**
 * This process's peak resident memory over one stretch of synchronous work, for benchmarks whose
 * work never yields to a timer (so sampling on an interval, as bench/seed.ts does around async
 * loads, would see nothing). On Linux the kernel's high-water mark (VmHWM) is reset by writing
 * 5 to /proc/self/clear_refs and read back afterwards, which catches peaks inside a call;
 * elsewhere the peak is the largest RSS sampled wherever the caller calls `sample()`. Not a
 * memory profiler: it says how much, not what.
 */
import fs from 'node:fs';

export class PeakRss {
  private sampled = 0;
  private readonly kernelMark: boolean;

  /** Starts a stretch: from here on the peak is this stretch's. */
  constructor() {
    let reset = false;
    try {
      fs.writeFileSync('/proc/self/clear_refs', '5');
      reset = true;
    } catch {
      // Not Linux, or a kernel or sandbox that refuses: fall back to sampling.
    }
    this.kernelMark = reset;
    this.sample();
  }

  /** Whether the peak includes what happened inside calls, not only between them. */
  get exact(): boolean {
    return this.kernelMark;
  }

  sample(): void {
    this.sampled = Math.max(this.sampled, process.memoryUsage.rss());
  }

  /** The peak since construction, in MiB. */
  peakMb(): number {
    this.sample();
    let peak = this.sampled;
    if (this.kernelMark) {
      const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb) * 1024);
    }
    return peak / 2 ** 20;
  }
}
