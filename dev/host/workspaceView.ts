import type { WorkbenchState } from './state.ts';

/** Dresses the workbench page as the agent workspace in `state`: its scheme and the apps column's width. */
export function showWorkspace(root: HTMLElement, state: Pick<WorkbenchState, 'scheme' | 'width'>): void {
  root.dataset['scheme'] = state.scheme;
  root.style.setProperty('--sidebar-width', `${state.width}px`);
}
