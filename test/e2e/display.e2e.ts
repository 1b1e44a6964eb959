import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, people } from '../../dev/zendesk/index.ts';
import { stringsOf } from './support/strings.ts';
import type { WorkbenchPage } from './support/workbench.ts';
import { useWorkbench } from './support/workbench.ts';
import { selectAllDuplicates } from './support/merge.ts';
import { settled } from './support/settled.ts';

const open = useWorkbench();
const seed = createAccount();

// Where values and sentences naming them are shown; the same selectors before and after values
// had a component of their own, so the check does not depend on how they are made.
const SHOWN = [
  '.identity__value', '.duplicate__name', '.duplicate__detail', '[data-reason]', '.merge-option__name',
  '.merge-option__detail', '.merge-column__name', '.merge-identities__value', 'dialog h2', 'dialog p',
].join(', ');

interface Rendered {
  text: string;
  /** The text of each line as Chromium laid it out, read from the characters' boxes. */
  lines: string[];
}

/** Every shown value in the app, line by line as rendered. */
async function renderedLines(frame: Frame, selector = SHOWN): Promise<Rendered[]> {
  return frame.evaluate((query) => [...document.querySelectorAll(query)].map((element) => {
    const lines: string[] = [];
    let top: number | null = null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getClientRects()[0];
        const char = text[index] ?? '';
        if (box && box.width > 0 && (top === null || box.top > top + box.height / 2)) lines.push('');
        if (box && box.width > 0) top = box.top;
        if (lines.length > 0) lines[lines.length - 1] += char;
      }
    }
    return { text: element.textContent ?? '', lines };
  }), selector);
}

/** A line may end between words, after "@" or "/", or before a dot; anywhere else is mid-word. */
function badBreaks(shown: readonly Rendered[]): string[] {
  const bad: string[] = [];
  for (const { lines } of shown) {
    for (let index = 1; index < lines.length; index++) {
      const before = (lines[index - 1] ?? '').at(-1) ?? '';
      const after = (lines[index] ?? '').at(0) ?? '';
      const ok = /\s/.test(before) || /\s/.test(after) || before === '@' || before === '/' || after === '.';
      if (!ok) bad.push(`${lines[index - 1] ?? ''} / ${lines[index] ?? ''}`);
    }
  }
  return bad;
}

/**
 * The emails (words of several pieces) in `selector` that fit on a line of their own and yet
 * were broken: each is measured on one line, beside the width of the block it is drawn in.
 */
async function brokenThoughFitting(frame: Frame, selector: string): Promise<string[]> {
  return frame.evaluate((query) => [...document.querySelectorAll(`${query} .value__word`)].flatMap((word) => {
    let block = word.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return [];
    const style = getComputedStyle(block);
    const line = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const probe = document.createElement('span');
    probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap;';
    probe.textContent = word.textContent;
    word.parentElement?.append(probe);
    const natural = probe.getBoundingClientRect().width;
    probe.remove();
    const range = document.createRange();
    range.selectNodeContents(word);
    const tops = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
    return natural <= line && tops.size > 1 ? [word.textContent ?? ''] : [];
  }), selector);
}

async function expectReadableBreaks(wb: WorkbenchPage, selector = SHOWN): Promise<Rendered[]> {
  const shown = await renderedLines(await wb.frame(), selector);
  expect(badBreaks(shown)).toEqual([]);
  return shown;
}

const wrapped = (shown: readonly Rendered[]) => shown.filter((item) => item.lines.length > 1).length;

describe('long values', () => {
  it('break only between words, after @ and before dots: identities, search, comparison and dialogs', async () => {
    let wraps = 0;
    const list = await open({ scenario: 'many-identities', role: 'agent' });
    await list.app.locator('[data-identity-id]').first().waitFor();
    wraps += wrapped(await expectReadableBreaks(list));

    const wb = await open({ scenario: 'ordinary', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    wraps += wrapped(await expectReadableBreaks(wb));
    const email = 'dana.whitfield@harborpine.example';
    await settled(wb.page);
    await wb.app.getByRole('button', { name: `Actions for ${email}` }).click();
    await wb.app.getByRole('button', { name: `Remove ${email}` }).click();
    await wb.app.getByRole('dialog').waitFor();
    wraps += wrapped(await expectReadableBreaks(wb));
    await wb.app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    const merge = await open({ scenario: 'duplicates', role: 'agent' });
    await merge.app.getByRole('heading', { level: 1, name: seed.getUser(people.zoe)?.name ?? '' }).waitFor();
    await merge.app.getByRole('button', { name: 'Merge into another user…' }).click();
    const box = merge.app.getByRole('combobox', { name: 'User to merge into' });
    await box.pressSequentially('zoelindqvist', { delay: 40 });
    await merge.app.getByRole('option').first().waitFor();
    wraps += wrapped(await expectReadableBreaks(merge));
    await box.press('ArrowDown');
    await box.press('Enter');
    await merge.app.getByRole('heading', { name: 'Compare before merging' }).waitFor();
    await merge.app.getByRole('region', { name: 'Kept' }).locator('.merge-identities__value').first().waitFor();
    wraps += wrapped(await expectReadableBreaks(merge));
    // Without long values that wrap, the check above would prove nothing.
    expect(wraps).toBeGreaterThan(2);
  });

  it('keeps an email in the batch confirmation\'s headings whole on the next line when it fits there', async () => {
    const wb = await open({ scenario: 'several-accounts', role: 'agent' });
    await selectAllDuplicates(wb);
    await wb.app.getByRole('button', { name: 'Merge…' }).click();
    await wb.app.getByRole('dialog').locator('.merge-batch-plan__name').first().waitFor();
    await wb.screenshot('merge-batch-confirm');
    const shown = await expectReadableBreaks(wb, 'dialog h2, dialog p');
    expect(await brokenThoughFitting(await wb.frame(), 'dialog')).toEqual([]);
    // Names that read alike carry their emails here: without headings that wrap, this proves nothing.
    expect(shown.filter((item) => item.text.includes('@') && item.lines.length > 1).length).toBeGreaterThan(0);
    expect(await wb.app.getByRole('dialog').locator('.value__word').count()).toBeGreaterThan(2);
  });

  it('keeps every identity value clear of its badges, even one whose pieces are long (hostile markup)', async () => {
    const wb = await open({ scenario: 'hostile-markup', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    const frame = await wb.frame();
    const overlaps = await frame.evaluate(() => [...document.querySelectorAll('[data-identity-id]')].flatMap((row) => {
      const value = row.querySelector('.identity__value');
      if (!value) return [];
      // The boxes of the value's characters as drawn, wherever they overflow to.
      const range = document.createRange();
      range.selectNodeContents(value);
      const text = [...range.getClientRects()].filter((box) => box.width > 0);
      return [...row.querySelectorAll('.identity__badges .badge')].flatMap((badge) => {
        const b = badge.getBoundingClientRect();
        const hit = text.some((box) => box.left < b.right - 0.5 && box.right > b.left + 0.5 && box.top < b.bottom - 0.5 && box.bottom > b.top + 0.5);
        return hit ? [`${value.textContent ?? ''} / ${badge.textContent ?? ''}`] : [];
      });
    }));
    const badges = await frame.$$eval('[data-identity-id] .identity__badges .badge', (list) => list.map((badge) => badge.textContent));
    expect(badges).toEqual(expect.arrayContaining(['Primary', 'Not verified']));
    expect(overlaps).toEqual([]);
    await wb.screenshot('hostile-identities');
  });

  it('copy whole: a wrapped address is one text, with nothing added', async () => {
    const wb = await open({ scenario: 'many-identities', role: 'agent' });
    const first = wb.app.locator('[data-identity-id] .identity__value').first();
    await first.waitFor();
    const text = await first.evaluate((element) => {
      const selection = window.getSelection();
      selection?.selectAllChildren(element);
      return selection?.toString();
    });
    expect(text).toMatch(/^relay-\d{3}@inbound\.harborpine\.example$/);
    expect(await first.getAttribute('title')).toBe(text);
  });
});

/**
 * The characters of each element in the order they are seen, top line first, left to right;
 * with `part`, only the characters of its first occurrence in the element's text. Spaces left out.
 */
async function visualOrder(frame: Frame, selector: string, part?: string): Promise<string[]> {
  return frame.evaluate(([query, needle]) => [...document.querySelectorAll(query)].map((element) => {
    const start = needle === '' ? 0 : (element.textContent ?? '').indexOf(needle);
    const end = needle === '' ? Infinity : start + needle.length;
    const seen: { char: string; left: number; top: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index++, offset++) {
        // Spaces are left out: one that ends a line has no width, so no place to read.
        if (start < 0 || offset < start || offset >= end || /\s/.test(text[index] ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getClientRects()[0];
        if (box && box.width > 0) seen.push({ char: text[index] ?? '', left: box.left, top: Math.round(box.top) });
      }
    }
    seen.sort((a, b) => a.top - b.top || a.left - b.left);
    return seen.map((item) => item.char).join('');
  }), [selector, part ?? ''] as const);
}

// Latin text only: the check reads it left to right.
const latin = (text: string) => !/[\u0590-\u08ff]/.test(text);
const squeeze = (text: string) => text.replace(/\s/g, '');

describe('Latin inside right-to-left text', () => {
  it('keeps the order of Latin labels, names and values in Hebrew headings and messages', async () => {
    const s = stringsOf('he');
    // Names and values that start and end with punctuation: the characters whose place the
    // right-to-left text around them decides unless they are isolated.
    const wb = await open({ scenario: 'hostile-markup', locale: 'he', role: 'agent' });
    await wb.app.locator('[data-identity-id]').first().waitFor();
    const frame = await wb.frame();
    const headings = await frame.$$eval('.identity-group h3', (list) => list.map((heading) => heading.textContent ?? ''));
    expect(headings).toContain(s('identityType.twitter'));
    const seenHeadings = await visualOrder(frame, '.identity-group h3');
    headings.forEach((text, index) => {
      if (latin(text)) expect(seenHeadings[index]).toBe(squeeze(text));
    });
    const values = await frame.$$eval('.identity__value', (list) => list.map((value) => value.textContent ?? ''));
    expect(values.length).toBeGreaterThan(2);
    expect(await visualOrder(frame, '.identity__value')).toEqual(values.map(squeeze));

    await wb.app.getByRole('button', { name: s('suspend.button') }).click();
    await wb.app.getByRole('dialog').locator('h2').waitFor();
    const name = seed.getUser(people.hostile)?.name ?? '';
    // The name reads left to right, whole, in the Hebrew question and its explanation.
    expect(await visualOrder(frame, 'dialog h2', name)).toEqual([squeeze(name)]);
    expect((await visualOrder(frame, 'dialog p', name))[0]).toBe(squeeze(name));
    await wb.screenshot('he-suspend-confirm');
  });

  it('keeps a phone number in its order inside a Hebrew reason', async () => {
    const s = stringsOf('he');
    const wb = await open({ scenario: 'international-duplicates', locale: 'he', role: 'agent' });
    const section = wb.app.getByRole('region', { name: s('duplicates.title') });
    await section.getByRole('button', { name: s('duplicates.find') }).click();
    const phone = section.locator(`li[data-user-id="${people.annaOrders}"] [data-reason="phone"]`);
    await phone.waitFor();
    const frame = await wb.frame();
    // Digits alone have no direction: right to left, "+49 30 1234567" would read "1234567 30 49+".
    expect(await visualOrder(frame, '[data-reason="phone"]', '+49 30 1234567')).toEqual([squeeze('+49 30 1234567')]);
    expect(await visualOrder(frame, '[data-reason="phone"]', '030 1234567 ext. 12')).toEqual([squeeze('030 1234567 ext. 12')]);
    // The country code the note names, too: "+49", not "49+".
    expect(await visualOrder(frame, '[data-reason="phone"] .duplicate__note bdi:last-of-type')).toEqual(['+49']);
    await wb.screenshot('he-duplicates');
  });
});
