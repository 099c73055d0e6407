/**
 * Client entry: mounts the app shell and keeps the header's status line in step with
 * `/api/health`. Views are mounted into the shell's canvas and side panel by later modules.
 */
import './styles.css';
import { getHealth } from './api';

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
