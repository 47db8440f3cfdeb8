import { describe, expect, it } from 'vitest';
import { clampSidebarWidth, SIDEBAR_WIDTH, sheetHeight, snapSheet } from './sheet_geometry.ts';

describe('sheetHeight', () => {
  it('gives the handle and tabs, half the body, or all of it', () => {
    expect(sheetHeight('collapsed', 700)).toBe(112);
    expect(sheetHeight('half', 700)).toBe(350);
    expect(sheetHeight('full', 700)).toBe(700);
    expect(sheetHeight('collapsed', 80)).toBe(80);
  });
});

describe('snapSheet', () => {
  it('settles a slow drag at the nearest height', () => {
    expect(snapSheet(140, 700)).toBe('collapsed');
    expect(snapSheet(300, 700)).toBe('half');
    expect(snapSheet(600, 700)).toBe('full');
  });

  it('carries a flick on to the next height in its direction', () => {
    expect(snapSheet(360, 700, 1)).toBe('full');
    expect(snapSheet(340, 700, -1)).toBe('collapsed');
    expect(snapSheet(130, 700, 2)).toBe('half');
    expect(snapSheet(700, 700, 2)).toBe('full');
    expect(snapSheet(100, 700, -2)).toBe('collapsed');
  });
});

describe('clampSidebarWidth', () => {
  it('keeps the side panel between its limits, in whole pixels', () => {
    expect(clampSidebarWidth(10)).toBe(SIDEBAR_WIDTH.min);
    expect(clampSidebarWidth(5000)).toBe(SIDEBAR_WIDTH.max);
    expect(clampSidebarWidth(450.6)).toBe(451);
  });
});
