import type { TemplateSpec } from './template-parts.js';

/**
 * packsmith's own slide template: 16:9 widescreen in Arial, a band in the organisation's colour
 * (accent 1) behind each content slide's title, and a title slide in that colour. The pack is drawn
 * on it, as on an organisation's template, where Settings names no slide template.
 */
export const PACKSMITH_TEMPLATE: TemplateSpec = {
  name: 'packsmith',
  width: 13.333,
  height: 7.5,
  colours: { dk1: '1F1F1F', lt1: 'FFFFFF', dk2: '595959', lt2: 'F2F2F2', accents: ['005EB8', '00A499', 'FFB81C', 'DA291C', '330072', '768692'], hlink: '005EB8', folHlink: '330072' },
  fonts: { major: 'Arial', minor: 'Arial' },
  title: { x: 0.4, y: 0.1, w: 12.533, h: 0.66 },
  body: { x: 0.4, y: 1.01, w: 12.533, h: 5.89 },
  footer: { x: 0.4, y: 7.02, w: 10.8, h: 0.3 },
  slideNumber: { x: 12.13, y: 7.02, w: 0.8, h: 0.3 },
  date: { x: 11.2, y: 7.02, w: 0.9, h: 0.3 },
  titleColour: 'accent1',
  masterShapes: [],
  titleBand: { h: 0.86, colour: 'accent1', titleColour: 'bg1' },
  titleSlide: { background: 'accent1', titleColour: 'bg1', title: { x: 0.8, y: 2.2, w: 11.7, h: 1.5 }, subtitle: { x: 0.8, y: 3.8, w: 11.7, h: 3.2 } },
  layouts: ['title', 'titleOnly', 'obj', 'secHead', 'blank'],
};
