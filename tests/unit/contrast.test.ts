import { describe, expect, it } from 'vitest';
import { contrastRatio, darkBackground, nearestPassing, ratioText } from '../../src/content/contrast.ts';
import { checkWith } from '../support/ladder-files.ts';

/** The sample's settings with other brand colours. */
const settingsWith = (brand: string, brandDark: string) => ({
  'settings.yaml': `organisation:
  name: Acme
title: Product ladder
description: How product managers grow at Acme.
url: https://careers.acme.example/
colours:
  brand: "${brand}"
  brandDark: "${brandDark}"
`,
});

describe('brand colour contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(ratioText(4.4999)).toBe('4.49:1');
  });

  it('suggests the nearest colour of the same hue that passes', () => {
    const darker = nearestPassing('#7fd4e0', '#ffffff', '#000000');
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const lighter = nearestPassing('#1f4fbf', darkBackground, '#ffffff');
    expect(contrastRatio(lighter, darkBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('accepts the default colours and the sample’s', () => {
    expect(checkWith({}).lines).toEqual([]);
    expect(checkWith(settingsWith('#0f5e6b', '#7fd4e0')).lines).toEqual([]);
  });

  it('refuses a brand colour white text cannot be read on, saying by how much', () => {
    const [line] = checkWith(settingsWith('#3a8fd0', '#8fb0ff')).lines;
    expect(line).toMatch(
      /^content\/settings\.yaml:7: colours\.brand: white text on `#3a8fd0` has a contrast of 3\.\d\d:1, \d\.\d\d short of the 4\.5:1/,
    );
  });
});
