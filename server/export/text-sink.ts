/**
 * Buffered, back-pressured text output for the streaming writers: small strings are gathered
 * into chunks of about 64 KiB, and a full chunk waits for the destination to drain, so a slow
 * client slows the Neo4j read instead of growing memory. Not a general stream utility.
 */
import type { Writable } from 'node:stream';

const CHUNK = 64 * 1024;

export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  /** Appends text; resolves at once unless a chunk had to wait for the destination. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.destroyed) throw new Error('export: the destination was closed');
    if (!this.out.write(chunk)) await drained(this.out);
  }

  /** Flushes and ends the destination. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => this.out.end(resolve));
  }
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('export: the destination was closed'));
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', done);
  });
}
