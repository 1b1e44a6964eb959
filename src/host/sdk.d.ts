declare module 'zendesk_app_framework_sdk' {
  export interface ZafSdkClient {
    on(name: string, handler: (data: unknown) => void): void;
    off(name: string, handler: (data: unknown) => void): void;
    get(path: string | string[]): Promise<Record<string, unknown>>;
    set(path: string, value: unknown): Promise<Record<string, unknown>>;
    invoke(name: string, ...args: unknown[]): Promise<Record<string, unknown>>;
    request(options: Record<string, unknown>): Promise<unknown>;
    metadata(): Promise<unknown>;
    context(): Promise<unknown>;
  }
  const ZAFClient: { init(callback?: (context: unknown) => void): ZafSdkClient | false };
  export default ZAFClient;
}

declare const __DEV_HOSTS__: boolean;
