/** A value read from Zendesk, as one section of the panel sees it. */
export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

export const LOADING: Load<never> = { status: 'loading' };
