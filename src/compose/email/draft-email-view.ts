/**
 * The draft e-mail to one report author, composed: who it goes to, and its subject and bodies as
 * they will be sent. Rendering (src/render/email) adds the attachments and the MIME envelope.
 */
export interface DraftEmailView {
  /** The author's Id on the Authors sheet. */
  readonly authorId: string;
  /** The draft's path in the output folder: `drafts/urgent-care-lead.eml`. */
  readonly file: string;
  readonly to: { readonly name: string; readonly address: string };
  /** The "Drafts from" setting; absent: the draft has no sender and the mail program fills it in. */
  readonly from?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The reporting month, `2026-01`. */
  readonly month: string;
  /** The pack's date, ISO `2026-02-05`: the draft is dated 09:00 UTC that day. */
  readonly date: string;
}

/** A file attached to an author's draft, with a few words saying what it is for the body. */
export interface AttachmentNote {
  readonly name: string;
  readonly description?: string;
}

/** One of the author's metrics, as the e-mail lists it (the headline level's figures). */
export interface MetricLine {
  readonly label: string;
  /** The period the figures are for: `Dec-25`. */
  readonly period: string;
  /** The level the figures are for: `ICB`. */
  readonly level: string;
  /** As the pack prints it: `78.9%`, `*`; `no figure yet` where there is none. */
  readonly actual: string;
  /** Empty where the metric has no plan for the period. */
  readonly plan: string;
  /** Green, Amber, Red or N/A. */
  readonly rating: string;
  readonly because: string;
  /** Hex fill and text colour of the rating cell in the HTML body (`DA291C`, `FFFFFF`); fill empty for N/A. */
  readonly fill: string;
  readonly colour: string;
  /** Since the previous pack, in words: `improved (was Red)`, `unchanged`, `newly rated`. */
  readonly movement: string;
}

export interface AreaLines {
  readonly name: string;
  readonly metrics: readonly MetricLine[];
  /** True when this month's narrative for the area has not been given yet. */
  readonly narrativeAwaited: boolean;
}

/**
 * What the templates under `templates/email/` receive. Every field is always present (null where
 * there is nothing), because the templates run in strict mode.
 */
export interface DraftEmailContext {
  readonly author: { readonly name: string; readonly role: string };
  readonly committee: string;
  readonly organisation: string;
  /** `January 2026`. */
  readonly month: string;
  readonly areas: readonly AreaLines[];
  /** The author's areas in words: `Urgent Care and Elective Care`. */
  readonly areaNames: string;
  /** The areas whose narrative is awaited, in words; empty when none is. */
  readonly awaitedNames: string;
  readonly awaitedCount: number;
  /** The return deadline; null when the Meetings sheet has no meeting for the month. */
  readonly deadline: {
    /** `Thursday 22 January 2026`. */
    readonly date: string;
    /** `22 January`: for the subject line. */
    readonly short: string;
    readonly workingDays: number;
    /** `Thursday 5 February 2026`. */
    readonly meeting: string;
  } | null;
  readonly attachments: readonly AttachmentNote[];
  /** The pack's primary colour as hex (`005EB8`), for headings in the HTML body. */
  readonly primary: string;
}
