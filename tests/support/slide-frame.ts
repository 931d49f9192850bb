import { titleBox } from '../../src/compose/slide-pack/slide-draft.js';
import { packTemplate } from '../../src/house-style/pack-template.js';

/** packsmith's own template as the composers see it: where the sample pack's slides lay out. */
export const BUILT_IN_FRAME = packTemplate(undefined, '#005EB8').frame;
/** The content area of its content layout. */
export const BODY = BUILT_IN_FRAME.layouts.content.body;
export const SLIDE_WIDTH = BUILT_IN_FRAME.width;
export const SLIDE_HEIGHT = BUILT_IN_FRAME.height;
/** A draft's content slide title placeholder, less the DRAFT mark's room. */
export const DRAFT_TITLE_BOX = titleBox({ frame: BUILT_IN_FRAME, options: { mode: 'draft' } }, 'content');
