/**
 * Client entry: mounts the app shell and keeps the header's status line in step with
 * `/api/health`. Views are mounted into the shell's canvas and side panel by later modules.
 */
import './styles.css';
import { getHealth } from './api';
import { mountWorkbench } from './workbench';
import { mountExportMenu } from './export/menu';
import { mountExplorer } from './explorer';
import { mountReviewPane } from './explorer/corrections/review-pane';
import { syncCanvasWithCorrections } from './explorer/corrections/canvas-sync';

const CYPHER_OPEN_KEY = 'explorer.cypherOpen';

function renderStatus(element: HTMLElement, connected: boolean, text: string): void {
  element.replaceChildren();
  const dot = document.createElement('span');
  dot.className = `dot ${connected ? 'ok' : 'bad'}`;
  element.append(dot, document.createTextNode(text));
}

async function refreshHealth(element: HTMLElement): Promise<void> {
  try {
    const health = await getHealth();
    renderStatus(
      element,
      health.neo4j.connected,
      health.neo4j.connected
        ? `Neo4j ${health.neo4j.version} (${health.neo4j.mode})`
        : `Neo4j unavailable (${health.neo4j.mode})`,
    );
  } catch {
    renderStatus(element, false, 'Server unreachable');
  }
}

const status = document.getElementById('status');
if (status) {
  void refreshHealth(status);
  setInterval(() => void refreshHealth(status), 10_000);
}

// The explorer owns the canvas and the details panel; the Cypher workbench, docked left of
// the canvas, draws its results there. The dock starts closed so the first view is the graph
// (open it with the header button, `?cypher=1`, or a shared query link).
const appMain = document.querySelector<HTMLElement>('.app-main');
const canvasArea = document.getElementById('canvas');
const panel = document.getElementById('panel');
if (appMain && canvasArea && panel) {
  const params = new URLSearchParams(location.search);
  const webgl = params.get('webgl');
  const explorer = mountExplorer(canvasArea, panel, {
    webgl:
      webgl === '1' || webgl === 'on' ? 'on' : webgl === '0' || webgl === 'off' ? 'off' : 'auto',
  });
  const dock = document.createElement('section');
  dock.id = 'workbench';
  dock.className = 'workbench-area';
  dock.setAttribute('aria-label', 'Cypher workbench');
  dock.hidden = !(
    params.get('cypher') === '1' ||
    params.has('query') ||
    localStorage.getItem(CYPHER_OPEN_KEY) === 'true'
  );
  appMain.prepend(dock);
  mountWorkbench(dock, {
    showElements: (elements, mode, source) => explorer.showElements(elements, mode, source),
  });
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'header-button';
  toggle.textContent = 'Cypher';
  toggle.setAttribute('aria-pressed', String(!dock.hidden));
  toggle.addEventListener('click', () => {
    dock.hidden = !dock.hidden;
    toggle.setAttribute('aria-pressed', String(!dock.hidden));
    localStorage.setItem(CYPHER_OPEN_KEY, String(!dock.hidden));
    // The canvas changed size: let Cytoscape measure it again.
    explorer.exportContext().cy().resize();
  });
  document.querySelector('.app-header .brand')?.after(toggle);
  mountReviewPane(toggle);
  syncCanvasWithCorrections(() => explorer.exportContext().cy());
  mountExportMenu(explorer.exportSlot, explorer.exportContext());
}
