import type { TestProject } from 'vitest/node';
import { startWorkbench } from '../../../dev/workbench-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    workbenchUrl: string;
  }
}

/** Builds the app as it ships (workbench mode accepts the localhost host) and serves the workbench once. */
export default async function setup(project: TestProject) {
  const workbench = await startWorkbench({ app: 'built', quiet: true });
  project.provide('workbenchUrl', workbench.hostUrl);
  return () => workbench.close();
}
