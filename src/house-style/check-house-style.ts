import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { formatPlace } from '../diagnostics/place.js';
import type { HouseStyle, HouseStyleKey, LogoImage, NamedFile, TemplateFile } from '../model/house-style.js';
import { imageSize } from './image-size.js';
import { chooseLayouts, LAYOUT_RULES } from './layout-choice.js';
import { checkReportTemplate } from '../render/docx/template/report-template.js';
import { readSlideTemplate } from './slide-template.js';

/** A house-style file as the disk gave it: its bytes, or why there are none. */
export interface LoadedFile {
  readonly key: HouseStyleKey;
  readonly named: NamedFile;
  /** The full path it was looked for at, for the message when it is not there. */
  readonly path: string;
  readonly content: Uint8Array | { readonly fault: 'missing' | 'folder' | 'unreadable' };
}

const WHAT: Readonly<Record<HouseStyleKey, string>> = { slideTemplate: 'the slide template', reportTemplate: 'the report template', logo: 'the logo' };

const SAVE_AS: Readonly<Record<HouseStyleKey, string>> = {
  slideTemplate: 'open it in PowerPoint and save it as a PowerPoint Template (.potx)',
  reportTemplate: 'open it in Word and save it as a Word Template (.dotx)',
  logo: 'open it in a picture editor and save it as PNG',
};

interface Fault {
  readonly reason: string;
  readonly rule: string;
}

/** Undefined where the pack can be drawn on the template; else why not. */
function slideTemplateFault(bytes: Uint8Array, label: string): Fault | undefined {
  const template = readSlideTemplate(bytes);
  if (template === 'not-a-zip' || template === 'not-a-presentation') return { reason: `${label} is not a PowerPoint file, so the slide pack cannot be drawn on it; ${SAVE_AS.slideTemplate}`, rule: 'model/not-a-template' };
  if (template === 'no-master') return { reason: `${label} has no slide master, so the slide pack cannot be drawn on it; ${SAVE_AS.slideTemplate}`, rule: 'model/not-a-template' };
  const choice = chooseLayouts(template);
  if ('chosen' in choice) return undefined;
  const missing = choice.missing.map((role) => LAYOUT_RULES[role].described).join(' and ');
  return {
    reason: `${label} lacks ${missing}, with a title placeholder: the slide pack is drawn on ${choice.missing.length === 1 ? 'it' : 'them'}; in PowerPoint choose View > Slide Master, then Insert Layout (it comes with a title), rename it to that name and save the template`,
    rule: 'model/template-layouts',
  };
}

function absent(file: LoadedFile, label: string, fault: 'missing' | 'folder' | 'unreadable'): string {
  if (fault === 'missing') return `${label} is not there: no file at ${file.path}; check the name and that it is in the workbook's folder or below it`;
  if (fault === 'folder') return `${label} names a folder, not a file: ${file.path}`;
  return `${label} cannot be read (is it open in another program, or not yours to read?): ${file.path}`;
}

/**
 * Checks the house-style files the Settings sheet names, as read from disk: each fault is reported
 * at the file's Settings cell, and only the files without a fault are kept.
 */
export function checkHouseStyle(files: readonly LoadedFile[], diagnostics: Diagnostics): HouseStyle {
  let slideTemplate: TemplateFile | undefined;
  let reportTemplate: TemplateFile | undefined;
  let logo: LogoImage | undefined;
  for (const file of files) {
    const label = `${WHAT[file.key]} "${file.named.name}"`;
    const { content } = file;
    if (!(content instanceof Uint8Array)) {
      diagnostics.error(absent(file, label, content.fault), file.named.place, 'model/missing-file');
      continue;
    }
    const source = formatPlace(file.named.place);
    const template: TemplateFile = { name: file.named.name, bytes: content, source };
    if (file.key === 'logo') {
      const size = imageSize(content);
      if (size === undefined) diagnostics.error(`${label} is not a PNG or JPEG picture; ${SAVE_AS.logo}`, file.named.place, 'model/not-an-image');
      else logo = { name: file.named.name, bytes: content, source, ...size };
      continue;
    }
    if (file.key === 'reportTemplate') {
      // its faults are errors, the report's styles it lacks warnings (see checkReportTemplate)
      const messages = checkReportTemplate(template);
      for (const message of messages) diagnostics.add(message.severity, message.reason, file.named.place, message.rule);
      if (!messages.some((m) => m.severity === 'error')) reportTemplate = template;
      continue;
    }
    const fault = slideTemplateFault(content, label);
    if (fault !== undefined) diagnostics.error(fault.reason, file.named.place, fault.rule);
    else slideTemplate = template;
  }
  // the logo goes where no template is given: with both, it has nowhere to go
  const logoFile = files.find((f) => f.key === 'logo');
  if (logo !== undefined && logoFile !== undefined && slideTemplate !== undefined && reportTemplate !== undefined) {
    diagnostics.warn(`${WHAT.logo} "${logo.name}" is not used: both templates carry their own logos (the Logo setting is for a pack drawn on packsmith's own templates); clear this cell or put the logo on the templates' masters and headers`, logoFile.named.place, 'model/logo-unused');
  }
  return { ...(slideTemplate === undefined ? {} : { slideTemplate }), ...(reportTemplate === undefined ? {} : { reportTemplate }), ...(logo === undefined ? {} : { logo }) };
}
