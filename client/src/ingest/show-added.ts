/**
 * After a job: draws the new events with their speakers (and the places and articles they
 * hang on) onto the explorer's canvas, added to what is there, and selects them, so the
 * analyst sees at once what the batch brought. The elements come from the read-only Cypher
 * endpoint with the job's ids as parameters.
 */
import type { Core } from 'cytoscape';
import type { CanvasElements } from '../explorer/canvas';
import { workbenchApi } from '../workbench/api';
import type { Added } from './dialog';

const QUERY = `MATCH (e:Event) WHERE e.id IN $events
OPTIONAL MATCH (p:Person)-[s:SPOKE_AT]->(e)
OPTIONAL MATCH (e)-[h:HELD_IN]->(pl:Place)
RETURN e, s, p, h, pl`;

/** Waits (a few frames, at most ~3 s) until the canvas holds `ids`, then selects them. */
function selectWhenDrawn(cy: () => Core, ids: string[], tries = 60): void {
  const core = cy();
  const present = ids.filter((id) => core.getElementById(id).nonempty());
  if (present.length < ids.length && tries > 0) {
    setTimeout(() => selectWhenDrawn(cy, ids, tries - 1), 50);
    return;
  }
  core.elements().unselect();
  for (const id of present) core.getElementById(id).select();
}

export async function showAdded(
  added: Added,
  showElements: (elements: CanvasElements, mode: 'replace' | 'add') => void,
  cy: () => Core,
): Promise<void> {
  if (added.events.length === 0) return;
  const result = await workbenchApi.run(QUERY, { events: added.events });
  showElements(result.elements, 'add');
  selectWhenDrawn(cy, [...added.events, ...added.people]);
}
