import { describe, expect, it } from 'vitest';
import { COLOURS, CSS } from './styles.ts';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const c = COLOURS;

describe('colours', () => {
  it.each([
    ['body text', c.ink, c.paper],
    ['muted text', c.muted, c.paper],
    ['stop badge', c.paper, c.stop],
    ['warning badge', c.ink, c.warning],
    ['advice badge', c.paper, c.advice],
    ['clear badge', c.paper, c.clear],
    ['off badge', c.paper, c.off],
    ['loading badge', c.muted, c.paper],
    ['stop words', c.stopInk, c.paper],
    ['warning words', c.warningInk, c.paper],
    ['advice words', c.advice, c.paper],
    ['button', c.accent, c.paper],
    ['button on hover', c.accent, c.accentTint],
    ['primary button', c.paper, c.accent],
    ['primary button on hover', c.paper, c.accentHover],
    ['ask-who note', c.ink, c.accentTint],
  ])('%s has at least 4.5:1 contrast', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws borders and rules at 3:1 or more against white (non-text contrast)', () => {
    expect(contrast(c.rule, c.paper)).toBeGreaterThanOrEqual(3);
  });

  it('turns motion off for people who ask for less', () => {
    expect(CSS).toMatch(/@media \(prefers-reduced-motion: reduce\) \{[^}]*animation: none !important/);
  });
});
