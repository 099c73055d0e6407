/**
 * A layout worker request for the unit tests beside it: `count` nodes of 30×30 at the origin,
 * `pairs` (source, target indexes, flat) as edges, the force layout. Test support only.
 */
import { BOX_STRIDE, type LayoutRequest, type LayoutSettings } from './protocol';

export function testRequest(
  count: number,
  pairs: number[],
  settings: Partial<LayoutSettings> = {},
): LayoutRequest {
  const boxes = new Float64Array(count * BOX_STRIDE);
  for (let i = 0; i < count; i++) boxes.set([30, 30, 0, 0], i * BOX_STRIDE);
  return {
    type: 'run',
    job: 1,
    name: 'fcose',
    ids: Array.from({ length: count }, (_, i) => `n${i}`),
    boxes,
    positions: new Float64Array(count * 2),
    locked: new Uint8Array(count),
    edges: new Uint32Array(pairs),
    settings: { fit: true, randomize: true, aspect: 1.6, includeLabels: false, ...settings },
  };
}
