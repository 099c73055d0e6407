/**
 * A page for test/browser/teardown.test.ts: the explorer and the workbench, mounted and torn
 * down on demand (`window.mountViews()`, `window.unmountViews()`), so the test can compare the
 * listeners on window and document before mounting and after the teardowns. Not the app's
 * entry (client/src/main.ts): no header, health line or export menu.
 */
import { mountExplorer } from '../../../client/src/explorer';
import { mountWorkbench } from '../../../client/src/workbench';

const byId = (id: string) => document.getElementById(id)!;

Object.assign(window, {
  mountViews() {
    const explorer = mountExplorer(byId('canvas'), byId('panel'));
    const closeWorkbench = mountWorkbench(byId('workbench'), {
      showElements: (elements, mode, source) => explorer.showElements(elements, mode, source),
    });
    Object.assign(window, {
      unmountViews() {
        closeWorkbench();
        explorer.teardown();
      },
    });
  },
});
