import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../zendesk/index.ts';
import { locationsFor } from './state.ts';

const docs = readFileSync(new URL('../../docs/workbench.md', import.meta.url), 'utf8');

/** `many-tickets` → "Many tickets". */
function idInWords(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

describe('scenario names', () => {
  it('give every scenario a label that starts with its id in words', () => {
    for (const scenario of scenarios) expect(scenario.label.startsWith(`${idInWords(scenario.name)}: `), scenario.name).toBe(true);
  });

  it('are listed in docs/workbench.md, every one with its label and locations', () => {
    for (const scenario of scenarios) {
      const where = locationsFor(scenario).map((location) => `\`${location}\``).join(', ');
      expect(docs, scenario.name).toContain(`| \`${scenario.name}\` | ${scenario.label} | ${where} |`);
    }
  });

  it('lists no scenario in docs/workbench.md that the account does not have', () => {
    const listed = [...docs.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(scenarios.map((s) => s.name).sort());
  });
});
