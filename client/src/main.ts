/**
 * Client entry: mounts the app shell and keeps the header's status line in step with
 * `/api/health`. Views are mounted into the shell's canvas and side panel by later modules.
 */
import './styles.css';
import { getHealth } from './api';
import { mountWorkbench } from './workbench';
import { createFallbackGraph } from './workbench/fallback-graph';
import { mountExportMenu } from './export/menu';
import { cyExportContext, type QuerySource } from './export/context';

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

// Cypher workbench, docked left of the canvas; the header button shows or hides it. Until the
// explorer canvas provides its own hook, results are drawn by the workbench's fallback graph.
const appMain = document.querySelector<HTMLElement>('.app-main');
const canvasArea = document.getElementById('canvas');
if (appMain && canvasArea) {
  const dock = document.createElement('section');
  dock.id = 'workbench';
  dock.className = 'workbench-area';
  dock.setAttribute('aria-label', 'Cypher workbench');
  appMain.prepend(dock);
  const fallback = createFallbackGraph(canvasArea);
  let lastQuery: QuerySource | null = null;
  mountWorkbench(dock, {
    showElements: (elements, mode, source) => {
      fallback.show(elements, mode);
      lastQuery = source ?? null;
    },
  });
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'header-button';
  toggle.textContent = 'Cypher';
  toggle.setAttribute('aria-pressed', 'true');
  toggle.addEventListener('click', () => {
    dock.hidden = !dock.hidden;
    toggle.setAttribute('aria-pressed', String(!dock.hidden));
  });
  document.querySelector('.app-header .brand')?.after(toggle);
  // Export menu over the fallback graph until the explorer toolbar mounts it itself.
  const exportHost = document.createElement('div');
  toggle.after(exportHost);
  mountExportMenu(exportHost, cyExportContext(fallback.core, { lastQuery: () => lastQuery }));
}
