import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SlideFrame } from '../compose/slide-pack/slide-frame.js';
import type { HouseStyle } from '../model/house-style.js';
import { chooseLayouts, type ChosenLayouts } from './layout-choice.js';
import { partText, relationshipsOf } from './package-parts.js';
import { readSlideTemplate, type SlideTemplate } from './slide-template.js';
import { templateFrame } from './template-frame.js';

/** The slide template the pack is drawn on, its chosen layouts and the frame the composers lay out in. */
export interface PackTemplate {
  readonly template: SlideTemplate;
  readonly chosen: ChosenLayouts;
  readonly frame: SlideFrame;
}

/** packsmith's own template: `templates/slide-pack/packsmith.potx`, made by `npm run slide-template`. */
const BUILT_IN = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates/slide-pack/packsmith.potx');

let builtInBytes: Uint8Array | undefined;

function readTemplate(bytes: Uint8Array, what: string): SlideTemplate {
  const template = readSlideTemplate(bytes);
  // the house style's template was checked when it was read (check-house-style.ts); the built-in one ships
  if (typeof template === 'string') throw new Error(`${what} cannot be drawn on: ${template}`);
  return template;
}

/**
 * packsmith's own template in the Settings sheet's primary colour: its theme's first accent (the
 * title band, the title slide, table headers) and hyperlink colour are that colour. An
 * organisation's template keeps its own theme.
 */
function builtInTemplate(primaryColour: string): SlideTemplate {
  builtInBytes ??= new Uint8Array(readFileSync(BUILT_IN));
  const template = readTemplate(builtInBytes, 'packsmith\'s own slide template');
  const colour = primaryColour.replace(/^#/, '').toUpperCase();
  const parts = new Map(template.pkg.parts);
  for (const master of template.masters) {
    const theme = relationshipsOf(template.pkg, master.part).find((r) => r.type === 'theme')?.target;
    const xml = theme === undefined ? undefined : partText(template.pkg, theme);
    if (theme === undefined || xml === undefined) continue;
    parts.set(theme, Buffer.from(xml.replace(/(<a:(?:accent1|hlink)>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/g, `$1${colour}`), 'utf8'));
  }
  return { ...template, pkg: { parts } };
}

/**
 * The template the slide pack is drawn on: the house style's slide template where Settings names
 * one, else packsmith's own in the primary colour. Both go the same way from here.
 */
export function packTemplate(houseStyle: HouseStyle | undefined, primaryColour: string): PackTemplate {
  const given = houseStyle?.slideTemplate;
  const template = given === undefined ? builtInTemplate(primaryColour) : readTemplate(given.bytes, `the slide template "${given.name}"`);
  const choice = chooseLayouts(template);
  if (!('chosen' in choice)) throw new Error(`the slide template has no ${choice.missing.join(' or ')} layout`);
  return { template, chosen: choice.chosen, frame: templateFrame(template, choice.chosen) };
}
