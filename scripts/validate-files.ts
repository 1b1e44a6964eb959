// Rules about the files of a package rather than their JSON: zendesk_apps_support
// validations/marketplace.rb (symlinks), mime.rb (archives and documents), banner.rb and
// requests.rb (plain-http warnings); the logo rules come from Zendesk's "Create app brand assets"
// page for Marketplace apps, and the layout warning from the zip layout zcli uploads.
import { findInsecureUrls } from './app-bundle.ts';
import { MANIFEST, REQUIREMENTS, error, manifestFacts, warning } from './validate-rules.ts';
import type { AppPackage, JsonObject, Violation } from './validate-rules.ts';

const UNSUPPORTED_EXTENSIONS = new Set(
  'rar zip gz gzip pdf doc docx avi bin bz bz2 csh sh jar mp3 mpeg odt pptx ppt xls xlsx 7z'.split(' '),
);

// zas sniffs content as well as names, so a renamed archive is caught too.
const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['bz2', [0x42, 0x5a, 0x68]],
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Width and height of a PNG, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !startsWith(bytes, PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function unsupportedType(path: string, bytes: Buffer): string | undefined {
  const extension = path.includes('.') ? (path.split('.').pop() ?? '').toLowerCase() : '';
  if (UNSUPPORTED_EXTENSIONS.has(extension)) return `.${extension}`;
  const sniffed = SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  return sniffed === undefined ? undefined : `${sniffed[0]} content`;
}

function isInLayout(path: string): boolean {
  return path === MANIFEST || path === REQUIREMENTS || /^translations\/[^/]+\.json$/.test(path) || path.startsWith('assets/');
}

function bannerProblems(pkg: AppPackage): Violation[] {
  const path = 'assets/banner.png';
  const bytes = pkg.files.get(path);
  if (bytes === undefined) return [];
  const size = pngSize(bytes);
  if (size === undefined) return [error(path, 'must be a PNG file')];
  const fits = (size.width === 830 && size.height === 200) || (size.width === 1660 && size.height === 400);
  return fits ? [] : [error(path, `must be 830x200 or 1660x400 pixels, got ${size.width}x${size.height}`)];
}

const LOGOS = [
  ['logo.png', 320],
  ['logo-small.png', 128],
] as const;

function logoProblems(pkg: AppPackage, manifest: JsonObject): Violation[] {
  const { isPrivate, products } = manifestFacts(manifest);
  const folders = products.length > 1 ? products.map((product) => `assets/${product}/`) : ['assets/'];
  const found: Violation[] = [];
  for (const folder of folders) {
    for (const [name, side] of LOGOS) {
      const path = `${folder}${name}`;
      const bytes = pkg.files.get(path);
      if (bytes === undefined) {
        found.push(
          isPrivate
            ? warning(path, `missing; Zendesk shows a generic icon (a Marketplace app needs a ${side}x${side} PNG)`)
            : error(path, `a Marketplace app needs this ${side}x${side} PNG, and it is missing`),
        );
        continue;
      }
      const size = pngSize(bytes);
      const described = size === undefined ? 'not a PNG' : `${size.width}x${size.height}`;
      if (size?.width !== side || size.height !== side) {
        const message = `must be a ${side}x${side} PNG, got ${described}`;
        found.push(isPrivate ? warning(path, message) : error(path, message));
      }
    }
  }
  return found;
}

/** Rules that need only the file list (symlinks, file types, the banner). */
export function checkFiles(pkg: AppPackage): Violation[] {
  const found: Violation[] = pkg.symlinks.map((path) => error(path, 'is a symlink; Zendesk rejects packages that contain symlinks'));
  for (const [path, bytes] of pkg.files) {
    const type = unsupportedType(path, bytes);
    if (type !== undefined) found.push(error(path, `${type} is a file type Zendesk does not accept in an app package`));
  }
  return [...found, ...bannerProblems(pkg)];
}

/** Rules that read the manifest as well: logos, the layout, insecure requests. */
export function checkAssets(pkg: AppPackage, manifest: JsonObject): Violation[] {
  const found = logoProblems(pkg, manifest);
  for (const [path, bytes] of pkg.files) {
    if (!isInLayout(path)) {
      found.push(warning(path, 'is outside the app layout (manifest.json, requirements.json, translations/*.json, assets/)'));
    }
    if (/\.(jsx?|mjs|html?)$/.test(path)) {
      for (const url of findInsecureUrls(bytes.toString('utf8'))) {
        found.push(warning(path, `requests ${url} over plain http; use https`));
      }
    }
  }
  return found;
}
