import { describe, expect, it, vi } from 'vitest';
import { claimOpen, joinOpen, releaseOpen } from './oneOpen.ts';

describe('one thing open at a time', () => {
  it('closes what was open when something else opens', () => {
    const menu = {};
    const form = {};
    const closeMenu = vi.fn();
    const closeForm = vi.fn();
    claimOpen(menu, closeMenu);
    claimOpen(form, closeForm);
    expect(closeMenu).toHaveBeenCalledTimes(1);
    expect(closeForm).not.toHaveBeenCalled();
    releaseOpen(form);
  });

  it('does not close a thing that opens again', () => {
    const menu = {};
    const close = vi.fn();
    claimOpen(menu, close);
    claimOpen(menu, close);
    expect(close).not.toHaveBeenCalled();
    releaseOpen(menu);
  });

  it('closes nothing once the open thing closed by itself', () => {
    const menu = {};
    const close = vi.fn();
    claimOpen(menu, close);
    releaseOpen(menu);
    const next = {};
    claimOpen(next, vi.fn());
    releaseOpen(next);
    expect(close).not.toHaveBeenCalled();
  });
});

describe('a thing opened from inside another', () => {
  it('keeps what it was opened from, and both close when something else opens', () => {
    const list = {};
    const preview = {};
    const closeList = vi.fn();
    const closePreview = vi.fn();
    claimOpen(list, closeList);
    joinOpen(preview, closePreview);
    expect(closeList).not.toHaveBeenCalled();
    const menu = {};
    claimOpen(menu, vi.fn());
    expect(closeList).toHaveBeenCalledTimes(1);
    expect(closePreview).toHaveBeenCalledTimes(1);
    releaseOpen(menu);
  });
});
