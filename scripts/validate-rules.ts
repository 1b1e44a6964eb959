// Shared vocabulary of the app validator. The tables mirror zendesk/zendesk_apps_support
// (lib/zendesk_apps_support/{product,location,app_version}.rb, manifest/parameter.rb,
// validations/translations.rb), the Ruby library Zendesk runs when an app is uploaded.

export type Level = 'error' | 'warning';

export interface Violation {
  readonly level: Level;
  /** Package-relative path of the file at fault. */
  readonly file: string;
  readonly message: string;
}

export const error = (file: string, message: string): Violation => ({ level: 'error', file, message });
export const warning = (file: string, message: string): Violation => ({ level: 'warning', file, message });

export function formatViolation(violation: Violation): string {
  const text = `${violation.file}: ${violation.message}`;
  return violation.level === 'warning' ? `warning: ${text}` : text;
}

/** A package read into memory: its regular files and the symlinks found while walking it. */
export interface AppPackage {
  readonly files: ReadonlyMap<string, Buffer>;
  readonly symlinks: readonly string[];
}

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value reads in a message: its JSON type and, when short, the value itself. */
export function describe(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type === 'object' || type === 'array') return type;
  const shown = JSON.stringify(value);
  return shown.length > 40 ? type : `${type} ${shown}`;
}

export const MANIFEST = 'manifest.json';
export const REQUIREMENTS = 'requirements.json';

/** Products and the location names each accepts (zas product.rb, location.rb). */
export const LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  support: [
    'top_bar',
    'nav_bar',
    'ticket_sidebar',
    'new_ticket_sidebar',
    'user_sidebar',
    'organization_sidebar',
    'background',
    'modal',
    'ticket_editor',
    'system_top_bar',
  ],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: [
    'deal_card',
    'person_card',
    'company_card',
    'lead_card',
    'background',
    'modal',
    'dashboard',
    'note_editor',
    'call_log_editor',
    'email_editor',
    'top_bar',
    'visit_editor',
  ],
};

/** Older product names the manifest still accepts for the products above. */
export const LEGACY_PRODUCT_NAMES: Readonly<Record<string, string>> = {
  zendesk: 'support',
  zopim: 'chat',
  lotus_box: 'standalone_chat',
};

/** Framework versions Zendesk serves (zas app_version.rb TO_BE_SERVED). */
export const FRAMEWORK_VERSIONS: readonly string[] = ['2.0'];

/** Parameter types; zas also knows `mtls`, accepted only for accounts with a feature flag. */
export const PARAMETER_TYPES: readonly string[] = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];

export const VALID_LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;

/** The manifest flags that change which rules apply. */
export interface ManifestFacts {
  readonly requirementsOnly: boolean;
  readonly marketingOnly: boolean;
  /** zas treats a manifest without `private` as private. */
  readonly isPrivate: boolean;
  readonly defaultLocale: string | undefined;
  /** Products named in `location`, after legacy names are mapped. */
  readonly products: readonly string[];
}

export function manifestFacts(manifest: JsonObject): ManifestFacts {
  const location = manifest['location'];
  const products = isObject(location)
    ? Object.keys(location)
        .map((name) => LEGACY_PRODUCT_NAMES[name] ?? name)
        .filter((name) => name in LOCATIONS)
    : ['support'];
  const defaultLocale = manifest['defaultLocale'];
  return {
    requirementsOnly: manifest['requirementsOnly'] === true,
    marketingOnly: manifest['marketingOnly'] === true,
    isPrivate: manifest['private'] !== false,
    defaultLocale: typeof defaultLocale === 'string' ? defaultLocale : undefined,
    products: [...new Set(products)],
  };
}
