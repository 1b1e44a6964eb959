import { build } from 'vite';
import type { Rollup } from 'vite';
import { readPackage } from '../scripts/vite-app-layout.ts';
import { ENTRY_PAGE } from '../scripts/vite-app-layout.ts';
import { sizeReport, sizeRow, totalOf } from '../scripts/app-bundle.ts';

export interface Sizes {
  firstLoad: { raw: number; gzip: number; files: number };
  /** All the code (HTML, JS, CSS) an agent working in one language can ever load. */
  oneLanguage: { raw: number; gzip: number; files: number };
  /** Everything in the zip: every language's strings, the manifest, translations and logos. */
  wholePackage: { raw: number; gzip: number; files: number };
  /** The whole package's parts besides oneLanguage. */
  otherLanguages: { raw: number; gzip: number; files: number };
  images: { raw: number; gzip: number; files: number };
  manifestAndTranslations: { raw: number; gzip: number; files: number };
}

const OTHER_LOCALE = /\/src\/i18n\/locales\/(?!en\/)[^/]+\//;

function isOtherLocaleChunk(output: Rollup.OutputChunk | Rollup.OutputAsset): boolean {
  return output.type === 'chunk' && output.moduleIds.length > 0 && output.moduleIds.every((id) => OTHER_LOCALE.test(id));
}

/** Builds the app as shipped (npm run build) and measures it. */
export async function measureSizes(): Promise<Sizes> {
  const result = await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'silent' });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const otherLocales = new Set(outputs.filter(isOtherLocaleChunk).map((output) => `assets/${output.fileName}`));
  const files = await readPackage('dist');
  const report = sizeReport(files, ENTRY_PAGE);
  const code = files.filter((file) => /^assets\/.*\.(js|css|html)$/.test(file.path) && !otherLocales.has(file.path));
  const total = (test: (path: string) => boolean) => totalOf(files.filter((file) => test(file.path)).map(sizeRow));
  return {
    firstLoad: report.firstLoad,
    oneLanguage: totalOf(code.map(sizeRow)),
    wholePackage: report.package,
    otherLanguages: total((path) => otherLocales.has(path)),
    images: total((path) => /^assets\/.*\.(png|svg)$/.test(path)),
    manifestAndTranslations: total((path) => !path.startsWith('assets/')),
  };
}
