/**
 * The result table: one column per returned key, sortable by clicking a header (again to
 * reverse), copyable as tab-separated text (pastes into spreadsheets) or as JSON. Cell text is
 * set with textContent: values come from ingested documents.
 */
import type { QueryResult, TypedJson } from './api';
import { formatValue, idsOf, sortKey } from './format-value';

export interface ResultsTable {
  show(result: Pick<QueryResult, 'columns' | 'rows'>): void;
  clear(): void;
  /** Tab-separated text of what is shown, in the shown order. */
  asTsv(): string;
  teardown(): void;
}

export function createResultsTable(container: HTMLElement): ResultsTable {
  const wrap = document.createElement('div');
  wrap.className = 'wb-table-wrap';
  const toolbar = document.createElement('div');
  toolbar.className = 'wb-table-tools';
  const copyTsv = document.createElement('button');
  copyTsv.type = 'button';
  copyTsv.textContent = 'Copy table';
  copyTsv.title = 'Copy as tab-separated text (pastes into a spreadsheet)';
  const copyJson = document.createElement('button');
  copyJson.type = 'button';
  copyJson.textContent = 'Copy JSON';
  const copied = document.createElement('span');
  copied.className = 'wb-copied';
  copied.setAttribute('role', 'status');
  toolbar.append(copyTsv, copyJson, copied);
  const table = document.createElement('table');
  table.className = 'wb-table';
  wrap.append(toolbar, table);
  container.append(wrap);
  wrap.hidden = true;

  let columns: string[] = [];
  let rows: TypedJson[][] = [];
  let sort: { column: number; descending: boolean } | undefined;

  const ordered = () => {
    if (!sort) return rows;
    const { column, descending } = sort;
    return [...rows].sort((a, b) => {
      const x = sortKey(a[column] ?? null);
      const y = sortKey(b[column] ?? null);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
  };

  function render(): void {
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    columns.forEach((name, index) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      th.tabIndex = 0;
      th.dataset.column = String(index);
      if (sort?.column === index) {
        th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
        th.textContent = `${name} ${sort.descending ? '▼' : '▲'}`;
      }
      head.append(th);
    });
    const body = table.createTBody();
    for (const row of ordered()) {
      const tr = body.insertRow();
      for (const value of row) {
        const td = tr.insertCell();
        const text = formatValue(value);
        td.textContent = text.length > 300 ? `${text.slice(0, 297)}…` : text;
        // The cell names nodes and relationships; their ids stay a hover away (and in Copy JSON).
        const ids = idsOf(value);
        if (ids) td.dataset.id = ids;
        const title = [ids, text.length > 300 ? text : null].filter(Boolean).join('\n');
        if (title) td.title = title;
      }
    }
  }

  const onHeader = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    const th = (event.target as HTMLElement).closest('th');
    if (!th?.dataset.column) return;
    const column = Number(th.dataset.column);
    sort =
      sort?.column === column
        ? { column, descending: !sort.descending }
        : { column, descending: false };
    render();
  };
  table.addEventListener('click', onHeader);
  table.addEventListener('keydown', onHeader);

  const asTsv = () =>
    [columns, ...ordered().map((row) => row.map(formatValue))]
      .map((cells) => cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t'))
      .join('\n');

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      copied.textContent = 'Copied';
    } catch {
      // No clipboard permission: select the text so Ctrl-C works.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      copied.textContent = ok ? 'Copied' : 'Copy failed';
    }
    setTimeout(() => (copied.textContent = ''), 1500);
  }
  const onCopyTsv = () => void copy(asTsv());
  const onCopyJson = () => void copy(JSON.stringify({ columns, rows: ordered() }, null, 2));
  copyTsv.addEventListener('click', onCopyTsv);
  copyJson.addEventListener('click', onCopyJson);

  return {
    show(result) {
      columns = result.columns;
      rows = result.rows;
      sort = undefined;
      wrap.hidden = columns.length === 0;
      render();
    },
    clear() {
      columns = [];
      rows = [];
      wrap.hidden = true;
      table.replaceChildren();
    },
    asTsv,
    teardown() {
      table.removeEventListener('click', onHeader);
      table.removeEventListener('keydown', onHeader);
      copyTsv.removeEventListener('click', onCopyTsv);
      copyJson.removeEventListener('click', onCopyJson);
      wrap.remove();
    },
  };
}
