import { describe, expect, it } from 'vitest';
import { disclosure, follow } from './disclosure';

const panel = (open: boolean) => ({ open }) as HTMLDetailsElement;

describe('disclosure', () => {
  it('renders the open attribute on the server', () => {
    expect(disclosure(true)).toEqual({ open: true });
    expect(disclosure(false)).toEqual({ open: false });
  });

  it('leaves a panel the person opened before the app started open', () => {
    const opened = panel(true);
    follow(false)(opened);
    expect(opened.open).toBe(true);
  });

  it('opens a panel when its form fails and shuts it when the form saves', () => {
    const form = panel(false);
    follow(false)(form);
    follow(true)(form);
    expect(form.open).toBe(true);
    follow(false)(form);
    expect(form.open).toBe(false);
  });

  it('does not shut a panel the person opened again after a save', () => {
    const form = panel(false);
    follow(false)(form);
    form.open = true;
    follow(false)(form);
    expect(form.open).toBe(true);
  });
});
