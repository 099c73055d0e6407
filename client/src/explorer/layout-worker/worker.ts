/**
 * The layout worker: answers a run request with the positions lay-out.ts computes, posting
 * the phase it is in as it goes and, for a layout that has them (ForceAtlas2), the positions
 * so far, which a Cancel keeps. Not here: the layout itself (lay-out.ts), reading the canvas
 * or applying the result (client.ts).
 */
import './worker-globals';
import { layOut } from './lay-out';
import type { LayoutReply, LayoutRequest } from './protocol';

const post = (reply: LayoutReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const started = performance.now();
  try {
    const positions = layOut(request, {
      phase: (phase, step) => post({ type: 'progress', job: request.job, phase, step }),
      partial: (partial) =>
        post({ type: 'partial', job: request.job, positions: partial }, [partial.buffer]),
    });
    post(
      { type: 'done', job: request.job, positions, ms: Math.round(performance.now() - started) },
      [positions.buffer],
    );
  } catch (error) {
    post({ type: 'error', job: request.job, message: (error as Error).message });
  }
});
